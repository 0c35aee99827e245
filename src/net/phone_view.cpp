#include "net/phone_view.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace filmquiz::net {

using nlohmann::json;

namespace {

constexpr OptionLook kOptionLooks[] = {
    {"#FF7A6B", "triangle"},
    {"#7CC6FE", "diamond"},
    {"#F7C873", "circle"},
    {"#7EE0B5", "square"},
};

std::string buzz_state(const play::Match& match, int seat) {
    const play::BuzzState& b = match.buzz();
    if (std::find(b.locked_out.begin(), b.locked_out.end(), seat) != b.locked_out.end())
        return "out";
    if (b.answering)
        return *b.answering == seat ? "yours" : "taken";
    return b.open_announced ? "open" : "closed";
}

void add_standing(json& j, const play::Match& match, int seat) {
    const auto standings = match.standings();
    for (const play::Standing& s : standings) {
        if (s.seat == seat) {
            j["score"] = s.score;
            j["rank"] = s.rank;
        }
    }
    j["players"] = standings.size();
    const auto& people = match.session().participants();
    if (static_cast<std::size_t>(seat) < people.size())
        j["streak"] = people[static_cast<std::size_t>(seat)].streak;
}

std::string dump(const json& j) {
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

std::string_view kind_name(core::QuestionType type) {
    switch (type) {
        case core::QuestionType::multiple_choice:
            return "choice";
        case core::QuestionType::true_false:
            return "true_false";
        case core::QuestionType::ordering:
            return "ordering";
        case core::QuestionType::type_in:
            return "type_in";
    }
    return "choice";
}

const OptionLook& option_look(int option) {
    return kOptionLooks[static_cast<std::size_t>(std::clamp(option, 0, 3))];
}

PhoneView phone_view(const play::Match& match, std::optional<int> seat, std::uint32_t now_ms) {
    json j{{"type", "state"}};
    const play::Seats& seats = match.seats();
    if (!seat || !seats.valid(*seat)) {
        j["phase"] = "out";
        const std::string text = dump(j);
        return {text, text};
    }
    const play::Seat& me = seats.at(*seat);
    j["you"] = me.name;
    j["mode"] = to_string(match.mode());
    if (match.paused())
        j["paused"] = true;
    if (!me.present) {
        j["phase"] = "left";
        const std::string text = dump(j);
        return {text, text};
    }
    const core::RoundSession& session = match.session();
    const auto number = session.index() + 1;
    std::optional<int> left_ms;
    switch (match.phase()) {
        case play::Phase::lobby: {
            j["phase"] = "lobby";
            json names = json::array();
            for (const play::Seat& s : seats.all()) {
                if (s.present)
                    names.push_back(s.name);
            }
            j["names"] = std::move(names);
            break;
        }
        case play::Phase::question: {
            const core::Question& q = match.question();
            j["number"] = number;
            j["of"] = session.count();
            // Only this player's own score as the question began: ranks move as answers
            // are scored, and would tell who got it right before the reveal.
            const auto& people = session.participants();
            if (static_cast<std::size_t>(*seat) < people.size()) {
                const core::Outcome* mine = match.outcome(*seat);
                j["score"] = people[static_cast<std::size_t>(*seat)].score -
                             (mine ? mine->points.total() : 0);
            }
            if (match.locked_in(*seat)) {
                j["phase"] = "locked";
                break;
            }
            j["phase"] = "question";
            j["kind"] = kind_name(q.type);
            j["family"] = core::display_name(q.family);
            j["prompt"] = q.prompt;
            json options = json::array();
            for (std::size_t i = 0; i < q.choices.size(); ++i) {
                const OptionLook& look = option_look(static_cast<int>(i));
                options.push_back({{"number", i + 1},
                                   {"text", q.choices[i]},
                                   {"colour", look.colour},
                                   {"shape", look.shape}});
            }
            j["options"] = std::move(options);
            j["seconds"] = session.settings().timer_seconds;
            if (match.mode() == play::Mode::buzz)
                j["buzz"] = buzz_state(match, *seat);
            const core::Countdown& cd = match.countdown();
            if (match.shown() && cd.limited())
                left_ms = cd.remaining_ms(now_ms);
            break;
        }
        case play::Phase::reveal: {
            const core::Question& q = match.question();
            j["phase"] = "reveal";
            j["number"] = number;
            j["of"] = session.count();
            j["answer"] = q.answer_text();
            if (const core::Outcome* o = match.outcome(*seat)) {
                j["answered"] = !o->given.timed_out;
                j["correct"] = o->correct;
                j["points"] = o->points.total();
                j["given"] = o->given.describe(q);
            } else {
                j["answered"] = false;
                j["correct"] = false;
                j["points"] = 0;
            }
            add_standing(j, match, *seat);
            break;
        }
        case play::Phase::scoreboard:
            j["phase"] = "scoreboard";
            j["number"] = number;
            j["of"] = session.count();
            add_standing(j, match, *seat);
            break;
        case play::Phase::summary: {
            j["phase"] = "over";
            add_standing(j, match, *seat);
            const auto& people = session.participants();
            if (static_cast<std::size_t>(*seat) < people.size()) {
                j["correct"] = people[static_cast<std::size_t>(*seat)].correct;
                j["answered"] = people[static_cast<std::size_t>(*seat)].answered;
            }
            break;
        }
    }
    PhoneView view;
    view.stable = dump(j);
    if (left_ms)
        j["left_ms"] = *left_ms;
    view.sent = left_ms ? dump(j) : view.stable;
    return view;
}

}  // namespace filmquiz::net
