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

std::unique_ptr<app::Screen> start_round(app::Services& services, const RoundChoices& choices) {
    const core::RoundSettings rs = round_settings(services, choices);
    play::Rules rules;
    rules.mode = play::Mode::solo;
    rules.max_seats = 1;
    rules.play.timer_seconds = services.settings().timer_seconds;
    rules.play.speed_bonus = services.settings().speed_bonus;
    play::Match match(rules, core::compose(services.bank(), rs, services.next_seed()));
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
