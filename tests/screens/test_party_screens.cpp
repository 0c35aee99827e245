// The watch-party screens driven with plain input values: joining, bad input, a whole
// everyone-answers game to the saved record, buzzing, and a gamepad that drops out.
#include <doctest/doctest.h>

#include "fake_services.hpp"
#include "screens/name_entry_screen.hpp"
#include "screens/party_lobby_screen.hpp"
#include "screens/party_screens.hpp"
#include "screens/title_screen.hpp"

using namespace filmquiz;
using app::Action;
using app::Cue;
using app::make_input;
using test::FakeServices;

namespace {

app::Input zone_key(int zone, int key, std::uint32_t at = 0) {
    app::Input in = app::make_choice(key, at);
    in.zone = zone;
    return in;
}

app::Input pad(Action action, std::int32_t id, std::uint32_t at = 0, int choice = -1) {
    app::Input in = make_input(action, at, app::Device::gamepad);
    in.pad = id;
    in.choice = choice;
    return in;
}

screens::PartyLobbyScreen& lobby(FakeServices& s) {
    return dynamic_cast<screens::PartyLobbyScreen&>(s.top());
}

const play::Match& match_of(FakeServices& s) {
    if (auto* v = dynamic_cast<screens::PartyView*>(&s.top()))
        return v->live().match();
    if (auto* summary = dynamic_cast<screens::PartySummaryScreen*>(&s.top()))
        return summary->live().match();
    return lobby(s).match();
}

// A lobby with players joined by keyboard zones 0..zones-1.
void open_lobby(FakeServices& s, int zones) {
    s.start(std::make_unique<screens::TitleScreen>());
    s.send(make_input(Action::down));
    s.send(make_input(Action::confirm));
    REQUIRE(s.top_name() == "party-lobby");
    for (int z = 0; z < zones; ++z)
        s.send(zone_key(z, z % 4));
}

// Every seat answers the current question, right when `right(seat)`; ordering questions
// are pressed in (or out of) story order.
void everyone_answers(FakeServices& s, const std::function<bool(int)>& right) {
    const core::Question q = match_of(s).question();
    for (const play::Seat& seat : match_of(s).seats().all()) {
        REQUIRE(seat.binding.kind == play::DeviceKind::keyboard_zone);
        const int zone = static_cast<int>(seat.binding.id);
        const bool ok = right(seat.id);
        if (q.type == core::QuestionType::ordering) {
            std::vector<int> order = q.order;
            if (!ok)
                std::swap(order[0], order[1]);
            for (const int k : order)
                s.send(zone_key(zone, k, s.clock));
        } else {
            const int n = static_cast<int>(q.choices.size());
            s.send(zone_key(zone, ok ? q.answer : (q.answer + 1) % n, s.clock));
        }
    }
}

}  // namespace

TEST_CASE("party lobby: keys and gamepads join, with names the store knows") {
    FakeServices s;
    s.game_settings.last_player = "Ana";
    s.known_players = {"Ana", "Ben"};
    open_lobby(s, 0);
    s.send(zone_key(1, 3));  // any key of a zone joins
    s.send(zone_key(1, 0));  // a second press of the same zone changes nothing
    s.send(pad(Action::confirm, 7));
    s.send(zone_key(0, 2));
    const play::Seats& seats = lobby(s).match().seats();
    REQUIRE(seats.size() == 3);
    CHECK(seats.at(0).name == "Ana");
    CHECK(seats.at(0).binding == play::Binding::zone(1));
    CHECK(seats.at(1).name == "Ben");
    CHECK(seats.at(1).binding == play::Binding::gamepad(7));
    CHECK(seats.at(2).name == "Player 1");
    // B on the pad leaves; the others keep their seats.
    s.send(pad(Action::back, 7));
    CHECK(seats.size() == 2);
    CHECK(seats.at(1).name == "Player 1");
    CHECK(s.top_name() == "party-lobby");
}

TEST_CASE("party lobby: a ninth player, one player, a taken or empty name are each told") {
    FakeServices s;
    open_lobby(s, 4);
    for (int p = 0; p < 4; ++p)
        s.send(pad(Action::confirm, 10 + p));
    CHECK(lobby(s).match().seats().size() == 8);
    s.send(pad(Action::confirm, 99));
    CHECK(lobby(s).match().seats().size() == 8);
    CHECK(lobby(s).message() == "The game is full: 8 players at most.");
    CHECK(s.cues.back() == Cue::wrong);

    FakeServices alone;
    open_lobby(alone, 1);
    alone.send(pad(Action::submit, 3));  // Start on a pad without a seat still starts
    CHECK(alone.top_name() == "party-lobby");
    CHECK(lobby(alone).message() == "2 players are needed to start.");

    // Renaming Player 2 to Player 1's name, then to nothing.
    FakeServices r;
    open_lobby(r, 2);
    r.send(make_input(Action::switch_pane));
    r.send(make_input(Action::right));
    r.send(make_input(Action::confirm));  // Player 2's panel
    REQUIRE(r.top_name() == "party-player");
    r.send(make_input(Action::confirm));  // Name
    REQUIRE(r.top_name() == "name-entry");
    auto& entry = dynamic_cast<screens::NameEntryScreen&>(r.top());
    CHECK(entry.text() == "Player 2");
    r.send(make_input(Action::backspace));
    r.send(app::make_text("1"));
    r.send(make_input(Action::confirm));
    CHECK(entry.error() == "Player 1 is already playing: choose another name.");
    for (int i = 0; i < 8; ++i)
        r.send(make_input(Action::backspace));
    r.send(make_input(Action::confirm));
    CHECK(entry.error() == "That name will not do: a name needs at least one character.");
    r.send(app::make_text("Zo\xC3\xAB"));
    r.send(make_input(Action::confirm));
    CHECK(r.top_name() == "party-player");
    r.send(make_input(Action::back));
    CHECK(lobby(r).match().seats().at(1).name == "Zo\xC3\xAB");
}

TEST_CASE("party lobby: two zones on one key, and a noisy gamepad, are said on screen") {
    FakeServices s;
    s.game_settings.party_keys = "1 2 3 4|Q W E 1|U I O P";
    open_lobby(s, 0);
    CHECK(lobby(s).message() == "Party keys: 1 is in zone 1 and zone 2, so zone 2 is off.");
    REQUIRE(lobby(s).zone_problems().size() == 1);
    // Zone 2's keys are not a zone now: they join nobody.
    const auto* zones = lobby(s).input_context().zones;
    REQUIRE(zones != nullptr);
    CHECK_FALSE((*zones)[1].enabled);

    lobby(s).device_changed(pad(Action::pad_noise, 3), s);
    CHECK(lobby(s).message() ==
          "Test pad 3 sends stick movements on its own: filmquiz uses only its buttons.");
}

TEST_CASE("party lobby: how far the group has watched reads as the scene's name") {
    FakeServices s;
    open_lobby(s, 2);
    for (int i = 0; i < 5; ++i)
        s.send(make_input(Action::up));  // from Start, past "Join from phones", to "Watched"
    REQUIRE(lobby(s).focused_row() == screens::PartyLobbyScreen::watched);
    const auto value = [&] {
        return lobby(s).menu().items[screens::PartyLobbyScreen::watched].value;
    };
    CHECK(value() == "The whole film");
    s.send(make_input(Action::right));
    CHECK(value() == "Not started yet");
    for (int i = 0; i < 4; ++i)
        s.send(make_input(Action::right));
    CHECK(lobby(s).choices().spoiler_limit == 4);
    CHECK(value() == "Milly\u2019s diagnosis");
    for (int i = 0; i < 13; ++i)
        s.send(make_input(Action::right));
    CHECK(lobby(s).choices().spoiler_limit == 17);
    CHECK(value() == "Off to Yorkshire");
}

TEST_CASE(
    "watched labels: every scene of the bundled pack has its name; a pack without one numbers it") {
    FakeServices s;
    const core::Pack& pack = s.pack();
    CHECK(screens::watched_label(pack, std::nullopt) == "The whole film");
    CHECK(screens::watched_label(pack, 0) == "Not started yet");
    CHECK(screens::watched_label(pack, 1) == "Best friends");
    CHECK(screens::watched_label(pack, 4) == "Milly\u2019s diagnosis");
    CHECK(screens::watched_label(pack, 28) == "Some days later");
    for (const core::PlotEvent& e : pack.plot) {
        CAPTURE(e.position);
        CHECK_FALSE(e.title.empty());
    }
    core::Pack untitled = pack;
    for (core::PlotEvent& e : untitled.plot)
        e.title.clear();
    CHECK(screens::watched_label(untitled, 4) == "Scene 4 of 30");
}

TEST_CASE("party: everyone answers a whole game, and it is saved as a party game") {
    FakeServices s;
    s.game_settings.timer_seconds = 0;  // exact points: no speed bonus
    open_lobby(s, 3);
    s.send(make_input(Action::confirm));  // Start (it has the focus)
    REQUIRE(s.top_name() == "party-question");
    CHECK(match_of(s).mode() == play::Mode::everyone);
    std::vector<int> expected(3, 0);
    std::vector<int> streak(3, 0);
    for (int i = 0; i < 10; ++i) {
        REQUIRE(s.top_name() == "party-question");
        s.advance(0);
        const core::Question q = match_of(s).question();
        CHECK(q.type != core::QuestionType::type_in);  // one keyboard: nothing typed
        // Seat 0 always right, seat 1 right on even questions, seat 2 never.
        auto right = [&](int seat) { return seat == 0 || (seat == 1 && i % 2 == 0); };
        everyone_answers(s, right);
        for (int seat = 0; seat < 3; ++seat) {
            if (right(seat)) {
                expected[static_cast<std::size_t>(seat)] +=
                    q.difficulty * 100 + std::min(100, 25 * streak[static_cast<std::size_t>(seat)]);
                ++streak[static_cast<std::size_t>(seat)];
            } else {
                streak[static_cast<std::size_t>(seat)] = 0;
            }
        }
        REQUIRE(s.top_name() == "party-reveal");
        s.send(make_input(Action::confirm));
        if (i < 9) {
            REQUIRE(s.top_name() == "party-scores");
            s.send(make_input(Action::confirm));
        }
    }
    REQUIRE(s.top_name() == "party-summary");
    REQUIRE(s.saved.size() == 1);
    const store::GameRecord& g = s.saved.front();
    CHECK(g.mode == store::GameMode::party);
    CHECK(g.answers.size() == 30);
    REQUIRE(g.participants.size() == 3);
    for (int seat = 0; seat < 3; ++seat)
        CHECK(g.participants[static_cast<std::size_t>(seat)].score ==
              expected[static_cast<std::size_t>(seat)]);
    CHECK(g.participants[2].correct == 0);
    CHECK(s.modes_asked.back() == store::GameMode::party);
    CHECK(g.settings_json.find("\"answer_mode\":\"everyone\"") != std::string::npos);
    // Play again: the same players, a new game at once.
    s.send(make_input(Action::confirm));
    REQUIRE(s.top_name() == "party-question");
    CHECK(match_of(s).seats().size() == 3);
    CHECK(match_of(s).seats().at(2).binding == play::Binding::zone(2));
}

TEST_CASE("party: buzz in, with a false start, a wrong answer, a rebound and a tie") {
    FakeServices s;
    s.game_settings.timer_seconds = 0;
    s.game_settings.party_mode = "buzz";
    open_lobby(s, 3);
    s.send(make_input(Action::confirm));
    REQUIRE(s.top_name() == "party-question");
    s.advance(0);  // on screen: the question is read for two seconds
    auto& view = dynamic_cast<screens::PartyQuestionScreen&>(s.top());
    const std::uint32_t shown = s.clock;
    CHECK(view.banner(shown) == "Read the question \u2014 a buzz now is a false start");
    s.send(zone_key(2, 0, shown + 500));  // Cai buzzes too soon
    CHECK(view.chips()[2].status == "False start");
    s.advance(2000);
    CHECK(view.banner(s.clock) == "Buzz in! Any of your keys, or any button");
    // Ana and Ben buzz in the same millisecond: the seed's coin decides.
    s.send(zone_key(0, 3, shown + 2600));
    s.send(zone_key(1, 3, shown + 2600));
    const auto& b = match_of(s).buzz();
    REQUIRE(b.answering.has_value());
    CHECK(b.tied == std::vector<int>{0, 1});
    const int first = *b.answering;
    const std::string name = match_of(s).seats().at(first).name;
    CHECK(view.banner(shown + 2700) ==
          "Tie \u2014 coin toss: " + name + " answers first \u00B7 6 s");
    // The winner answers wrong: locked out, and the question rebounds.
    const core::Question q = match_of(s).question();
    const int n = static_cast<int>(q.choices.size());
    if (q.type == core::QuestionType::ordering) {
        std::vector<int> order = q.order;
        std::swap(order[0], order[1]);
        for (const int k : order)
            s.send(zone_key(first, k, shown + 3000));
    } else {
        s.send(zone_key(first, (q.answer + 1) % n, shown + 3000));
    }
    CHECK(view.chips()[static_cast<std::size_t>(first)].status == "Out");
    CHECK(view.banner(shown + 3100) == "Rebound! Buzz in if you know it");
    CHECK(s.count(Cue::wrong) == 2);  // the false start and the wrong answer
    // The same seed gives the same coin toss.
    FakeServices again;
    again.game_settings = s.game_settings;
    open_lobby(again, 3);
    again.send(make_input(Action::confirm));
    again.advance(0);
    again.send(zone_key(0, 3, again.clock + 2600));
    again.send(zone_key(1, 3, again.clock + 2600));
    CHECK(match_of(again).buzz().answering == first);
}

TEST_CASE(
    "party: a gamepad unplugged mid-round pauses the room; plugged back, its player plays on") {
    FakeServices s;
    s.game_settings.timer_seconds = 0;
    open_lobby(s, 1);
    s.pads = {21};
    s.send(pad(Action::confirm, 21));
    s.send(make_input(Action::confirm));
    REQUIRE(s.top_name() == "party-question");
    s.advance(0);
    // Both answer the first question right.
    const core::Question q = match_of(s).question();
    auto right_keys = [&](std::function<void(int)> press) {
        if (q.type == core::QuestionType::ordering) {
            for (const int k : q.order)
                press(k);
        } else {
            press(q.answer);
        }
    };
    right_keys([&](int k) { s.send(zone_key(0, k, s.clock)); });
    right_keys([&](int k) { s.send(pad(Action::choice, 21, s.clock, k)); });
    REQUIRE(s.top_name() == "party-reveal");
    const int points = match_of(s).session().participants()[1].score;
    CHECK(points > 0);
    s.send(make_input(Action::confirm));
    s.send(make_input(Action::confirm));
    REQUIRE(s.top_name() == "party-question");
    s.advance(0);

    auto& view = dynamic_cast<screens::PartyView&>(s.top());
    view.device_changed(pad(Action::pad_removed, 21, s.clock), s);
    CHECK(match_of(s).paused());
    CHECK(view.waiting_message() ==
          "Player 2's controller disconnected \u2014 reconnect it or press Enter to go on "
          "without them");
    s.send(zone_key(0, 0, s.clock));  // the room waits: presses are not answers
    CHECK_FALSE(match_of(s).locked_in(0));
    // Plugged back in: SDL gives it a new id; the player gets their seat and points back.
    view.device_changed(pad(Action::pad_added, 22, s.clock), s);
    CHECK_FALSE(match_of(s).paused());
    CHECK(view.waiting_for().empty());
    CHECK(match_of(s).seats().at(1).binding == play::Binding::gamepad(22));
    CHECK(match_of(s).seats().at(1).connected);
    CHECK(match_of(s).session().participants()[1].score == points);

    // Unplugged again, and the room goes on without them: Ana's answer ends the question.
    view.device_changed(pad(Action::pad_removed, 22, s.clock), s);
    s.send(make_input(Action::confirm));
    CHECK_FALSE(match_of(s).paused());
    const core::Question q2 = match_of(s).question();
    if (q2.type == core::QuestionType::ordering) {
        for (const int k : q2.order)
            s.send(zone_key(0, k, s.clock));
    } else {
        s.send(zone_key(0, q2.answer, s.clock));
    }
    CHECK(s.top_name() == "party-reveal");
}
