#include "screens/live_match.hpp"

#include <algorithm>

#include "play/results.hpp"
#include "screens/high_scores_screen.hpp"
#include "screens/party_screens.hpp"
#include "screens/question_screen.hpp"
#include "screens/reveal_screen.hpp"
#include "screens/summary_screen.hpp"

namespace filmquiz::screens {

LiveMatch::LiveMatch(play::Match match, core::RoundSettings settings)
    : match_(std::move(match)), settings_(std::move(settings)), seen_(match_.next_seq()) {}

play::Verdict LiveMatch::apply(const play::Command& command, app::Services& services) {
    play::Verdict v = match_.apply(command);
    react(services);
    return v;
}

void LiveMatch::update(std::uint32_t now_ms, app::Services& services) {
    match_.update(now_ms);
    react(services);
}

void LiveMatch::pump_phones(std::uint32_t now_ms, app::Services& services) {
    net::Hub* hub = services.phones();
    if (hub == nullptr)
        return;
    hub->pump(match_, now_ms, [&](const play::Command& c) {
        const int teams = services.settings().party_teams;
        const bool party =
            match_.mode() == play::Mode::everyone || match_.mode() == play::Mode::buzz;
        if (c.what != play::What::join || !party || teams <= 0 || c.team >= 0)
            return apply(c, services);
        // A phone is dealt into the teams in turn, like a key or a pad joining the lobby.
        play::Command dealt = c;
        dealt.team = match_.seats().size() % teams;
        return apply(dealt, services);
    });
    hub->publish(match_, now_ms);
}

void LiveMatch::follow_phones(const std::shared_ptr<LiveMatch>& live, app::Services& services) {
    if (services.phones() == nullptr)
        return;
    services.follow_phones(
        [live](std::uint32_t now_ms, app::Services& s) { live->pump_phones(now_ms, s); });
}

play::Verdict LiveMatch::remove(int seat, std::uint32_t now_ms, app::Services& services) {
    net::Hub* hub = services.phones();
    if (hub != nullptr && match_.seats().valid(seat) &&
        match_.seats().at(seat).binding.kind == play::DeviceKind::phone) {
        return hub->remove(match_, seat, now_ms,
                           [&](const play::Command& c) { return apply(c, services); });
    }
    play::Command c;
    c.what = play::What::leave;
    c.seat = seat;
    c.at_ms = now_ms;
    return apply(c, services);
}

std::optional<int> LiveMatch::seat_for(const app::Input& input) const {
    if (input.zone >= 0)
        return match_.seats().find(play::Binding::zone(input.zone));
    if (input.device == app::Device::gamepad && input.pad >= 0)
        return match_.seats().find(play::Binding::gamepad(input.pad));
    return std::nullopt;
}

bool LiveMatch::made_table(int seat) const {
    return std::find(made_table_.begin(), made_table_.end(), seat) != made_table_.end();
}

void LiveMatch::react(app::Services& services) {
    const bool solo = match_.mode() == play::Mode::solo;
    for (const play::Event& e : match_.events_since(seen_)) {
        switch (e.kind) {
            case play::EventKind::answer_locked:
            case play::EventKind::buzz_won:
                // Solo hears the verdict at once, with the reveal.
                if (!solo)
                    services.play(app::Cue::select);
                break;
            case play::EventKind::false_start:
            case play::EventKind::locked_out:
                services.play(app::Cue::wrong);
                break;
            case play::EventKind::reveal: {
                bool right = false;
                bool all_late = true;
                for (const play::Seat& s : match_.seats().all()) {
                    if (const core::Outcome* o = match_.outcome(s.id)) {
                        right = right || o->correct;
                        all_late = all_late && o->given.timed_out;
                    }
                }
                services.play(right ? app::Cue::correct
                                    : (all_late ? app::Cue::time_up : app::Cue::wrong));
                break;
            }
            case play::EventKind::game_over:
                game_over(services);
                break;
            default:
                break;
        }
    }
    seen_ = match_.next_seq();
}

void LiveMatch::game_over(app::Services& services) {
    // Who makes the table is asked before saving, so the game is not compared to itself.
    const auto table =
        services.top_scores(HighScoresScreen::kTableSize, play::stored_mode(match_.mode()));
    for (const play::Standing& s : match_.standings()) {
        if (play::table_place(table, s.score, HighScoresScreen::kTableSize))
            made_table_.push_back(s.seat);
    }
    game_id_ =
        services.save_game(play::game_record(match_, services.pack(), settings_), &save_error_);
    services.play(made_table_.empty() ? app::Cue::round_complete : app::Cue::high_score);
}

std::unique_ptr<app::Screen> view_for(std::shared_ptr<LiveMatch> live, std::vector<int> order) {
    const play::Mode mode = live->match().mode();
    if (mode != play::Mode::solo) {  // a party's or a host's screens
        switch (live->match().phase()) {
            case play::Phase::question:
                return std::make_unique<PartyQuestionScreen>(std::move(live));
            case play::Phase::reveal:
                return std::make_unique<PartyRevealScreen>(std::move(live));
            case play::Phase::scoreboard:
                return std::make_unique<PartyScoreboardScreen>(std::move(live));
            case play::Phase::lobby:
            case play::Phase::summary:
                return std::make_unique<PartySummaryScreen>(std::move(live));
        }
    }
    switch (live->match().phase()) {
        case play::Phase::question:
            return std::make_unique<QuestionScreen>(std::move(live));
        case play::Phase::reveal:
        case play::Phase::scoreboard:
            return std::make_unique<RevealScreen>(std::move(live), std::move(order));
        case play::Phase::lobby:
        case play::Phase::summary:
            break;
    }
    return std::make_unique<SummaryScreen>(std::move(live));
}

}  // namespace filmquiz::screens
