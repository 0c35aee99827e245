// A host's quiz driven with plain input values, as a presenter clicker or a keyboard sends
// them: teams on paper marked at each reveal, players with keys and the room's answers,
// looking back, blanking the screen, skipping and ending early, to the saved record.
#include <doctest/doctest.h>

#include "fake_services.hpp"
#include "screens/party_lobby_screen.hpp"
#include "screens/party_screens.hpp"
#include "screens/title_screen.hpp"

using namespace filmquiz;
using app::Action;
using app::Cue;
using app::make_input;
using test::FakeServices;

namespace {

const play::Match& match_of(FakeServices& s) {
    if (auto* v = dynamic_cast<screens::PartyView*>(&s.top()))
        return v->live().match();
    if (auto* summary = dynamic_cast<screens::PartySummaryScreen*>(&s.top()))
        return summary->live().match();
    return dynamic_cast<screens::PartyLobbyScreen&>(s.top()).match();
}

const screens::LiveMatch& live_of(FakeServices& s) {
    return dynamic_cast<screens::PartyView&>(s.top()).live();
}

// "Play as host" from the title, then Start (the menu's last row) once set up.
void open_host(FakeServices& s) {
    s.start(std::make_unique<screens::TitleScreen>());
    s.send(make_input(Action::down));
    s.send(make_input(Action::down));
    s.send(make_input(Action::confirm));
    REQUIRE(s.top_name() == "host-lobby");
}

void start(FakeServices& s) {
    auto& lobby = dynamic_cast<screens::PartyLobbyScreen&>(s.top());
    REQUIRE(lobby.focused_row() == screens::PartyLobbyScreen::start);
    s.send(make_input(Action::confirm));
}

app::Input next(std::uint32_t at) {
    return make_input(Action::next_step, at);
}

}  // namespace

TEST_CASE("host: teams on paper, marked at each reveal, paced by a clicker, saved as host") {
    FakeServices s;
    s.game_settings.host_answers = "paper";
    s.game_settings.host_teams = 3;
    s.game_settings.timer_seconds = 20;
    s.game_settings.round_length = 10;
    open_host(s);
    const play::Seats& seats = match_of(s).seats();
    REQUIRE(seats.size() == 3);
    CHECK(seats.at(2).name == "Team 3");
    CHECK(seats.at(2).binding == play::Binding::paper(2));
    // A pad does not join a quiz on paper: it is the host's, and A presses Start.
    CHECK(dynamic_cast<screens::PartyLobbyScreen&>(s.top()).focused_row() ==
          screens::PartyLobbyScreen::start);
    app::Input pad = make_input(Action::confirm, 0, app::Device::gamepad);
    pad.pad = 4;
    s.send(pad);
    REQUIRE(s.top_name() == "party-question");
    CHECK(s.top().font_scale() == 150);  // the projected screens' own text size
    s.advance(10);                       // the question is on screen
    const play::Match& m = match_of(s);
    CHECK(m.shown());
    CHECK_FALSE(m.timer_started());
    auto& q = dynamic_cast<screens::PartyQuestionScreen&>(s.top());
    CHECK(q.banner(s.clock) == "Get ready: the clock starts on the host's word");
    CHECK(q.host_next_step() == "start the clock");

    s.send(next(s.clock));  // Page Down: the clock starts
    CHECK(m.timer_started());
    CHECK(q.banner(s.clock) == "Teams: write down your answer");
    CHECK(q.host_next_step() == "reveal the answer");
    s.advance(3000);
    s.send(make_input(Action::right, s.clock));  // an arrow is a clicker's next too
    REQUIRE(s.top_name() == "party-reveal");
    CHECK(m.outcome(1) == nullptr);        // nobody is marked yet
    s.send(app::make_choice(1, s.clock));  // "2": Team 2 got it
    REQUIRE(m.outcome(1) != nullptr);
    CHECK(m.outcome(1)->correct);
    CHECK(s.cues.back() == Cue::correct);
    s.send(app::make_choice(2, s.clock));  // Team 3 too; then the host takes it back
    s.send(app::make_choice(2, s.clock));
    CHECK_FALSE(m.outcome(2)->correct);
    s.send(app::make_choice(7, s.clock));  // no team 8: nothing
    CHECK(m.session().participants()[1].score > 0);
    CHECK(m.session().participants()[2].score == 0);

    s.send(next(s.clock));
    REQUIRE(s.top_name() == "party-scores");
    // Page Up looks back at the reveal just seen; Page Down returns without moving on.
    s.send(make_input(Action::previous_step, s.clock));
    CHECK(live_of(s).host_screen().peek);
    CHECK(dynamic_cast<screens::PartyView&>(s.top()).peek_question() == 0);
    s.send(next(s.clock));
    CHECK_FALSE(live_of(s).host_screen().peek);
    CHECK(s.top_name() == "party-scores");
    s.send(next(s.clock));
    REQUIRE(s.top_name() == "party-question");
    CHECK(m.session().index() == 1);

    // B blanks the screen; the clicker's next only brings it back.
    s.send(make_input(Action::blank, s.clock));
    CHECK(live_of(s).host_screen().blank);
    s.send(next(s.clock));
    CHECK_FALSE(live_of(s).host_screen().blank);
    CHECK_FALSE(m.timer_started());

    // S drops the question: no points, not asked.
    s.send(make_input(Action::skip, s.clock));
    REQUIRE(s.top_name() == "party-question");
    CHECK(m.session().index() == 2);
    CHECK(m.skipped(1));

    // End asks once more; any other key goes on; End twice ends and saves.
    s.send(make_input(Action::end_game, s.clock));
    CHECK(live_of(s).host_screen().confirm_end);
    s.send(make_input(Action::notes, s.clock));
    CHECK_FALSE(live_of(s).host_screen().confirm_end);
    CHECK(live_of(s).host_screen().notes);
    s.send(make_input(Action::end_game, s.clock));
    s.send(make_input(Action::end_game, s.clock));
    REQUIRE(s.top_name() == "party-summary");
    CHECK(s.top().font_scale() == 150);
    REQUIRE(s.saved.size() == 1);
    const store::GameRecord& g = s.saved.front();
    CHECK(g.mode == store::GameMode::host);
    REQUIRE(g.participants.size() == 3);
    // Every answer is recorded: the marks of question 1 (Team 1 was never marked).
    REQUIRE(g.answers.size() == 2);
    CHECK(g.answers[0].player == "Team 2");
    CHECK(g.answers[0].given == "marked right");
    CHECK(g.answers[0].correct);
    CHECK(g.answers[1].player == "Team 3");
    CHECK(g.answers[1].given == "marked wrong");
}

TEST_CASE("host: players with keys answer, the reveal counts how the room answered") {
    FakeServices s;
    s.game_settings.host_answers = "devices";
    s.game_settings.timer_seconds = 0;  // no clock: the host reveals when the room is ready
    open_host(s);
    for (int z = 0; z < 4; ++z) {
        app::Input key = app::make_choice(0);
        key.zone = z;
        s.send(key);
    }
    REQUIRE(match_of(s).seats().size() == 4);
    start(s);
    REQUIRE(s.top_name() == "party-question");
    s.advance(10);
    const play::Match& m = match_of(s);
    CHECK(m.timer_started());  // nothing to start without a clock
    const core::Question question = m.question();
    const int n = static_cast<int>(question.choices.size());
    REQUIRE(question.type != core::QuestionType::ordering);
    auto& q = dynamic_cast<screens::PartyQuestionScreen&>(s.top());
    CHECK(q.banner(s.clock) == "Lock in your answer with your keys \u00B7 0 of 4 answered");
    // Zone 0 and 1 right, zone 2 wrong; zone 3 does not answer before the reveal.
    for (int z = 0; z < 3; ++z) {
        app::Input key =
            app::make_choice(z < 2 ? question.answer : (question.answer + 1) % n, s.clock + 100);
        key.zone = z;
        s.send(key);
    }
    CHECK(q.banner(s.clock) == "Lock in your answer with your keys \u00B7 3 of 4 answered");
    // A player's Enter is not the host's: only keys without a seat pace the game. Enter on
    // the keyboard is the host's.
    s.send(make_input(Action::confirm, s.clock + 200));
    REQUIRE(s.top_name() == "party-reveal");
    std::vector<int> expected(static_cast<std::size_t>(n), 0);
    expected[static_cast<std::size_t>(question.answer)] = 2;
    expected[static_cast<std::size_t>((question.answer + 1) % n)] = 1;
    CHECK(m.distribution() == expected);
    CHECK(m.outcome(3)->given.timed_out);
    // A key of a player's zone at the reveal marks nothing and does not move on.
    app::Input key = app::make_choice(1, s.clock);
    key.zone = 1;
    s.send(key);
    CHECK(s.top_name() == "party-reveal");
    // A gamepad without a seat is the host's: A goes on.
    app::Input a = app::make_choice(0, s.clock, app::Device::gamepad);
    a.pad = 9;
    s.send(a);
    CHECK(s.top_name() == "party-scores");
}

TEST_CASE("host: the lobby switches between teams on paper and players, and keeps the choice") {
    FakeServices s;
    s.game_settings.host_answers = "paper";
    s.game_settings.host_teams = 4;
    open_host(s);
    auto& lobby = dynamic_cast<screens::PartyLobbyScreen&>(s.top());
    CHECK(lobby.match().seats().size() == 4);
    // Up from Start: Text size, then on up to "Who answers".
    s.send(make_input(Action::up));
    CHECK(lobby.focused_row() == screens::PartyLobbyScreen::text_size);
    s.send(make_input(Action::right));
    s.send(make_input(Action::right));
    CHECK(s.game_settings.host_font_scale == 200);
    s.send(make_input(Action::right));
    CHECK(s.game_settings.host_font_scale == 100);  // round again
    // Past "Join from phones" too.
    for (int i = 0; i < 6; ++i)
        s.send(make_input(Action::up));
    CHECK(lobby.focused_row() == screens::PartyLobbyScreen::teams);
    s.send(make_input(Action::right));
    CHECK(lobby.match().seats().size() == 5);
    CHECK(lobby.match().seats().at(4).name == "Team 5");
    s.send(make_input(Action::left));
    s.send(make_input(Action::left));
    CHECK(lobby.match().seats().size() == 3);
    s.send(make_input(Action::up));
    CHECK(lobby.focused_row() == screens::PartyLobbyScreen::answers);
    s.send(make_input(Action::right));
    CHECK_FALSE(lobby.on_paper());
    CHECK(lobby.match().seats().size() == 0);
    CHECK(s.game_settings.host_answers == "devices");
    app::Input key = app::make_choice(2);
    key.zone = 1;
    s.send(key);
    CHECK(lobby.match().seats().size() == 1);
    s.send(make_input(Action::right));
    CHECK(lobby.on_paper());
    CHECK(lobby.match().seats().size() == 3);
    CHECK(lobby.match().seats().at(0).binding == play::Binding::paper(0));
}
