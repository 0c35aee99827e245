#include "screens/party_lobby_screen.hpp"

#include <algorithm>

#include "core/color.hpp"
#include "core/player.hpp"
#include "core/text.hpp"
#include "net/qr.hpp"
#include "play/results.hpp"
#include "screens/name_entry_screen.hpp"
#include "screens/party_look.hpp"

namespace filmquiz::screens {

using app::Action;
using app::Align;
using app::Face;
using app::palette;
using app::Rect;
using app::VAlign;

namespace {

std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

play::Rules party_rules(const app::GameSettings& s) {
    play::Rules rules;
    rules.mode = s.party_mode == "buzz" ? play::Mode::buzz : play::Mode::everyone;
    rules.play.timer_seconds = s.timer_seconds;
    rules.play.speed_bonus = s.speed_bonus;
    rules.min_seats = 2;
    rules.max_seats = play::kMaxSeats;
    rules.scoreboard = true;
    return rules;
}

play::Rules host_rules(const app::GameSettings& s) {
    play::Rules rules;
    rules.mode = play::Mode::host;
    rules.play.timer_seconds = s.timer_seconds;
    rules.play.speed_bonus = s.speed_bonus;
    rules.min_seats = 1;
    rules.max_seats = play::kMaxSeats;
    rules.scoreboard = true;
    return rules;
}

// A player of a modal panel over the lobby: rename, team, remove.
class PartyPlayerScreen final : public app::Screen {
  public:
    PartyPlayerScreen(std::shared_ptr<LiveMatch> live, int seat, int teams)
        : live_(std::move(live)), seat_(seat), teams_(teams) {}
    std::string_view name() const override { return "party-player"; }
    bool opaque() const override { return false; }
    void enter(app::Services&) override { refresh(); }

    bool handle(const app::Input& in, app::Services& services) override {
        if (in.action == Action::back) {
            services.play(app::Cue::select);
            services.pop();
            return true;
        }
        const Rect area = menu_area(services.metrics());
        const int team_row = teams_ > 0 ? 1 : -1;
        switch (menu_.handle(in, services.metrics(), area)) {
            case Menu::Event::moved:
                services.play(app::Cue::move);
                return true;
            case Menu::Event::decrease:
            case Menu::Event::increase:
                if (menu_.focus == team_row) {
                    const int delta = in.action == Action::left ? -1 : 1;
                    const int team = (seat().team + delta + teams_) % teams_;
                    play::Command c;
                    c.what = play::What::team;
                    c.seat = seat_;
                    c.team = team;
                    live_->apply(c, services);
                    services.play(app::Cue::move);
                    refresh();
                }
                return true;
            case Menu::Event::chosen: {
                const int row = menu_.focus;
                if (row == 0) {
                    auto live = live_;
                    const int who = seat_;
                    services.push(std::make_unique<NameEntryScreen>(
                        "A name for " + seat().name, seat().name,
                        [live, who](const std::string& name, app::Services& s) -> std::string {
                            play::Command c;
                            c.what = play::What::rename;
                            c.seat = who;
                            c.name = name;
                            const play::Verdict v = live->apply(c, s);
                            return v ? "" : capitalised(v.reason) + ".";
                        }));
                    return true;
                }
                services.play(app::Cue::select);
                if (row == static_cast<int>(menu_.items.size()) - 2)
                    live_->remove(seat_, services.now_ms(), services);
                services.pop();
                return true;
            }
            default:
                return false;
        }
    }

    void update(std::uint32_t, app::Services&) override { refresh(); }

    void draw(app::Canvas& c, const app::Metrics& m) const override {
        const auto& p = palette();
        const Rect box = panel(m);
        c.fill_rounded(box, m.radius(), p.panel);
        c.outline_rounded(box, m.radius(), m.px(3), player_look(seat_).colour);
        const int badge = m.px(56);
        draw_badge(c, {box.x + m.px(24), box.y + m.px(20), badge, badge}, seat_);
        c.text(seat().name,
               {box.x + m.px(36) + badge, box.y + m.px(20), box.w - badge - m.px(60), badge},
               {Face::display, m.heading_font(), p.text, Align::left, VAlign::middle, m.min_font(),
                true});
        menu_.draw(c, m, menu_area(m));
    }

  private:
    const play::Seat& seat() const { return live_->match().seats().at(seat_); }
    Rect panel(const app::Metrics& m) const {
        const int w = std::min(m.width - 2 * m.margin(), m.px(760));
        const int h = std::min(m.height - 2 * m.margin(), m.px(470));
        return {(m.width - w) / 2, (m.height - h) / 2, w, h};
    }
    Rect menu_area(const app::Metrics& m) const {
        const Rect box = panel(m);
        return {box.x + m.px(24), box.y + m.px(96), box.w - m.px(48), box.h - m.px(116)};
    }
    void refresh() {
        if (!live_->match().seats().valid(seat_))
            return;
        const int focus = menu_.focus;
        menu_.items = {{"Name", seat().name, false}};
        if (teams_ > 0)
            menu_.items.push_back({"Team", team_name(std::max(0, seat().team)), true});
        menu_.items.push_back({"Remove from the game", "", false});
        menu_.items.push_back({"Done", "", false});
        menu_.focus = std::clamp(focus, 0, static_cast<int>(menu_.items.size()) - 1);
    }

    std::shared_ptr<LiveMatch> live_;
    int seat_;
    int teams_;
    Menu menu_;
};

}  // namespace

core::RoundSettings party_round_settings(app::Services& services, const RoundChoices& choices) {
    core::RoundSettings rs = round_settings(services, choices);
    rs.typed_answers = false;
    rs.recently_asked.clear();  // a party's players differ from the solo player's history
    return rs;
}

namespace {

// Starts `live`'s game: a round from the settings, with these rules. A reason when not.
std::string start_live(const std::shared_ptr<LiveMatch>& live, app::Services& services,
                       const RoundChoices& choices, const play::Rules& rules) {
    const core::RoundSettings rs = party_round_settings(services, choices);
    std::string error;
    core::Round round = make_round(services, rs, error);
    if (!error.empty())
        return "Cannot start: " + error + ".";
    live->setup(rules, std::move(round), rs);
    play::Command start;
    start.what = play::What::start;
    start.at_ms = services.now_ms();
    const play::Verdict v = live->apply(start, services);
    return v ? "" : capitalised(v.reason) + ".";
}

}  // namespace

std::unique_ptr<app::Screen> party_again(app::Services& services, const play::Match& finished,
                                         std::optional<int> spoiler_limit) {
    auto live = std::make_shared<LiveMatch>(play::Match(finished.rules(), core::Round{}),
                                            core::RoundSettings{});
    bool keys = false;
    for (const play::Seat& s : finished.seats().all())
        keys = keys || s.binding.kind == play::DeviceKind::keyboard_zone;
    if (finished.mode() != play::Mode::host || keys)
        live->set_zones(app::parse_zones(services.settings().party_keys).zones);
    live->host_screen().font_scale = services.settings().host_font_scale;
    // Phones keep their tokens: the same phones play the new game.
    LiveMatch::follow_phones(live, services);
    for (const play::Seat& s : finished.seats().all()) {
        if (!s.present || !s.connected)
            continue;
        play::Command join;
        join.what = play::What::join;
        join.name = s.name;
        join.binding = s.binding;
        join.team = s.team;
        live->apply(join, services);
    }
    if (!start_live(live, services, RoundChoices{spoiler_limit}, finished.rules()).empty())
        return nullptr;
    return view_for(live);
}

PartyLobbyScreen::PartyLobbyScreen(bool host) : host_(host) {
    rows_ = {answers, teams, watched, length, timer, speed_bonus, phones, start};
    if (host_)
        rows_ = {answers, teams, watched, length, timer, speed_bonus, phones, text_size, start};
    menu_.focus = static_cast<int>(rows_.size()) - 1;
}

bool PartyLobbyScreen::on_paper() const {
    return host_ && zones_.zones.empty();
}

void PartyLobbyScreen::enter(app::Services& services) {
    if (live_)
        return;  // back from a player's panel
    const app::GameSettings& s = services.settings();
    // `--host --phones`: players answer on their devices, phones among them.
    const bool paper = host_ && s.host_answers == "paper" && services.phones() == nullptr;
    zones_ = paper ? app::ZoneSetup{} : app::parse_zones(s.party_keys);
    live_ = std::make_shared<LiveMatch>(
        play::Match(host_ ? host_rules(s) : party_rules(s), core::Round{}), core::RoundSettings{});
    live_->set_zones(zones_.zones);
    if (!zones_.problems.empty())
        message_ = capitalised(zones_.problems.front()) + ".";
    if (paper)
        deal_paper_teams(services);
    // `filmquiz --party --phones` opens the lobby with the server already listening.
    if (services.phones() != nullptr)
        set_phones(true, services);
    if (!services.question_sets().empty()) {
        rows_.insert(rows_.begin() + 3, source);  // after "Watched up to"
        menu_.focus = static_cast<int>(rows_.size()) - 1;
    }
    refresh(services);
}

void PartyLobbyScreen::set_phones(bool on, app::Services& services) {
    if (on) {
        if (on_paper()) {
            say("Phones join when players answer with keys: change \"Who answers\" first.",
                services);
            return;
        }
        const net::StartResult started = services.start_phones();
        net::Hub* hub = services.phones();
        if (!started.ok || hub == nullptr) {
            say(capitalised(started.error) + ".", services);
            return;
        }
        LiveMatch::follow_phones(live_, services);
        phones_on_ = true;
        phone_urls_ = hub->urls();
        room_code_ = hub->room_code();
        network_note_ = hub->network_note();
        const std::string qr_text = hub->qr_text();
        qr_ = qr_text.empty() ? std::vector<std::vector<bool>>{} : net::qr_matrix(qr_text);
        return;
    }
    // Off: the phones' seats go with their connections (a phone may join again later).
    for (int seat = live_->match().seats().size() - 1; seat >= 0; --seat) {
        if (live_->match().seats().at(seat).binding.kind != play::DeviceKind::phone)
            continue;
        play::Command c;
        c.what = play::What::leave;
        c.seat = seat;
        c.at_ms = services.now_ms();
        live_->apply(c, services);
    }
    services.stop_phones();
    phones_on_ = false;
    phone_urls_.clear();
    room_code_.clear();
    network_note_.clear();
    qr_.clear();
    player_focus_ = std::clamp(player_focus_, 0, std::max(0, live_->match().seats().size() - 1));
}

void PartyLobbyScreen::deal_paper_teams(app::Services& services) {
    const int wanted = on_paper() ? services.settings().host_teams : 0;
    // Teams beyond the number go (from the last); missing ones come, each with its number.
    for (int seat = live_->match().seats().size() - 1; seat >= 0; --seat) {
        const play::Seat& s = live_->match().seats().at(seat);
        if (s.binding.kind == play::DeviceKind::paper && (s.binding.id >= wanted || !s.present)) {
            play::Command c;
            c.what = play::What::leave;
            c.seat = seat;
            live_->apply(c, services);
        }
    }
    for (int t = 0; t < wanted; ++t) {
        if (live_->match().seats().find(play::Binding::paper(t)))
            continue;
        play::Command c;
        c.what = play::What::join;
        c.binding = play::Binding::paper(t);
        c.name = "Team " + std::to_string(t + 1);
        live_->apply(c, services);
    }
}

app::InputContext PartyLobbyScreen::input_context() const {
    app::InputContext ctx;
    ctx.zones = &zones_.zones;
    return ctx;
}

void PartyLobbyScreen::say(std::string text, app::Services& services) {
    message_ = std::move(text);
    services.play(app::Cue::wrong);
}

std::string PartyLobbyScreen::next_name(app::Services& services) const {
    const play::Seats& seats = live_->match().seats();
    std::vector<std::string> known;
    if (!services.settings().last_player.empty())
        known.push_back(services.settings().last_player);
    for (auto& n : services.player_names())
        known.push_back(std::move(n));
    for (const std::string& n : known) {
        if (core::check_player_name(n).name && !seats.find_name(n))
            return n;
    }
    for (int i = 1;; ++i) {
        const std::string n = "Player " + std::to_string(i);
        if (!seats.find_name(n))
            return n;
    }
}

void PartyLobbyScreen::join(const play::Binding& binding, std::uint32_t at,
                            app::Services& services) {
    play::Command c;
    c.what = play::What::join;
    c.at_ms = at;
    c.binding = binding;
    c.name = next_name(services);
    const int team_count = on_paper() ? 0 : services.settings().party_teams;
    if (team_count > 0)
        c.team = live_->match().seats().size() % team_count;
    const play::Verdict v = live_->apply(c, services);
    if (!v) {
        say(capitalised(v.reason) + ".", services);
        return;
    }
    message_.clear();
    if (binding.kind == play::DeviceKind::gamepad)
        pad_names_[binding.id] = services.controller_name(static_cast<std::int32_t>(binding.id));
    services.play(app::Cue::select);
    refresh(services);
}

void PartyLobbyScreen::remove_player(int seat, std::uint32_t at, app::Services& services) {
    live_->remove(seat, at, services);
    services.play(app::Cue::move);
    player_focus_ = std::clamp(player_focus_, 0, std::max(0, live_->match().seats().size() - 1));
    refresh(services);
}

void PartyLobbyScreen::refresh(app::Services& services) {
    const app::GameSettings& s = services.settings();
    watched_detail_.clear();
    menu_.items.clear();
    for (const Row row : rows_) {
        switch (row) {
            case answers:
                if (host_) {
                    menu_.items.push_back(
                        {"Who answers", on_paper() ? "Teams on paper" : "Players with keys", true});
                } else {
                    menu_.items.push_back(
                        {"Answers", s.party_mode == "buzz" ? "Buzz in" : "Everyone answers", true});
                }
                break;
            case teams:
                if (on_paper()) {
                    menu_.items.push_back({"Teams", std::to_string(s.host_teams), true});
                } else {
                    menu_.items.push_back(
                        {"Teams",
                         s.party_teams == 0 ? "Off" : std::to_string(s.party_teams) + " teams",
                         true});
                }
                break;
            case watched:
                menu_.items.push_back({"Watched up to",
                                       watched_label(services.pack(), choices_.spoiler_limit),
                                       true});
                break;
            case length:
                menu_.items.push_back({"Questions", std::to_string(s.round_length), true});
                break;
            case timer:
                menu_.items.push_back(
                    {"Timer",
                     s.timer_seconds == 0 ? "Off" : std::to_string(s.timer_seconds) + " seconds",
                     true});
                break;
            case speed_bonus:
                menu_.items.push_back(
                    {"Speed bonus", s.speed_bonus && s.timer_seconds > 0 ? "On" : "Off", true});
                break;
            case text_size:
                menu_.items.push_back(
                    {"Text size", std::to_string(s.host_font_scale) + " %", true});
                break;
            case phones:
                menu_.items.push_back({"Join from phones", phones_on_ ? "On" : "Off", true});
                break;
            case source:
                menu_.items.push_back({"Questions from", question_source_label(s), true});
                break;
            case start:
                menu_.items.push_back({"Start", "", false});
                break;
        }
    }
}

void PartyLobbyScreen::change(int row, int delta, app::Services& services) {
    app::GameSettings& s = services.settings();
    switch (row) {
        case answers:
            if (host_) {
                // Paper and keys do not mix in one quiz: the other kind of seat goes.
                if (phones_on_)
                    set_phones(false, services);
                s.host_answers = on_paper() ? "devices" : "paper";
                for (int seat = live_->match().seats().size() - 1; seat >= 0; --seat) {
                    play::Command c;
                    c.what = play::What::leave;
                    c.seat = seat;
                    live_->apply(c, services);
                }
                zones_ =
                    s.host_answers == "paper" ? app::ZoneSetup{} : app::parse_zones(s.party_keys);
                live_->set_zones(zones_.zones);
                deal_paper_teams(services);
                pane_ = Pane::setup;
                break;
            }
            s.party_mode = s.party_mode == "buzz" ? "everyone" : "buzz";
            break;
        case teams:
            if (on_paper()) {
                s.host_teams = std::clamp(s.host_teams + delta, 2, play::kMaxSeats);
                deal_paper_teams(services);
                break;
            }
            s.party_teams = cycle<int>({0, 2, 3, 4}, s.party_teams, delta);
            // Everyone is dealt into the teams afresh, in turn.
            for (const play::Seat& seat : live_->match().seats().all()) {
                play::Command c;
                c.what = play::What::team;
                c.seat = seat.id;
                c.team = s.party_teams > 0 ? seat.id % s.party_teams : -1;
                live_->apply(c, services);
            }
            break;
        case watched: {
            std::vector<int> positions{-1, 0};
            for (const auto& e : services.pack().plot)
                positions.push_back(e.position);
            const int next = cycle<int>(positions, choices_.spoiler_limit.value_or(-1), delta);
            choices_.spoiler_limit = next < 0 ? std::nullopt : std::optional<int>(next);
            break;
        }
        case length:
            s.round_length = cycle<int>({10, 15, 20}, s.round_length, delta);
            break;
        case timer:
            s.timer_seconds = cycle<int>({10, 20, 30, 0}, s.timer_seconds, delta);
            break;
        case speed_bonus:
            if (s.timer_seconds == 0)
                return;
            s.speed_bonus = !s.speed_bonus;
            break;
        case text_size:
            s.host_font_scale = cycle<int>({100, 125, 150, 175, 200}, s.host_font_scale, delta);
            break;
        case phones:
            // Not a saved setting: the game listens on the network only when asked to.
            set_phones(!phones_on_, services);
            if (phones_on_ || message_.empty())
                services.play(app::Cue::move);
            refresh(services);
            return;
        case source:
            cycle_question_source(services, delta);
            break;
        default:
            return;
    }
    services.play(app::Cue::move);
    services.save_settings();
    refresh(services);
}

void PartyLobbyScreen::start_game(app::Services& services) {
    const app::GameSettings& settings = services.settings();
    live_->host_screen() = LiveMatch::HostScreen{};
    live_->host_screen().font_scale = settings.host_font_scale;
    const std::string why =
        start_live(live_, services, choices_, host_ ? host_rules(settings) : party_rules(settings));
    if (!why.empty()) {
        say(why, services);
        return;
    }
    services.play(app::Cue::select);
    services.replace(view_for(live_));
}

void PartyLobbyScreen::open_player(int seat, app::Services& services) {
    if (!live_->match().seats().valid(seat))
        return;
    services.play(app::Cue::select);
    services.push(std::make_unique<PartyPlayerScreen>(
        live_, seat, on_paper() ? 0 : services.settings().party_teams));
}

void PartyLobbyScreen::device_changed(const app::Input& in, app::Services& services) {
    if (in.action == Action::pad_removed) {
        if (const auto seat = live_->match().seats().find(play::Binding::gamepad(in.pad))) {
            message_ = live_->match().seats().at(*seat).name +
                       "'s controller was unplugged: press A on a gamepad to join again.";
            remove_player(*seat, in.time_ms, services);
        }
    } else if (in.action == Action::pad_noise) {
        message_ = services.controller_name(in.pad) +
                   " sends stick movements on its own: filmquiz uses only its buttons.";
    }
}

bool PartyLobbyScreen::handle(const app::Input& in, app::Services& services) {
    const play::Seats& seats = live_->match().seats();
    // Joining: any key of a free zone, or A on a gamepad without a seat.
    if (in.action == Action::choice && in.zone >= 0) {
        if (!seats.find(play::Binding::zone(in.zone)))
            join(play::Binding::zone(in.zone), in.time_ms, services);
        return true;
    }
    if (in.device == app::Device::gamepad && in.pad >= 0 && !on_paper()) {
        const auto seat = seats.find(play::Binding::gamepad(in.pad));
        if (in.action == Action::confirm && !seat) {
            join(play::Binding::gamepad(in.pad), in.time_ms, services);
            return true;
        }
        if (in.action == Action::back) {
            if (seat)
                remove_player(*seat, in.time_ms, services);
            return true;
        }
        if (in.action == Action::submit) {
            start_game(services);
            return true;
        }
        if (in.action == Action::confirm && pane_ == Pane::setup && focused_row() != start)
            return true;  // a joined pad's A is "I'm here", not a menu press
    }
    if (in.action == Action::back) {
        services.play(app::Cue::select);
        if (phones_on_)
            services.stop_phones();
        services.pop();
        return true;
    }
    if (in.action == Action::switch_pane) {
        pane_ = pane_ == Pane::setup && seats.size() > 0 ? Pane::players : Pane::setup;
        player_focus_ = std::clamp(player_focus_, 0, std::max(0, seats.size() - 1));
        services.play(app::Cue::move);
        return true;
    }
    const Layout l = layout(services.metrics());
    if (in.action == Action::pointer_down) {
        for (int i = 0; i < seats.size(); ++i) {
            if (l.cards[static_cast<std::size_t>(i)].contains(in.x, in.y)) {
                player_focus_ = i;
                open_player(i, services);
                return true;
            }
        }
    }
    if (pane_ == Pane::players && seats.size() > 0) {
        const int n = seats.size();
        switch (in.action) {
            case Action::left:
            case Action::right:
                player_focus_ = (player_focus_ % 2 == 0) ? std::min(player_focus_ + 1, n - 1)
                                                         : player_focus_ - 1;
                services.play(app::Cue::move);
                return true;
            case Action::up:
                player_focus_ = std::max(0, player_focus_ - 2);
                services.play(app::Cue::move);
                return true;
            case Action::down:
                player_focus_ = std::min(n - 1, player_focus_ + 2);
                services.play(app::Cue::move);
                return true;
            case Action::confirm:
                open_player(player_focus_, services);
                return true;
            case Action::backspace:
                remove_player(player_focus_, in.time_ms, services);
                if (seats.size() == 0)
                    pane_ = Pane::setup;
                return true;
            default:
                return false;
        }
    }
    switch (menu_.handle(in, services.metrics(), l.menu)) {
        case Menu::Event::moved:
            services.play(app::Cue::move);
            return true;
        case Menu::Event::decrease:
            change(focused_row(), -1, services);
            return true;
        case Menu::Event::increase:
            change(focused_row(), +1, services);
            return true;
        case Menu::Event::chosen:
            if (focused_row() == start)
                start_game(services);
            else
                change(focused_row(), +1, services);
            return true;
        default:
            return false;
    }
}

PartyLobbyScreen::Layout PartyLobbyScreen::layout(const app::Metrics& m) const {
    Layout l;
    const int top = m.px(30) + m.px(84) + m.gap() / 2;
    // The bottom line holds the hint, or a message when there is one.
    const int bottom_h = m.px(56);
    l.message = {m.margin(), m.height - bottom_h, m.width - 2 * m.margin(), bottom_h - m.px(6)};
    const int caps = std::max(m.px(44), m.small_font() * 16 / 10);
    const int join_h = caps + std::max(m.px(30), m.small_font() * 14 / 10) + m.px(16);
    l.join = {m.margin(), l.message.y - join_h - m.px(6), m.width - 2 * m.margin(), join_h};
    const int left_w = (m.width - 2 * m.margin()) * 56 / 100;
    const int g = m.px(10);
    const int card_w = (left_w - g) / 2;
    int body_h = l.join.y - m.px(10) - top;
    int card_h = (body_h - 3 * g) / 4;
    if (phones_on_) {
        // The QR code and the address take the keys' place, under the players: the menu
        // keeps the whole height. Cards keep room for their two lines; the panel gets the
        // rest, big enough to scan from a sofa.
        body_h = l.message.y - m.px(6) - top;
        const int min_card = 2 * (m.min_font() * 14 / 10 + m.px(4));
        const int wanted = std::min(m.height * 30 / 100, m.px(220));
        card_h = std::max(min_card, (body_h - wanted - 4 * g) / 4);
        l.phones = {m.margin(), top + 4 * (card_h + g), left_w, body_h - 4 * (card_h + g)};
        const int qr_side = std::min(l.phones.h, l.phones.w / 2) - 2 * m.px(8);
        l.qr = {l.phones.x + m.px(8), l.phones.y + (l.phones.h - qr_side) / 2, qr_side, qr_side};
        l.join = {l.phones.x, l.phones.y, 0, 0};
    }
    for (int i = 0; i < play::kMaxSeats; ++i) {
        l.cards.push_back(
            {m.margin() + (i % 2) * (card_w + g), top + (i / 2) * (card_h + g), card_w, card_h});
    }
    l.menu = {m.margin() + left_w + m.gap(), top, m.width - 2 * m.margin() - left_w - m.gap(),
              body_h};
    return l;
}

void PartyLobbyScreen::draw(app::Canvas& c, const app::Metrics& m) const {
    const auto& p = palette();
    draw_background(c, m);
    draw_heading(c, m, host_ ? "Host a quiz" : "Watch party");
    draw_back_button(c, m);
    const Layout l = layout(m);
    const play::Match& match = live_->match();
    const play::Seats& seats = match.seats();
    for (int i = 0; i < play::kMaxSeats; ++i) {
        const Rect r = l.cards[static_cast<std::size_t>(i)];
        if (i >= seats.size()) {
            c.fill_rounded(r, m.px(12), p.background_glow);
            c.outline_rounded(r, m.px(12), std::max(1, m.px(1)), p.tile);
            if (i == seats.size() && !on_paper()) {
                c.text(phones_on_ ? "Free seat: a key of your group, A on a pad, or a phone"
                                  : "Free seat: press a key of your group, or A on a pad",
                       r.inset(m.px(14), m.px(6)),
                       {Face::text, m.small_font(), p.text_muted, Align::center, VAlign::middle,
                        m.min_font()});
            }
            continue;
        }
        const play::Seat& seat = seats.at(i);
        const bool focused = pane_ == Pane::players && player_focus_ == i;
        c.fill_rounded(r, m.px(12), focused ? p.tile_focus : p.panel);
        if (focused)
            c.outline_rounded(r, m.px(12), m.px(3), p.tile_border);
        c.fill_rect({r.x, r.y + m.px(10), m.px(6), r.h - m.px(20)}, player_look(i).colour);
        const int badge = std::min(r.h - m.px(16), m.px(56));
        draw_badge(c, {r.x + m.px(14), r.y + (r.h - badge) / 2, badge, badge}, i);
        const int tx = r.x + badge + m.px(24);
        const int tw = r.right() - tx - m.px(10);
        c.text(
            seat.name, {tx, r.y + m.px(4), tw, r.h / 2 - m.px(2)},
            {Face::bold, m.body_font(), p.text, Align::left, VAlign::middle, m.min_font(), true});
        std::string device;
        switch (seat.binding.kind) {
            case play::DeviceKind::keyboard_zone:
                device = app::zone_label(zones_.zones[static_cast<std::size_t>(seat.binding.id)]);
                break;
            case play::DeviceKind::gamepad:
                device = pad_names_.count(seat.binding.id) ? pad_names_.at(seat.binding.id)
                                                           : std::string("Gamepad");
                break;
            case play::DeviceKind::paper:
                device = "On paper: the host marks it";
                break;
            case play::DeviceKind::phone:
                device = seat.connected ? "Phone" : "Phone \u00B7 away";
                break;
            default:
                device = "Phone";
                break;
        }
        if (seat.team >= 0)
            device = team_name(seat.team) + " \u00B7 " + device;
        c.text(device, {tx, r.y + r.h / 2, tw, r.h / 2 - m.px(4)},
               {Face::text, m.small_font(), p.text_muted, Align::left, VAlign::middle, m.min_font(),
                true});
    }
    menu_.draw(c, m, l.menu);
    if (phones_on_)
        draw_phones(c, m, l);
    else
        draw_keys(c, m, l);
    if (!message_.empty()) {
        // A problem to put right (a full table, a clash of keys) takes the hint's place.
        c.text(
            message_, l.message,
            {Face::bold, m.small_font(), p.timer_low, Align::center, VAlign::middle, m.min_font()});
        return;
    }
    draw_hint(
        c, m,
        pane_ == Pane::players
            ? "Enter: name and team \u00B7 Backspace: remove \u00B7 Tab: setup \u00B7 Esc back"
            : "Tab: players \u00B7 Left/Right change \u00B7 Enter on Start \u00B7 Esc back");
}

void PartyLobbyScreen::draw_phones(app::Canvas& c, const app::Metrics& m, const Layout& l) const {
    const auto& p = palette();
    c.fill_rounded(l.phones, m.px(12), p.panel);
    int text_x = l.phones.x + m.px(16);
    if (!qr_.empty()) {
        // Whole pixels per module and a quiet zone of four, black on white in every theme:
        // what a phone's camera reads best.
        const int n = static_cast<int>(qr_.size());
        const int quiet = 4;
        const int module = std::max(1, l.qr.w / (n + 2 * quiet));
        const int side = module * (n + 2 * quiet);
        const Rect box{l.qr.x, l.qr.y + (l.qr.h - side) / 2, side, side};
        c.fill_rect(box, core::rgb(0xFFFFFF));
        for (int y = 0; y < n; ++y) {
            const auto& row = qr_[static_cast<std::size_t>(y)];
            for (int x = 0; x < n;) {
                if (!row[static_cast<std::size_t>(x)]) {
                    ++x;
                    continue;
                }
                int run = 1;
                while (x + run < n && row[static_cast<std::size_t>(x + run)])
                    ++run;
                c.fill_rect({box.x + (quiet + x) * module, box.y + (quiet + y) * module,
                             run * module, module},
                            core::rgb(0x000000));
                x += run;
            }
        }
        text_x = box.x + side + m.gap();
    }
    const Rect text{text_x, l.phones.y + m.px(10), l.phones.right() - text_x - m.px(16),
                    l.phones.h - m.px(20)};
    const int row = text.h / 5;
    const std::string url = phone_urls_.empty() ? std::string() : phone_urls_.front();
    c.text(url.empty() ? "Phones cannot reach this computer" : "On a phone, open " + url,
           {text.x, text.y, text.w, row},
           {Face::bold, m.body_font(), p.text, Align::left, VAlign::middle, m.min_font(), true});
    c.text("Room code", {text.x, text.y + row, text.w, row},
           {Face::text, m.small_font(), p.text_muted, Align::left, VAlign::bottom, m.min_font()});
    c.text(room_code_, {text.x, text.y + 2 * row, text.w, row * 3 / 2},
           {Face::display, m.heading_font() * 3 / 2, p.gold, Align::left, VAlign::middle,
            m.min_font()});
    std::string others;
    for (std::size_t i = 1; i < phone_urls_.size() && i < 4; ++i)
        others += (others.empty() ? "Also: " : ", ") + phone_urls_[i];
    const Rect last{text.x, text.y + row * 7 / 2, text.w, text.h - row * 7 / 2};
    if (!network_note_.empty()) {
        c.text(network_note_, last,
               {Face::bold, m.small_font(), p.timer_low, Align::left, VAlign::middle, m.min_font(),
                true});
    } else {
        c.text(others.empty() ? "Keys and gamepads can join too" : others, last,
               {Face::text, m.small_font(), p.text_muted, Align::left, VAlign::middle, m.min_font(),
                true});
    }
}

void PartyLobbyScreen::draw_keys(app::Canvas& c, const app::Metrics& m, const Layout& l) const {
    const auto& p = palette();
    const play::Seats& seats = live_->match().seats();
    // How to join: each zone's keys as key caps, a taken zone in its player's colour.
    c.fill_rounded(l.join, m.px(12), p.panel);
    if (on_paper()) {
        c.text(
            "Teams write their answers on paper. At each reveal, press a team's number when "
            "it got it right. Tab: rename the teams.",
            l.join.inset(m.px(18), m.px(6)),
            {Face::text, m.small_font(), p.text, Align::center, VAlign::middle, m.min_font()});
    }
    const Rect inner = l.join.inset(m.px(12), m.px(6));
    const int zones = static_cast<int>(zones_.zones.size());
    const int columns = zones + 1;
    const int col_w = (inner.w - m.px(10) * (columns - 1)) / columns;
    const int label_h = inner.h - std::max(m.px(44), m.small_font() * 16 / 10);
    for (int z = 0; z < zones; ++z) {
        const app::KeyZone& zone = zones_.zones[static_cast<std::size_t>(z)];
        const Rect col{inner.x + z * (col_w + m.px(10)), inner.y, col_w, inner.h};
        const auto seat = seats.find(play::Binding::zone(z));
        std::string label = !zone.enabled                  ? "Off"
                            : seat                         ? seats.at(*seat).name
                            : app::is_keypad(zone.keys[0]) ? "Join: keypad"
                                                           : "Join";
        c.text(label, {col.x, col.y, col.w, label_h},
               {Face::bold, m.small_font(), zone.enabled ? p.text : p.text_muted, Align::center,
                VAlign::middle, m.min_font(), true});
        const int cap = std::min((col.w - m.px(6) * 3) / 4, col.h - label_h - m.px(4));
        const int caps_w = cap * 4 + m.px(6) * 3;
        for (int k = 0; k < 4; ++k) {
            const Rect key{col.x + (col.w - caps_w) / 2 + k * (cap + m.px(6)), col.y + label_h, cap,
                           cap};
            c.fill_rounded(key, m.px(6), seat ? player_look(*seat).colour : p.tile);
            c.text(app::key_label(zone.keys[static_cast<std::size_t>(k)]), key.inset(m.px(3)),
                   {Face::bold, std::min(m.small_font(), cap * 45 / 100), seat ? p.shade : p.text,
                    Align::center, VAlign::middle, m.min_font()});
        }
    }
    const Rect pad_col{inner.x + zones * (col_w + m.px(10)), inner.y, col_w, inner.h};
    if (!on_paper()) {
        c.text("Gamepad: A joins, B leaves, Start begins", pad_col,
               {Face::text, m.small_font(), p.text, Align::center, VAlign::middle, m.min_font()});
    }
}

}  // namespace filmquiz::screens
