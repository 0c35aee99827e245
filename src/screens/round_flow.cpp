#include "screens/round_flow.hpp"

#include "screens/live_match.hpp"

namespace filmquiz::screens {

std::string current_player(app::Services& services) {
    const std::string& name = services.settings().last_player;
    return name.empty() ? "Player" : name;
}

std::string watched_label(const core::Pack& pack, std::optional<int> limit) {
    if (!limit)
        return "The whole film";
    if (*limit == 0)
        return "Not started yet";
    const core::PlotEvent* e = pack.event_at(*limit);
    if (e != nullptr && !e->title.empty())
        return e->title;
    return "Scene " + std::to_string(*limit) + " of " + std::to_string(pack.last_position());
}

core::RoundSettings round_settings(app::Services& services, const RoundChoices& choices) {
    const app::GameSettings& s = services.settings();
    core::RoundSettings rs;
    rs.count = s.round_length;
    rs.max_difficulty = s.max_difficulty;
    rs.spoiler_limit = choices.spoiler_limit;
    rs.include_unverified = s.fan_site_questions;
    for (const std::string& name : s.families) {
        if (const auto f = core::family_from_string(name))
            rs.families.push_back(*f);
    }
    rs.recently_asked = services.recent_question_ids(current_player(services));
    return rs;
}

core::Round make_round(app::Services& services, const core::RoundSettings& rs, std::string& error) {
    const app::GameSettings& s = services.settings();
    const std::uint64_t seed = services.next_seed();
    if (s.question_set.empty())
        return core::compose(services.bank(), rs, seed);
    const int from_set = s.set_with_film ? std::max(1, rs.count / 2) : rs.count;
    // The whole set in the seed's order, then what this round can ask: no typed answers
    // where there is no keyboard for each player.
    std::vector<core::Question> set;
    for (core::Question& q : services.set_questions(s.question_set, 100000, seed, error)) {
        if (static_cast<int>(set.size()) < from_set &&
            (rs.typed_answers || q.type != core::QuestionType::type_in))
            set.push_back(std::move(q));
    }
    core::Round round;
    round.seed = seed;
    if (set.empty()) {
        if (error.empty())
            error = "the question set \"" + s.question_set + "\" has no questions";
        return round;
    }
    if (!s.set_with_film) {
        round.questions = std::move(set);
        return round;
    }
    core::RoundSettings film = rs;
    film.count = rs.count - static_cast<int>(set.size());
    const core::Round other = core::compose(services.bank(), film, seed);
    for (std::size_t i = 0; i < std::max(set.size(), other.questions.size()); ++i) {
        if (i < set.size())
            round.questions.push_back(set[i]);
        if (i < other.questions.size())
            round.questions.push_back(other.questions[i]);
    }
    return round;
}

std::string question_source_label(const app::GameSettings& s) {
    if (s.question_set.empty())
        return "The film";
    return s.set_with_film ? s.question_set + " and the film" : s.question_set;
}

void cycle_question_source(app::Services& services, int delta) {
    app::GameSettings& s = services.settings();
    // The sources in order: the film, then each set alone and with the film.
    std::vector<std::pair<std::string, bool>> sources{{"", false}};
    for (const std::string& name : services.question_sets()) {
        sources.emplace_back(name, false);
        sources.emplace_back(name, true);
    }
    const auto n = static_cast<int>(sources.size());
    int at = 0;
    for (int i = 0; i < n; ++i) {
        if (sources[static_cast<std::size_t>(i)] ==
            std::make_pair(s.question_set, s.set_with_film && !s.question_set.empty()))
            at = i;
    }
    const auto& next = sources[static_cast<std::size_t>(((at + delta) % n + n) % n)];
    s.question_set = next.first;
    s.set_with_film = next.second;
}

std::unique_ptr<app::Screen> start_round(app::Services& services, const RoundChoices& choices,
                                         std::string& error) {
    const core::RoundSettings rs = round_settings(services, choices);
    play::Rules rules;
    rules.mode = play::Mode::solo;
    rules.max_seats = 1;
    rules.play.timer_seconds = services.settings().timer_seconds;
    rules.play.speed_bonus = services.settings().speed_bonus;
    core::Round round = make_round(services, rs, error);
    if (!error.empty())
        return nullptr;
    play::Match match(rules, std::move(round));
    const std::uint32_t now = services.now_ms();
    play::Command join{play::What::join,       play::kHost, now, {}, current_player(services),
                       play::Binding::local(), -1};
    if (!match.apply(join)) {
        // The remembered name no longer passes the rules: play under the default one.
        join.name = "Player";
        match.apply(join);
    }
    match.apply({play::What::start, play::kHost, now, {}, {}, {}, -1});
    return view_for(std::make_shared<LiveMatch>(std::move(match), rs));
}

}  // namespace filmquiz::screens
