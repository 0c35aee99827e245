#include "core/round_session.hpp"

#include <algorithm>

#include "core/answer_match.hpp"
#include "core/text.hpp"

namespace filmquiz::core {

std::string GivenAnswer::describe(const Question& q) const {
    if (timed_out)
        return "";
    if (choice < 0 && order.empty() && !text.empty())
        return text;  // a host's mark of an answer on paper ("marked right")
    switch (q.type) {
        case QuestionType::multiple_choice:
        case QuestionType::true_false:
            return choice >= 0 && static_cast<std::size_t>(choice) < q.choices.size()
                       ? q.choices[static_cast<std::size_t>(choice)]
                       : "";
        case QuestionType::ordering: {
            std::string letters;
            for (const int i : order)
                letters += static_cast<char>('A' + i);
            return letters;
        }
        case QuestionType::type_in:
            return text;
    }
    return "";
}

std::string GivenAnswer::as_text(const Question& q) const {
    if (timed_out || q.type != QuestionType::ordering)
        return describe(q);
    std::vector<std::string> items;
    for (const int i : order) {
        if (i >= 0 && static_cast<std::size_t>(i) < q.choices.size())
            items.push_back(q.choices[static_cast<std::size_t>(i)]);
    }
    return join(items, " -> ");
}

bool is_correct(const Question& q, const GivenAnswer& given) {
    if (given.timed_out)
        return false;
    switch (q.type) {
        case QuestionType::multiple_choice:
        case QuestionType::true_false:
            return given.choice == q.answer;
        case QuestionType::ordering:
            return given.order == q.order;
        case QuestionType::type_in:
            return matches_answer(given.text, q.accept);
    }
    return false;
}

RoundSession::RoundSession(Round round, PlaySettings settings,
                           std::vector<std::string> participants)
    : round_(std::move(round)), settings_(settings) {
    for (auto& name : participants)
        participants_.push_back(Participant{std::move(name)});
    current_.assign(participants_.size(), -1);
}

int RoundSession::add_participant(std::string name) {
    participants_.push_back(Participant{std::move(name)});
    current_.push_back(-1);
    return static_cast<int>(participants_.size()) - 1;
}

void RoundSession::start_question(std::uint32_t now_ms) {
    countdown_ = Countdown(settings_.timer_seconds * 1000, now_ms);
    before_question_ = participants_;
}

Outcome RoundSession::judge(int participant, bool correct) {
    const auto p = static_cast<std::size_t>(participant);
    const int earlier = current_.at(p);
    if (earlier >= 0 && p < before_question_.size())
        participants_[p] = before_question_[p];
    Participant& who = participants_[p];
    const Question& q = current();
    Outcome o;
    o.participant = participant;
    o.question_index = index_;
    o.given.text = correct ? "marked right" : "marked wrong";
    o.correct = correct;
    AnswerFacts facts;
    facts.correct = correct;
    facts.difficulty = q.difficulty;
    facts.speed_bonus = false;
    facts.streak_before = who.streak;
    o.points = score_answer(facts);
    who.answered += 1;
    who.score += o.points.total();
    if (correct) {
        who.correct += 1;
        who.streak += 1;
        who.best_streak = std::max(who.best_streak, who.streak);
    } else {
        who.streak = 0;
    }
    if (earlier >= 0) {
        outcomes_[static_cast<std::size_t>(earlier)] = o;
    } else {
        current_[p] = static_cast<int>(outcomes_.size());
        outcomes_.push_back(o);
    }
    return o;
}

void RoundSession::discard_current() {
    std::erase_if(outcomes_, [&](const Outcome& o) { return o.question_index == index_; });
    current_.assign(participants_.size(), -1);
    // Those who joined since the question began have nothing to take back.
    for (std::size_t i = 0; i < before_question_.size() && i < participants_.size(); ++i)
        participants_[i] = before_question_[i];
}

bool RoundSession::answered(int participant) const {
    return outcome(participant) != nullptr;
}

const Outcome* RoundSession::outcome(int participant) const {
    if (participant < 0 || participant >= static_cast<int>(current_.size()))
        return nullptr;
    const int at = current_[static_cast<std::size_t>(participant)];
    return at < 0 ? nullptr : &outcomes_[static_cast<std::size_t>(at)];
}

std::optional<Outcome> RoundSession::answer(int participant, GivenAnswer given,
                                            std::uint32_t at_ms) {
    if (finished() || participant < 0 || participant >= static_cast<int>(participants_.size()) ||
        answered(participant)) {
        return std::nullopt;
    }
    // An answer stamped after the time ran out is too late.
    if (countdown_.limited() && countdown_.elapsed_ms(at_ms) >= countdown_.total_ms()) {
        given.timed_out = true;
    }
    Participant& p = participants_[static_cast<std::size_t>(participant)];
    const Question& q = current();
    Outcome o;
    o.participant = participant;
    o.question_index = index_;
    o.given = std::move(given);
    o.correct = is_correct(q, o.given);
    o.time_ms = countdown_.elapsed_ms(at_ms);
    if (countdown_.limited())
        o.time_ms = std::min(o.time_ms, countdown_.total_ms());
    AnswerFacts facts;
    facts.correct = o.correct;
    facts.difficulty = q.difficulty;
    facts.timer_ms = countdown_.total_ms();
    facts.elapsed_ms = o.time_ms;
    facts.speed_bonus = settings_.speed_bonus;
    facts.streak_before = p.streak;
    o.points = score_answer(facts);

    p.answered += 1;
    p.score += o.points.total();
    if (o.correct) {
        p.correct += 1;
        p.streak += 1;
        p.best_streak = std::max(p.best_streak, p.streak);
    } else {
        p.streak = 0;
    }
    current_[static_cast<std::size_t>(participant)] = static_cast<int>(outcomes_.size());
    outcomes_.push_back(o);
    return o;
}

std::vector<Outcome> RoundSession::time_up(std::uint32_t now_ms) {
    std::vector<int> everyone;
    for (int i = 0; i < static_cast<int>(participants_.size()); ++i)
        everyone.push_back(i);
    return time_up(now_ms, everyone);
}

std::vector<Outcome> RoundSession::time_up(std::uint32_t now_ms, const std::vector<int>& who) {
    std::vector<Outcome> out;
    for (const int i : who) {
        if (answered(i))
            continue;
        GivenAnswer none;
        none.timed_out = true;
        if (auto o = answer(i, none, now_ms))
            out.push_back(*o);
    }
    return out;
}

bool RoundSession::all_answered() const {
    for (int i = 0; i < static_cast<int>(participants_.size()); ++i) {
        if (!answered(i))
            return false;
    }
    return true;
}

bool RoundSession::advance() {
    if (finished())
        return false;
    ++index_;
    current_.assign(participants_.size(), -1);
    // A question dropped before it was ever shown takes back nothing of the ones before.
    before_question_ = participants_;
    return !finished();
}

}  // namespace filmquiz::core
