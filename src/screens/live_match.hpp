// The match on this screen: the play::Match every view of it reads, and what the game does
// as the match moves on (the sounds of its events, saving it when it ends). Views turn
// input into commands through apply(); none of them holds a rule of the game.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/keyboard_zones.hpp"
#include "app/screen.hpp"
#include "core/round.hpp"
#include "play/match.hpp"

namespace filmquiz::screens {

class LiveMatch {
  public:
    LiveMatch(play::Match match, core::RoundSettings settings);

    const play::Match& match() const { return match_; }
    // In the lobby: the rules and round chosen there, and the settings they came from.
    bool setup(const play::Rules& rules, core::Round round, core::RoundSettings settings) {
        if (!match_.setup(rules, std::move(round)))
            return false;
        settings_ = std::move(settings);
        return true;
    }
    const core::RoundSettings& settings() const { return settings_; }

    // Applies a command, then plays the cues of what it caused and saves a finished game.
    play::Verdict apply(const play::Command& command, app::Services& services);
    // Lets the match act on its deadlines (time up, the buzzers opening).
    void update(std::uint32_t now_ms, app::Services& services);
    // Phones: applies what they sent (stamped `now_ms`, the game's clock) like key presses,
    // then sends each phone what it should show now. Nothing while phones are off.
    void pump_phones(std::uint32_t now_ms, app::Services& services);
    // Makes the game pump this match's phones at every turn of the loop (when phones are on).
    static void follow_phones(const std::shared_ptr<LiveMatch>& live, app::Services& services);
    // The host removes a player: a phone's token cannot join again; a key or pad just leaves.
    play::Verdict remove(int seat, std::uint32_t now_ms, app::Services& services);

    // A watch party's keyboard zones (none in solo).
    const std::vector<app::KeyZone>& zones() const { return zones_; }
    void set_zones(std::vector<app::KeyZone> zones) { zones_ = std::move(zones); }
    // The seat a press comes from: its keyboard zone or its gamepad.
    std::optional<int> seat_for(const app::Input& input) const;

    // What a host has turned on for the room's screen; it stays as the views change.
    struct HostScreen {
        bool blank = false;        // B or period: a black screen, to talk to the room
        bool notes = false;        // H: the presenter strip with the answer, before the reveal
        bool peek = false;         // Page Up: the previous reveal, over the current view
        bool confirm_end = false;  // End was pressed once: once more ends the quiz
        int font_scale = 150;      // the projected screens' text size, 100-200 %
    };
    HostScreen& host_screen() { return host_; }
    const HostScreen& host_screen() const { return host_; }

    // The seat that local input plays for in solo.
    std::optional<int> local_seat() const { return match_.seats().find(play::Binding::local()); }

    // Once the game is over: its id in the store (nothing when it could not be saved, with
    // the reason in the player's words) and whether a seat's score made the table.
    std::optional<std::int64_t> saved_game() const { return game_id_; }
    const std::string& save_error() const { return save_error_; }
    bool made_table(int seat) const;

  private:
    void react(app::Services& services);
    void game_over(app::Services& services);

    play::Match match_;
    core::RoundSettings settings_;
    std::uint64_t seen_ = 1;  // the next event to react to
    std::optional<std::int64_t> game_id_;
    std::string save_error_;
    std::vector<int> made_table_;
    std::vector<app::KeyZone> zones_;
    HostScreen host_;
};

// The screen that shows the match's current phase. `order`: an ordering question's events
// as the local player pressed them, for the reveal.
std::unique_ptr<app::Screen> view_for(std::shared_ptr<LiveMatch> live, std::vector<int> order = {});

}  // namespace filmquiz::screens
