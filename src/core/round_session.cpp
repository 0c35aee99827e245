#include "core/round_session.hpp"

#include <algorithm>

#include "core/answer_match.hpp"
#include "core/text.hpp"

namespace filmquiz::core {

std::string GivenAnswer::describe(const Question& q) const {
    if (timed_out)
        return "";
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
}

void RoundSession::start_question(std::uint32_t now_ms) {
    countdown_ = Countdown(settings_.timer_seconds * 1000, now_ms);
}

bool RoundSession::answered(int participant) const {
    return outcome(participant) != nullptr;
}

const Outcome* RoundSession::outcome(int participant) const {
    for (const Outcome& o : outcomes_) {
        if (o.question_index == index_ && o.participant == participant)
            return &o;
    }
    return nullptr;
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
    outcomes_.push_back(o);
    if (all_answered())
        duration_ms_ += o.time_ms;
    return o;
}

std::vector<Outcome> RoundSession::time_up(std::uint32_t now_ms) {
    std::vector<Outcome> out;
    for (int i = 0; i < static_cast<int>(participants_.size()); ++i) {
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
    return !finished();
}

}  // namespace filmquiz::core
