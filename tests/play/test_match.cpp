// The match's rules as tables: a sequence of commands, each applied or refused with its
// exact reason, then the state it leaves. Every refused command must change nothing.
#include <algorithm>
#include <sstream>

#include <doctest/doctest.h>

#include "play/match.hpp"

using namespace filmquiz;
using play::EventKind;
using play::kHost;
using play::Mode;
using play::Phase;
using play::What;

namespace {

// Three multiple-choice questions of difficulty 1 (100 points), right answers 0, 1, 2.
core::Round three_questions(std::uint64_t seed = 7) {
    core::Round round;
    round.seed = seed;
    for (int i = 0; i < 3; ++i) {
        core::Question q;
        q.id = "test.q" + std::to_string(i);
        q.type = core::QuestionType::multiple_choice;
        q.choices = {"a", "b", "c", "d"};
        q.answer = i;
        q.difficulty = 1;
        round.questions.push_back(q);
    }
    return round;
}

const char* const kNames[] = {"Ana", "Ben", "Cai", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy"};

// One step of a table: a command, and the reason it is refused ("" when it applies).
struct Step {
    What what;
    int seat = kHost;
    std::uint32_t at = 0;
    int choice = -1;  // answer: the option; join: the index of the name in kNames
    std::string refused;
    std::uint32_t update_to = 0;  // when not 0: update(update_to) after the command
};

Step join(int name, std::string refused = "") {
    return {What::join, kHost, 0, name, std::move(refused)};
}
Step answer(int seat, int choice, std::uint32_t at, std::string refused = "") {
    return {What::answer, seat, at, choice, std::move(refused)};
}
Step buzz(int seat, std::uint32_t at, std::string refused = "") {
    return {What::buzz, seat, at, -1, std::move(refused)};
}
Step cmd(What what, std::uint32_t at = 0, int seat = kHost, std::string refused = "") {
    return {what, seat, at, -1, std::move(refused)};
}
Step wait_until(std::uint32_t now) {
    Step s{What::next, kHost, now, -1, "", now};
    s.what = What::show;  // marker: see run(); no command, only update()
    s.seat = -2;
    return s;
}

// Everything a view could see, as text: two states that print alike are alike.
std::string fingerprint(const play::Match& m) {
    std::ostringstream out;
    out << to_string(m.phase()) << ' ' << m.session().index() << ' ' << m.shown() << ' '
        << m.paused() << ' ' << m.next_seq() << ' ' << m.session().outcomes().size() << ' '
        << m.duration_ms() << ' ' << m.asked() << '|';
    for (const auto& p : m.session().participants())
        out << p.name << ':' << p.score << ':' << p.streak << ':' << p.answered << ' ';
    out << '|';
    for (const auto& s : m.seats().all())
        out << s.id << s.name << s.present << s.connected << s.binding.id << ' ';
    const auto& b = m.buzz();
    out << '|' << b.answering.value_or(-1) << ' ' << b.answer_until << ' ' << b.locked_out.size()
        << ' ' << b.false_starts.size() << ' ' << b.tied.size();
    return out.str();
}

play::Match run(Mode mode, int timer, std::vector<Step> steps, std::uint64_t seed = 7) {
    play::Rules rules;
    rules.mode = mode;
    rules.play.timer_seconds = timer;
    rules.play.speed_bonus = true;
    play::Match m(rules, three_questions(seed));
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Step& s = steps[i];
        CAPTURE(i);
        if (s.seat == -2) {
            m.update(s.update_to);
            continue;
        }
        play::Command c;
        c.what = s.what;
        c.seat = s.seat;
        c.at_ms = s.at;
        if (s.what == What::join) {
            c.name = kNames[s.choice];
            c.binding = play::Binding::zone(s.choice);
        } else if (s.what == What::reconnect) {
            c.binding = play::Binding::gamepad(100 + s.seat);
        } else {
            c.answer.choice = s.choice;
        }
        // A buzz first lets the deadlines up to its own time pass (see Match::buzz).
        if (s.what == What::buzz)
            m.update(s.at);
        const std::string before = fingerprint(m);
        const play::Verdict v = m.apply(c);
        CHECK(v.reason == s.refused);
        CHECK(v.ok == s.refused.empty());
        if (!v.ok)
            CHECK(fingerprint(m) == before);  // refused: nothing changed
    }
    return m;
}

std::vector<int> scores(const play::Match& m) {
    std::vector<int> out;
    for (const auto& p : m.session().participants())
        out.push_back(p.score);
    return out;
}

std::vector<EventKind> kinds(const play::Match& m) {
    std::vector<EventKind> out;
    for (const auto& e : m.events())
        out.push_back(e.kind);
    return out;
}

}  // namespace

TEST_CASE("match: one seat plays a whole solo round, the record of it is exact") {
    const play::Match m =
        run(Mode::solo, 0,
            {join(0), cmd(What::start), cmd(What::show, 0), answer(0, 0, 500), cmd(What::next, 600),
             cmd(What::show, 700), answer(0, 3, 900), cmd(What::next, 1000), cmd(What::show, 1100),
             answer(0, 2, 1300), cmd(What::next, 1400)});
    CHECK(m.phase() == Phase::summary);
    CHECK(scores(m) == std::vector<int>{200});  // 100, nothing, 100 (no streak bonus)
    CHECK(m.asked() == 3);
    CHECK(m.duration_ms() == 500 + 200 + 200);
    CHECK(kinds(m) == std::vector<EventKind>{
                          EventKind::joined, EventKind::started, EventKind::question,
                          EventKind::shown, EventKind::answer_locked, EventKind::reveal,
                          EventKind::question, EventKind::shown, EventKind::answer_locked,
                          EventKind::reveal, EventKind::question, EventKind::shown,
                          EventKind::answer_locked, EventKind::reveal, EventKind::game_over});
}

TEST_CASE("match: everyone answers, the reveal comes when all are locked in") {
    const play::Match m = run(Mode::everyone, 0,
                              {join(0), join(1), cmd(What::start), cmd(What::show, 0),
                               answer(0, 0, 100), answer(0, 1, 150, "Ana has already answered")});
    CHECK(m.phase() == Phase::question);  // Ben has not answered
    CHECK(m.locked_in(0));
    CHECK_FALSE(m.locked_in(1));

    const play::Match done = run(Mode::everyone, 0,
                                 {join(0), join(1), cmd(What::start), cmd(What::show, 0),
                                  answer(1, 2, 100), answer(0, 0, 200)});
    CHECK(done.phase() == Phase::reveal);
    CHECK(scores(done) == std::vector<int>{100, 0});
    // Ana overtook nobody (both were level at 0 before); Ben fell to second.
    CHECK(done.standings()[0].seat == 0);
    CHECK(done.standings()[1].rank == 2);
    CHECK(done.events().back().kind == EventKind::rank_changed);
    CHECK(done.events().back().seat == 1);
    CHECK(done.events().back().from == 1);
    CHECK(done.events().back().to == 2);
}

TEST_CASE("match: everyone answers, time up closes the question for those who did not") {
    const play::Match m =
        run(Mode::everyone, 10,
            {join(0), join(1), cmd(What::start), cmd(What::show, 1000), answer(0, 0, 2000),
             wait_until(10999), answer(1, 0, 11000, "too late: time is up"), wait_until(11000),
             answer(1, 0, 11000, "not now: no question is open")});
    CHECK(m.phase() == Phase::reveal);
    // Ana: 100 and a speed bonus for 9 s of 10 left; Ben: timed out.
    CHECK(scores(m) == std::vector<int>{190, 0});
    REQUIRE(m.outcome(1) != nullptr);
    CHECK(m.outcome(1)->given.timed_out);
    CHECK(m.duration_ms() == 10000);
}

TEST_CASE("match: eight seats, the ninth is refused, the reveal waits for the eighth answer") {
    std::vector<Step> steps;
    for (int i = 0; i < 8; ++i)
        steps.push_back(join(i));
    steps.push_back(join(8, "the game is full: 8 players at most"));
    steps.push_back(cmd(What::start));
    steps.push_back(cmd(What::show, 0));
    for (int i = 0; i < 7; ++i)
        steps.push_back(answer(i, i % 2 == 0 ? 0 : 1, 100 + static_cast<std::uint32_t>(i)));
    const play::Match waiting = run(Mode::everyone, 0, steps);
    CHECK(waiting.phase() == Phase::question);
    steps.push_back(answer(7, 0, 300));
    const play::Match m = run(Mode::everyone, 0, steps);
    CHECK(m.phase() == Phase::reveal);
    CHECK(scores(m) == std::vector<int>{100, 0, 100, 0, 100, 0, 100, 100});
    CHECK(m.seats().size() == 8);
}

TEST_CASE("match: buzz in: the first buzz answers alone and wins") {
    const play::Match m =
        run(Mode::buzz, 0,
            {join(0), join(1), cmd(What::start), cmd(What::show, 0), wait_until(2000),
             buzz(1, 2500), answer(0, 0, 2600, "only Ben may answer now"),
             buzz(0, 2600, "Ben is answering"), answer(1, 0, 2700)});
    CHECK(m.phase() == Phase::reveal);
    CHECK(scores(m) == std::vector<int>{0, 100});
    CHECK(m.locked_in(1));
    CHECK_FALSE(m.locked_in(0));  // Ana never buzzed: no answer of hers is recorded
    const auto k = kinds(m);
    CHECK(std::count(k.begin(), k.end(), EventKind::buzzers_open) == 1);
    CHECK(std::count(k.begin(), k.end(), EventKind::buzz_won) == 1);
}

TEST_CASE("match: buzz in: a wrong answer locks the player out and the question rebounds") {
    const play::Match m =
        run(Mode::buzz, 0,
            {join(0), join(1), join(2), cmd(What::start), cmd(What::show, 0), buzz(0, 2100),
             answer(0, 3, 2200), buzz(0, 2300, "Ana is locked out of this question"), buzz(2, 2400),
             wait_until(8400), buzz(1, 8401)});
    // Cai let the answer window (6 s) run out: locked out too; Ben took the rebound.
    CHECK(m.phase() == Phase::question);
    CHECK(m.buzz().answering == 1);
    CHECK(m.buzz().locked_out == std::vector<int>{0, 2});
    const auto k = kinds(m);
    CHECK(std::count(k.begin(), k.end(), EventKind::locked_out) == 2);
    CHECK(std::count(k.begin(), k.end(), EventKind::buzzers_open) == 3);

    // Nobody right: the answer is shown.
    const play::Match none =
        run(Mode::buzz, 0,
            {join(0), join(1), cmd(What::start), cmd(What::show, 0), buzz(0, 2100),
             answer(0, 3, 2200), buzz(1, 2300), answer(1, 2, 2400)});
    CHECK(none.phase() == Phase::reveal);
    CHECK(scores(none) == std::vector<int>{0, 0});
}

TEST_CASE("match: buzz in: a buzz while the question is read is a false start") {
    const play::Match m = run(Mode::buzz, 0,
                              {join(0), join(1), cmd(What::start), cmd(What::show, 0),
                               buzz(0, 1000), buzz(0, 1500, "Ana is waiting out a false start"),
                               buzz(1, 3000), buzz(0, 3999, "Ana is waiting out a false start")});
    CHECK(m.buzz().false_starts == std::vector<int>{0});
    CHECK(m.buzz().answering == 1);
    const auto k = kinds(m);
    CHECK(std::count(k.begin(), k.end(), EventKind::false_start) == 1);
    // After the penalty the false starter may buzz again.
    const play::Match later =
        run(Mode::buzz, 0,
            {join(0), join(1), cmd(What::start), cmd(What::show, 0), buzz(0, 1000), buzz(0, 4000)});
    CHECK(later.buzz().answering == 0);
}

TEST_CASE("match: buzzes in the same millisecond tie, and the seed's coin decides") {
    const play::Match first = run(Mode::buzz, 0,
                                  {join(0), join(1), join(2), cmd(What::start), cmd(What::show, 0),
                                   buzz(2, 2500), buzz(0, 2500)},
                                  11);
    REQUIRE(first.buzz().answering.has_value());
    const int winner = *first.buzz().answering;
    CHECK((winner == 0 || winner == 2));
    CHECK(first.buzz().tied == std::vector<int>{0, 2});
    CHECK(first.events().back().kind == EventKind::tie);
    CHECK(first.events().back().seat == winner);
    CHECK(first.events().back().seats == std::vector<int>{0, 2});
    // The same seed always gives the same winner; over many seeds both sides win.
    const play::Match again = run(Mode::buzz, 0,
                                  {join(0), join(1), join(2), cmd(What::start), cmd(What::show, 0),
                                   buzz(2, 2500), buzz(0, 2500)},
                                  11);
    CHECK(again.buzz().answering == winner);
    int ana = 0;
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        play::Rules rules;
        rules.mode = Mode::buzz;
        rules.play.timer_seconds = 0;
        play::Match m(rules, three_questions(seed));
        for (int i = 0; i < 3; ++i)
            m.apply({What::join, kHost, 0, {}, kNames[i], play::Binding::zone(i), -1});
        m.apply({What::start, kHost, 0, {}, {}, {}, -1});
        m.apply({What::show, kHost, 0, {}, {}, {}, -1});
        m.apply({What::buzz, 2, 2500, {}, {}, {}, -1});
        m.apply({What::buzz, 0, 2500, {}, {}, {}, -1});
        if (m.buzz().answering == 0)
            ++ana;
    }
    CHECK(ana > 70);
    CHECK(ana < 130);
}

TEST_CASE("match: a seat leaves and comes back with its points") {
    const play::Match m = run(
        Mode::everyone, 0,
        {join(0), join(1), cmd(What::start), cmd(What::show, 0), answer(0, 0, 100),
         answer(1, 0, 200), cmd(What::next, 300), cmd(What::leave, 400, 0),
         answer(0, 1, 450, "seat 1 is not in the game"), cmd(What::show, 500), answer(1, 1, 600)});
    // With Ana gone, Ben's answer was the last one awaited.
    CHECK(m.phase() == Phase::reveal);
    CHECK(scores(m) == std::vector<int>{100, 225});
    CHECK_FALSE(m.seats().at(0).present);

    const play::Match back =
        run(Mode::everyone, 0,
            {join(0), join(1), cmd(What::start), cmd(What::show, 0), answer(0, 0, 100),
             answer(1, 0, 200), cmd(What::next, 300), cmd(What::leave, 400, 0),
             cmd(What::reconnect, 450, 0), cmd(What::show, 500), answer(1, 1, 600)});
    // Ana is back on a gamepad, with her 100 points, and the question waits for her.
    CHECK(back.phase() == Phase::question);
    CHECK(back.seats().at(0).present);
    CHECK(back.seats().at(0).binding == play::Binding::gamepad(100));
    CHECK(scores(back) == std::vector<int>{100, 225});
}

TEST_CASE("match: a dropped device, then the game goes on without it or gets it back") {
    const play::Match m =
        run(Mode::everyone, 0,
            {join(0), join(1), cmd(What::start), cmd(What::show, 0), cmd(What::disconnect, 100, 1),
             cmd(What::pause, 100), cmd(What::resume, 900), answer(0, 0, 1000)});
    // Ben's pad is gone and the host chose to go on: Ana's answer ends the question.
    CHECK(m.phase() == Phase::reveal);
    CHECK_FALSE(m.seats().at(1).connected);
    CHECK(m.duration_ms() == 200);  // the pause does not count
}

TEST_CASE("match: every invalid command is refused with its reason and changes nothing") {
    run(Mode::everyone, 10,
        {answer(0, 0, 0, "seat 1 is not in the game"),
         join(0),
         join(0, "Ana is already playing: choose another name"),
         cmd(What::start, 0, kHost, ""),  // one player is enough by default
         cmd(What::start, 0, kHost, "the game has already started"),
         answer(5, 0, 10, "seat 6 is not in the game"),
         answer(0, 7, 10, "no such option: 8"),
         buzz(0, 10, "there is no buzzing in this mode"),
         cmd(What::show, 0),
         cmd(What::show, 0, kHost, "the question is already on screen"),
         cmd(What::next, 20, kHost, "not now: the question is open"),
         cmd(What::pause, 30),
         cmd(What::pause, 30, kHost, "the game is already paused"),
         answer(0, 0, 40, "not now: the game is paused"),
         cmd(What::resume, 50),
         cmd(What::resume, 50, kHost, "the game is not paused"),
         answer(0, 0, 10020, "too late: time is up"),
         answer(0, 0, 100),
         answer(0, 0, 200, "not now: no question is open"),
         cmd(What::next, 300),
         cmd(What::skip, 400),
         cmd(What::end, 500),
         cmd(What::next, 600, kHost, "the game is over"),
         cmd(What::end, 600, kHost, "the game is over"),
         cmd(What::pause, 600, kHost, "the game is over"),
         join(1, "the game is over")});

    play::Rules rules;
    rules.mode = Mode::buzz;
    rules.min_seats = 2;
    play::Match lobby(rules, three_questions());
    lobby.apply({What::join, kHost, 0, {}, "Ana", play::Binding::zone(0), -1});
    CHECK(lobby.apply({What::start, kHost, 0, {}, {}, {}, -1}).reason ==
          "2 players are needed to start");
    CHECK(lobby.apply({What::join, kHost, 0, {}, "Ben", play::Binding::zone(0), -1}).reason ==
          "that keyboard already has a seat");
    CHECK(lobby.apply({What::join, kHost, 0, {}, "  ", play::Binding::zone(1), -1}).reason ==
          "that name will not do: a name needs at least one character");
    CHECK(lobby.apply({What::next, kHost, 0, {}, {}, {}, -1}).reason ==
          "not now: the game has not started");
    CHECK(lobby.apply({What::end, kHost, 0, {}, {}, {}, -1}).reason ==
          "not now: the game has not started");

    run(Mode::buzz, 0,
        {join(0), join(1), cmd(What::start),
         buzz(0, 0, "not now: the question is not on screen yet"), cmd(What::show, 0),
         answer(0, 0, 2500, "Ana has not buzzed"), buzz(0, 2500),
         buzz(0, 2600, "Ana is already answering"),
         answer(0, 0, 8501, "too late: Ana's time to answer is over")});
}

TEST_CASE("match: skipping and ending early leave no points for the dropped question") {
    const play::Match skipped =
        run(Mode::everyone, 0,
            {join(0), join(1), cmd(What::start), cmd(What::show, 0), answer(0, 0, 100),
             cmd(What::skip, 200), cmd(What::show, 300), answer(0, 1, 400), cmd(What::end, 500)});
    CHECK(skipped.phase() == Phase::summary);
    CHECK(scores(skipped) == std::vector<int>{0, 0});
    CHECK(skipped.session().outcomes().empty());
    CHECK(skipped.asked() == 0);
    CHECK(skipped.skipped(0));
    CHECK(skipped.skipped(1));
    CHECK(skipped.events().back().kind == EventKind::game_over);
}

TEST_CASE("match: a class of phones: up to kMaxPlayers seats when the rules allow them") {
    play::Rules rules;
    rules.mode = Mode::everyone;
    rules.max_seats = 1000;  // clamped to kMaxPlayers
    play::Match m(rules, three_questions());
    CHECK(m.rules().max_seats == play::kMaxPlayers);
    for (int i = 0; i < play::kMaxPlayers; ++i) {
        play::Command c;
        c.what = What::join;
        c.name = "Phone " + std::to_string(i + 1);
        c.binding = play::Binding::phone("t" + std::to_string(i));
        CHECK(m.apply(c).seat == i);
    }
    play::Command extra;
    extra.what = What::join;
    extra.name = "One more";
    extra.binding = play::Binding::phone("extra");
    CHECK(m.apply(extra).reason == "the game is full: 64 players at most");
    // The default stays what one screen shows.
    CHECK(play::Rules{}.max_seats == play::kMaxSeats);
}

TEST_CASE("seats: find_any also finds the seat of a player who left") {
    play::Seats seats;
    REQUIRE(std::get<int>(seats.join("Ana", play::Binding::phone("a"))) == 0);
    REQUIRE(std::get<int>(seats.join("Ben", play::Binding::phone("b"))) == 1);
    seats.leave(1);
    CHECK_FALSE(seats.find(play::Binding::phone("b")).has_value());
    CHECK(seats.find_any(play::Binding::phone("b")) == 1);
    CHECK(seats.find_any(play::Binding::phone("a")) == 0);
    CHECK_FALSE(seats.find_any(play::Binding::phone("c")).has_value());
}

TEST_CASE("match: a host paces the game: timer, closing, reveal when the host says") {
    const play::Match m =
        run(Mode::host, 10,
            {join(0), join(1), cmd(What::start), cmd(What::show, 0),
             answer(0, 0, 100, "wait for the host to start the timer"), cmd(What::start_timer, 500),
             cmd(What::start_timer, 600, kHost, "the timer is already running"), answer(0, 0, 1500),
             answer(1, 1, 2500)});
    // Everyone has answered: no more answers, but the reveal waits for the host.
    CHECK(m.phase() == Phase::question);
    CHECK(m.closed());
    CHECK(kinds(m).back() == EventKind::closed);
    CHECK(scores(m) == std::vector<int>{190, 0});  // 9 s of 10 left when Ana answered

    const play::Match late =
        run(Mode::host, 10,
            {join(0), join(1), cmd(What::start), cmd(What::show, 0), cmd(What::start_timer, 1000),
             answer(0, 0, 2000), wait_until(11000), answer(1, 0, 11000, "too late: time is up"),
             wait_until(30000), cmd(What::next, 31000)});
    // Time up closes the question; only the host's next reveals it.
    CHECK(late.phase() == Phase::reveal);
    REQUIRE(late.outcome(1) != nullptr);
    CHECK(late.outcome(1)->given.timed_out);
    const auto k = kinds(late);
    CHECK(std::count(k.begin(), k.end(), EventKind::closed) == 1);

    // Without a timer there is nothing to start, and the host reveals whenever.
    const play::Match untimed =
        run(Mode::host, 0,
            {join(0), cmd(What::start), cmd(What::show, 0),
             cmd(What::start_timer, 10, kHost, "this quiz has no timer"), cmd(What::next, 50)});
    CHECK(untimed.phase() == Phase::reveal);
    CHECK(untimed.outcome(0)->given.timed_out);  // revealed before Ana answered
    run(Mode::everyone, 10,
        {join(0), cmd(What::start), cmd(What::show, 0),
         cmd(What::start_timer, 10, kHost, "only a host starts the timer")});
}

TEST_CASE("match: a host marks teams that answer on paper, and may change a mark") {
    play::Rules rules;
    rules.mode = Mode::host;
    rules.play.timer_seconds = 0;
    play::Match m(rules, three_questions());
    for (int t = 0; t < 2; ++t) {
        REQUIRE(m.apply({What::join,
                         kHost,
                         0,
                         {},
                         "Team " + std::to_string(t + 1),
                         play::Binding::paper(t),
                         -1}));
    }
    REQUIRE(m.apply({What::join, kHost, 0, {}, "Ana", play::Binding::zone(0), -1}));
    REQUIRE(m.apply({What::start, kHost, 0, {}, {}, {}, -1}));
    REQUIRE(m.apply({What::show, kHost, 0, {}, {}, {}, -1}));
    core::GivenAnswer right;
    right.choice = 1;
    core::GivenAnswer wrong;
    wrong.choice = 0;
    CHECK(m.apply({What::answer, 0, 10, right, {}, {}, -1}).reason ==
          "Team 1 answers on paper: the host marks it at the reveal");
    CHECK(m.apply({What::mark, 0, 20, right, {}, {}, -1}).reason ==
          "answers are marked at the reveal");
    REQUIRE(m.apply({What::answer, 2, 30, core::GivenAnswer{0, {}, "", false}, {}, {}, -1}));
    // Ana's answer alone closes the question: the teams on paper are never waited for.
    CHECK(m.closed());
    REQUIRE(m.apply({What::next, kHost, 40, {}, {}, {}, -1}));
    REQUIRE(m.phase() == Phase::reveal);
    REQUIRE(m.apply({What::mark, 0, 50, right, {}, {}, -1}));
    REQUIRE(m.apply({What::mark, 1, 50, right, {}, {}, -1}));
    REQUIRE(m.apply({What::mark, 1, 60, wrong, {}, {}, -1}));  // the host changes a mark
    CHECK(m.apply({What::mark, 2, 70, right, {}, {}, -1}).reason ==
          "Ana answers on a device, not on paper");
    CHECK(scores(m) == std::vector<int>{100, 0, 100});
    CHECK(m.session().participants()[1].answered == 1);
    CHECK(m.session().participants()[1].streak == 0);
    CHECK(m.outcome(1)->given.text == "marked wrong");
    REQUIRE(m.apply({What::next, kHost, 80, {}, {}, {}, -1}));
    REQUIRE(m.apply({What::show, kHost, 90, {}, {}, {}, -1}));
    REQUIRE(m.apply({What::next, kHost, 100, {}, {}, {}, -1}));
    REQUIRE(m.apply({What::mark, 0, 110, right, {}, {}, -1}));
    CHECK(scores(m) == std::vector<int>{225, 0, 100});  // a streak on paper counts too
    play::Rules party;
    play::Match p(party, three_questions());
    CHECK(p.apply({What::mark, 0, 0, right, {}, {}, -1}).reason == "only a host marks answers");
}

TEST_CASE("match: a host's chart counts each option chosen on a device, and nothing else") {
    // Five players on keys; Dee and Eli do not answer in time.
    const play::Match m =
        run(Mode::host, 10,
            {join(0), join(1), join(2), join(3), join(4), cmd(What::start), cmd(What::show, 0),
             cmd(What::start_timer, 0), answer(0, 0, 1000), answer(1, 2, 1100), answer(2, 0, 1200),
             wait_until(20000), cmd(What::next, 20500)});
    REQUIRE(m.phase() == Phase::reveal);
    CHECK(m.distribution() == std::vector<int>{2, 0, 1, 0});
    CHECK(m.outcome(3)->given.timed_out);  // out of time: not counted
    CHECK(m.outcome(4)->given.timed_out);

    play::Rules rules;
    rules.mode = Mode::host;
    play::Match paper(rules, three_questions());
    CHECK(paper.distribution().empty());  // the lobby has no question
    REQUIRE(paper.apply({What::join, kHost, 0, {}, "Team 1", play::Binding::paper(0), -1}));
    REQUIRE(paper.apply({What::start, kHost, 0, {}, {}, {}, -1}));
    REQUIRE(paper.apply({What::next, kHost, 10, {}, {}, {}, -1}));
    core::GivenAnswer right;
    right.choice = 1;
    REQUIRE(paper.apply({What::mark, 0, 20, right, {}, {}, -1}));
    CHECK(paper.distribution() == std::vector<int>{0, 0, 0, 0});  // marked on paper: no choice
}
