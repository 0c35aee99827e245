// Watch parties through the real loop: keyboard zones and virtual gamepads join, answer,
// buzz, drop out and come back; scores and stored answers are checked exactly.
#include <functional>

#include <doctest/doctest.h>

#include "core/rng.hpp"
#include "core/scoring.hpp"
#include "game_driver.hpp"
#include "screens/party_lobby_screen.hpp"
#include "screens/party_screens.hpp"

using namespace filmquiz;
using test::Game;
using test::TempDir;
using test::VirtualPad;

namespace {

const SDL_Scancode kZones[4][4] = {
    {SDL_SCANCODE_1, SDL_SCANCODE_2, SDL_SCANCODE_3, SDL_SCANCODE_4},
    {SDL_SCANCODE_Q, SDL_SCANCODE_W, SDL_SCANCODE_E, SDL_SCANCODE_R},
    {SDL_SCANCODE_U, SDL_SCANCODE_I, SDL_SCANCODE_O, SDL_SCANCODE_P},
    {SDL_SCANCODE_KP_1, SDL_SCANCODE_KP_2, SDL_SCANCODE_KP_3, SDL_SCANCODE_KP_4},
};
const SDL_GameControllerButton kFace[4] = {SDL_CONTROLLER_BUTTON_A, SDL_CONTROLLER_BUTTON_B,
                                           SDL_CONTROLLER_BUTTON_X, SDL_CONTROLLER_BUTTON_Y};

const play::Match& match_of(Game& g) {
    if (auto* v = dynamic_cast<screens::PartyView*>(g.app->top()))
        return v->live().match();
    if (auto* s = dynamic_cast<screens::PartySummaryScreen*>(g.app->top()))
        return s->live().match();
    return dynamic_cast<screens::PartyLobbyScreen&>(*g.app->top()).match();
}

// Presses option `k` for a seat: its zone's k-th key, or its pad's k-th face button.
void press_option(Game& g, const play::Seat& seat, std::vector<VirtualPad*>& pads, int k) {
    if (seat.binding.kind == play::DeviceKind::keyboard_zone) {
        g.press(kZones[seat.binding.id][k]);
        return;
    }
    for (VirtualPad* p : pads) {
        if (p->id() == seat.binding.id) {
            p->press(kFace[k]);
            return;
        }
    }
    FAIL("no pad for seat " << seat.name);
}

// Every seat answers, right when `right(seat)`; returns each seat's points for it.
void answer_all(Game& g, std::vector<VirtualPad*>& pads, const std::function<bool(int)>& right) {
    const core::Question q = match_of(g).question();
    const std::vector<play::Seat> seats = match_of(g).seats().all();
    for (const play::Seat& seat : seats) {
        if (!seat.connected)
            continue;
        if (q.type == core::QuestionType::ordering) {
            std::vector<int> order = q.order;
            if (!right(seat.id))
                std::swap(order[0], order[1]);
            for (const int k : order)
                press_option(g, seat, pads, k);
        } else {
            const int n = static_cast<int>(q.choices.size());
            press_option(g, seat, pads, right(seat.id) ? q.answer : (q.answer + 1) % n);
        }
    }
}

// Points with no timer: base by difficulty plus the streak bonus.
struct Tally {
    int score = 0;
    int streak = 0;
    int correct = 0;
    void add(int difficulty, bool right) {
        core::AnswerFacts f;
        f.correct = right;
        f.difficulty = difficulty;
        f.streak_before = streak;
        score += core::score_answer(f).total();
        streak = right ? streak + 1 : 0;
        correct += right ? 1 : 0;
    }
};

// Plays the rest of the game: every question answered by `right`, through the reveals and
// scoreboards to the podium. Returns the tallies by seat.
std::vector<Tally> play_out(Game& g, std::vector<VirtualPad*>& pads,
                            const std::function<bool(int question, int seat)>& right,
                            std::vector<Tally> tally) {
    const int count = match_of(g).session().count();
    for (int i = match_of(g).session().index(); i < count; ++i) {
        REQUIRE(g.until("party-question"));
        const int difficulty = match_of(g).question().difficulty;
        answer_all(g, pads, [&](int seat) { return right(i, seat); });
        REQUIRE(g.until("party-reveal"));
        for (const play::Seat& s : match_of(g).seats().all()) {
            if (s.connected)
                tally[static_cast<std::size_t>(s.id)].add(difficulty, right(i, s.id));
        }
        g.press(SDL_SCANCODE_RETURN);
        if (i + 1 < count) {
            REQUIRE(g.until("party-scores"));
            g.press(SDL_SCANCODE_RETURN);
        }
    }
    REQUIRE(g.until("party-summary"));
    return tally;
}

// Every stored answer, as CSV rows (the teachers' export).
std::vector<std::vector<std::string>> stored_answers(Game& g) {
    std::ostringstream csv;
    g.app->scores().export_answers_csv(csv);
    auto rows = test::parse_csv(csv.str());
    rows.erase(rows.begin());
    return rows;
}

}  // namespace

TEST_CASE("party end to end: two keyboard zones and two gamepads, everyone answers") {
    SDL_SetHint(SDL_HINT_JOYSTICK_ALLOW_BACKGROUND_EVENTS, "1");
    TempDir data;
    Game g(data, true);
    REQUIRE(g.until("party-lobby"));
    g.press(SDL_SCANCODE_3);  // any key of zone 1-4
    g.press(SDL_SCANCODE_Q);
    VirtualPad one(g);
    VirtualPad two(g);
    one.press(SDL_CONTROLLER_BUTTON_A);
    two.press(SDL_CONTROLLER_BUTTON_A);
    REQUIRE(match_of(g).seats().size() == 4);
    CHECK(match_of(g).seats().at(0).name == "Ana");
    CHECK(match_of(g).seats().at(2).binding == play::Binding::gamepad(one.id()));
    two.press(SDL_CONTROLLER_BUTTON_START);  // Start on a pad begins the game
    std::vector<VirtualPad*> pads{&one, &two};
    const auto tally = play_out(
        g, pads, [](int q, int seat) { return (q + seat) % 3 != 0; }, std::vector<Tally>(4));

    const auto rows = g.app->scores().top_scores({store::GameMode::party, std::nullopt, 10});
    REQUIRE(rows.size() == 4);
    for (const store::ScoreRow& row : rows) {
        const auto seat = match_of(g).seats().find_name(row.player);
        REQUIRE(seat.has_value());
        CAPTURE(row.player);
        CHECK(row.score == tally[static_cast<std::size_t>(*seat)].score);
        CHECK(row.correct == tally[static_cast<std::size_t>(*seat)].correct);
        CHECK(row.answered == 10);
    }
    const auto answers = stored_answers(g);
    CHECK(answers.size() == 40);
    int right = 0;
    for (const auto& a : answers) {
        CHECK(a[2] == "party");
        right += a[10] == "yes" ? 1 : 0;
    }
    int expected_right = 0;
    for (const Tally& t : tally)
        expected_right += t.correct;
    CHECK(right == expected_right);
    CHECK(g.app->scores().top_scores({store::GameMode::solo, std::nullopt, 10}).empty());
}

namespace {

struct BuzzRun {
    std::string question;
    int tie_winner = -1;
    std::vector<play::EventKind> kinds;
};

// A buzz-in question: Ana starts too soon, Ben and Cai buzz in the same millisecond, the
// coin's winner answers wrong, the other takes the rebound and answers right.
BuzzRun buzz_scenario() {
    TempDir data;
    Game g(data.path(), true, true, {{"party_mode", "buzz"}});
    REQUIRE(g.until("party-lobby"));
    g.press(SDL_SCANCODE_1);
    g.press(SDL_SCANCODE_W);
    g.press(SDL_SCANCODE_I);
    g.press(SDL_SCANCODE_RETURN);
    REQUIRE(g.until("party-question"));
    g.settle();
    const play::Match& m = match_of(g);
    REQUIRE(m.shown());
    const std::uint32_t open = *m.buzz().open_at;
    BuzzRun run;
    run.question = m.question().id;
    g.add_key(SDL_SCANCODE_2, open - 1500);  // Ana: a false start
    g.settle();
    CHECK(m.buzz().false_starts == std::vector<int>{0});
    while (SDL_GetTicks() <= open + 20)
        g.app->step(5);
    // Ben and Cai in the same event pump, stamped alike: a tie.
    const std::uint32_t at = SDL_GetTicks();
    g.add_key(SDL_SCANCODE_Q, at);
    g.add_key(SDL_SCANCODE_U, at);
    g.settle();
    REQUIRE(m.buzz().answering.has_value());
    CHECK(m.buzz().tied == std::vector<int>{1, 2});
    run.tie_winner = *m.buzz().answering;
    const int other = run.tie_winner == 1 ? 2 : 1;
    const core::Question q = m.question();
    const SDL_Scancode* keys_w = kZones[run.tie_winner];
    const SDL_Scancode* keys_o = kZones[other];
    auto answer = [&](const SDL_Scancode* keys, bool right) {
        if (q.type == core::QuestionType::ordering) {
            std::vector<int> order = q.order;
            if (!right)
                std::swap(order[0], order[1]);
            for (const int k : order)
                g.press(keys[k]);
        } else {
            const int n = static_cast<int>(q.choices.size());
            g.press(keys[right ? q.answer : (q.answer + 1) % n]);
        }
    };
    answer(keys_w, false);
    CHECK(m.buzz().locked_out == std::vector<int>{run.tie_winner});
    g.press(keys_o[0]);  // the rebound: buzz...
    CHECK(m.buzz().answering == other);
    answer(keys_o, true);  // ...and answer
    REQUIRE(g.until("party-reveal"));
    const play::Match& after = match_of(g);
    CHECK(after.outcome(other)->correct);
    CHECK_FALSE(after.outcome(run.tie_winner)->correct);
    CHECK(after.outcome(0) == nullptr);  // Ana never got to answer
    CHECK(after.session().participants()[static_cast<std::size_t>(other)].score ==
          q.difficulty * 100);
    for (const auto& e : after.events())
        run.kinds.push_back(e.kind);
    return run;
}

}  // namespace

TEST_CASE("party end to end: buzz in with a false start, a same-millisecond tie and a rebound") {
    const BuzzRun first = buzz_scenario();
    const BuzzRun second = buzz_scenario();
    // The same seed: the same question and the same coin toss.
    CHECK(first.question == second.question);
    CHECK(first.tie_winner == second.tie_winner);
    CHECK(first.kinds == second.kinds);
    const std::vector<play::EventKind> expected_tail{
        play::EventKind::false_start,   play::EventKind::buzzers_open,
        play::EventKind::buzz_won,      play::EventKind::tie,
        play::EventKind::answer_locked, play::EventKind::locked_out,
        play::EventKind::buzzers_open,  play::EventKind::buzz_won,
        play::EventKind::answer_locked, play::EventKind::reveal};
    std::vector<play::EventKind> tail = first.kinds;
    tail.erase(tail.begin(), std::find(tail.begin(), tail.end(), play::EventKind::false_start));
    while (!tail.empty() && tail.back() != play::EventKind::reveal)
        tail.pop_back();
    CHECK(tail == expected_tail);
}

TEST_CASE("party end to end: a gamepad unplugged mid-round and plugged back keeps its points") {
    SDL_SetHint(SDL_HINT_JOYSTICK_ALLOW_BACKGROUND_EVENTS, "1");
    TempDir data;
    Game g(data, true);
    REQUIRE(g.until("party-lobby"));
    g.press(SDL_SCANCODE_1);
    auto pad = std::make_unique<VirtualPad>(g);
    pad->press(SDL_CONTROLLER_BUTTON_A);
    g.press(SDL_SCANCODE_RETURN);
    std::vector<VirtualPad*> pads{pad.get()};
    REQUIRE(g.until("party-question"));
    answer_all(g, pads, [](int) { return true; });
    REQUIRE(g.until("party-reveal"));
    const int points = match_of(g).session().participants()[1].score;
    CHECK(points > 0);
    g.press(SDL_SCANCODE_RETURN);
    REQUIRE(g.until("party-scores"));
    g.press(SDL_SCANCODE_RETURN);
    REQUIRE(g.until("party-question"));

    pad.reset();  // unplugged
    auto* view = dynamic_cast<screens::PartyView*>(g.app->top());
    REQUIRE(view != nullptr);
    CHECK(view->waiting_for() == std::vector<int>{1});
    CHECK(match_of(g).paused());
    CHECK(view->waiting_message() ==
          "Player 1's controller disconnected \u2014 reconnect it or press Enter to go on "
          "without them");
    VirtualPad again(g);  // plugged back: a new instance id
    CHECK(view->waiting_for().empty());
    CHECK_FALSE(match_of(g).paused());
    CHECK(match_of(g).seats().at(1).binding == play::Binding::gamepad(again.id()));
    CHECK(match_of(g).session().participants()[1].score == points);
    pads = {&again};
    answer_all(g, pads, [](int) { return true; });
    REQUIRE(g.until("party-reveal"));
    CHECK(match_of(g).outcome(1)->correct);
    CHECK(match_of(g).session().participants()[1].score > points);
}

TEST_CASE("party end to end: eight players, four zones and four gamepads, a whole game") {
    SDL_SetHint(SDL_HINT_JOYSTICK_ALLOW_BACKGROUND_EVENTS, "1");
    TempDir data;
    Game g(data, true);
    REQUIRE(g.until("party-lobby"));
    for (const auto& zone : kZones)
        g.press(zone[0]);
    std::vector<std::unique_ptr<VirtualPad>> owned;
    std::vector<VirtualPad*> pads;
    for (int i = 0; i < 4; ++i) {
        owned.push_back(std::make_unique<VirtualPad>(g));
        pads.push_back(owned.back().get());
        owned.back()->press(SDL_CONTROLLER_BUTTON_A);
    }
    REQUIRE(match_of(g).seats().size() == 8);
    // A ninth pad is told the game is full.
    VirtualPad ninth(g);
    ninth.press(SDL_CONTROLLER_BUTTON_A);
    CHECK(match_of(g).seats().size() == 8);
    CHECK(dynamic_cast<screens::PartyLobbyScreen&>(*g.app->top()).message() ==
          "The game is full: 8 players at most.");
    g.press(SDL_SCANCODE_RETURN);
    const auto tally = play_out(
        g, pads, [](int q, int seat) { return (q * 3 + seat) % 4 != 0; }, std::vector<Tally>(8));
    const auto rows = g.app->scores().top_scores({store::GameMode::party, std::nullopt, 10});
    REQUIRE(rows.size() == 8);
    for (const store::ScoreRow& row : rows) {
        const auto seat = match_of(g).seats().find_name(row.player);
        REQUIRE(seat.has_value());
        CHECK(row.score == tally[static_cast<std::size_t>(*seat)].score);
    }
    CHECK(stored_answers(g).size() == 80);
}

TEST_CASE("party end to end: a gamepad whose sticks never rest is told about, and ignored") {
    SDL_SetHint(SDL_HINT_JOYSTICK_ALLOW_BACKGROUND_EVENTS, "1");
    TempDir data;
    Game g(data, true);
    REQUIRE(g.until("party-lobby"));
    VirtualPad pad(g, "Noisy pad");
    core::Rng rng(5);
    for (int i = 0; i < 260; ++i) {
        pad.axis(static_cast<SDL_GameControllerAxis>(rng.below(SDL_CONTROLLER_AXIS_MAX)),
                 static_cast<Sint16>(static_cast<int>(rng.below(65536)) - 32768));
        SDL_PumpEvents();  // one event per change; the game reads them all at its next turn
    }
    g.settle();
    const auto& lobby = dynamic_cast<screens::PartyLobbyScreen&>(*g.app->top());
    CHECK(lobby.message() ==
          "Noisy pad sends stick movements on its own: filmquiz uses only its buttons.");
    CHECK(lobby.match().seats().size() == 0);
    CHECK(g.top() == "party-lobby");
}
