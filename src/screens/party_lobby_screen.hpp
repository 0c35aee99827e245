// The watch-party lobby: players join by pressing a key of a keyboard zone or A on a
// gamepad, or from their phones' browsers when that switch is on (the screen then shows the
// address, the room code and a QR code), pick names (and teams), and the round is set up:
// how to answer, teams, how far the group has watched, length, timer. Joining is a command
// to the match like any other.
// A host's quiz starts here too: teams on paper, or players with keys and pads.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/keyboard_zones.hpp"
#include "app/screen.hpp"
#include "screens/live_match.hpp"
#include "screens/round_flow.hpp"
#include "screens/widgets.hpp"

namespace filmquiz::screens {

class PartyLobbyScreen final : public app::Screen {
  public:
    explicit PartyLobbyScreen(bool host = false);
    std::string_view name() const override { return host_ ? "host-lobby" : "party-lobby"; }
    void enter(app::Services& services) override;
    bool handle(const app::Input& input, app::Services& services) override;
    void draw(app::Canvas& canvas, const app::Metrics& m) const override;
    void device_changed(const app::Input& input, app::Services& services) override;
    app::InputContext input_context() const override;

    // The rows of the setup menu; a host's has a text size too, and "Questions from" is
    // there when there are teachers' question sets.
    enum Row {
        answers,
        teams,
        watched,
        length,
        timer,
        speed_bonus,
        start,
        text_size,
        source,
        phones
    };
    enum class Pane { setup, players };

    const play::Match& match() const { return live_->match(); }
    const std::string& message() const { return message_; }
    const std::vector<std::string>& zone_problems() const { return zones_.problems; }
    int focus() const { return menu_.focus; }
    Row focused_row() const { return rows_[static_cast<std::size_t>(menu_.focus)]; }
    bool host() const { return host_; }
    // A host's quiz with teams on paper (nobody joins with keys or pads).
    bool on_paper() const;
    Pane pane() const { return pane_; }
    int player_focus() const { return player_focus_; }
    const RoundChoices& choices() const { return choices_; }
    // Joining from phones: on or off, and what the screen shows for it while on.
    bool phones_on() const { return phones_on_; }
    const std::vector<std::string>& phone_urls() const { return phone_urls_; }
    const std::string& room_code() const { return room_code_; }
    const std::string& network_note() const { return network_note_; }
    const Menu& menu() const { return menu_; }

    // Where the player cards, the setup menu and the joining help go.
    struct Layout {
        std::vector<app::Rect> cards;  // eight slots
        app::Rect menu;
        app::Rect join;
        app::Rect message;
        app::Rect phones;  // while phones join: the panel with the address and the code
        app::Rect qr;      // the QR code's square in it
    };
    Layout layout(const app::Metrics& m) const;

  private:
    void refresh(app::Services& services);
    // A host's teams on paper: "Team 1".."Team N" as seats, as many as the setting says.
    void deal_paper_teams(app::Services& services);
    void change(int row, int delta, app::Services& services);
    void join(const play::Binding& binding, std::uint32_t at, app::Services& services);
    void remove_player(int seat, std::uint32_t at, app::Services& services);
    void start_game(app::Services& services);
    void open_player(int seat, app::Services& services);
    std::string next_name(app::Services& services) const;
    void say(std::string text, app::Services& services);
    void set_phones(bool on, app::Services& services);
    void draw_phones(app::Canvas& c, const app::Metrics& m, const Layout& l) const;
    void draw_keys(app::Canvas& c, const app::Metrics& m, const Layout& l) const;

    bool host_ = false;
    std::vector<Row> rows_;
    std::shared_ptr<LiveMatch> live_;
    app::ZoneSetup zones_;
    Menu menu_;
    RoundChoices choices_;
    Pane pane_ = Pane::setup;
    int player_focus_ = 0;
    std::string message_;
    std::string watched_detail_;
    std::map<std::int64_t, std::string> pad_names_;  // as each pad named itself on joining
    bool phones_on_ = false;
    std::vector<std::string> phone_urls_;  // default route first
    std::string room_code_;
    std::string network_note_;
    std::vector<std::vector<bool>> qr_;  // the first URL with the code
};

// A new game with the seats (names, devices, teams) of a finished one, started at once:
// "play again with the same players". Nothing when it cannot start (a seat's device gone).
std::unique_ptr<app::Screen> party_again(app::Services& services, const play::Match& finished,
                                         std::optional<int> spoiler_limit);

// The round a party plays with the current settings: no typed answers (one keyboard).
core::RoundSettings party_round_settings(app::Services& services, const RoundChoices& choices);

}  // namespace filmquiz::screens
