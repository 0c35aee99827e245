#include <doctest/doctest.h>

#include "core/round_session.hpp"
#include "core/scoring.hpp"

using namespace filmquiz::core;

TEST_CASE("scoring: base by difficulty, speed from time left, capped streak") {
    struct Case {
        AnswerFacts facts;
        int base, speed, streak;
    };
    const Case cases[] = {
        // correct, difficulty, timer, elapsed, speed bonus on, streak before
        {{false, 3, 20000, 1000, true, 5}, 0, 0, 0},     // wrong: nothing
        {{true, 1, 20000, 0, true, 0}, 100, 100, 0},     // instant: full speed bonus
        {{true, 2, 20000, 10000, true, 0}, 200, 50, 0},  // half the time left
        {{true, 3, 20000, 20000, true, 0}, 300, 0, 0},   // at the buzzer
        {{true, 1, 20000, 25000, true, 0}, 100, 0, 0},   // late events never go negative
        {{true, 1, 30000, 7000, true, 0}, 100, 75, 0},   // 76.6 rounds down to 75
        {{true, 2, 0, 4000, true, 0}, 200, 0, 0},        // no timer: no speed bonus
        {{true, 2, 20000, 0, false, 0}, 200, 0, 0},      // bonus switched off
        {{true, 1, 20000, 20000, true, 1}, 100, 0, 25},  // second in a row
        {{true, 1, 20000, 20000, true, 3}, 100, 0, 75},
        {{true, 1, 20000, 20000, true, 4}, 100, 0, 100},  // cap
        {{true, 1, 20000, 20000, true, 12}, 100, 0, 100},
        {{true, 9, 20000, 20000, true, 0}, 300, 0, 0},  // difficulty clamped
    };
    for (const Case& c : cases) {
        CAPTURE(c.facts.difficulty);
        CAPTURE(c.facts.elapsed_ms);
        const Points p = score_answer(c.facts);
        CHECK(p.base == c.base);
        CHECK(p.speed == c.speed);
        CHECK(p.streak == c.streak);
        CHECK(p.total() == c.base + c.speed + c.streak);
    }
}

TEST_CASE("the countdown runs on the time it is given and pauses") {
    Countdown c(20000, 1000);
    CHECK(c.limited());
    CHECK(c.remaining_ms(1000) == 20000);
    CHECK(c.seconds_left(1000) == 20);
    CHECK(c.remaining_ms(6000) == 15000);
    CHECK(c.seconds_left(6001) == 15);
    c.pause(6000);
    CHECK(c.remaining_ms(60000) == 15000);  // time stands still while paused
    c.resume(60000);
    CHECK(c.remaining_ms(61000) == 14000);
    CHECK_FALSE(c.expired(74999));
    CHECK(c.expired(75000));
    CHECK(c.remaining_ms(90000) == 0);
    CHECK(c.elapsed_ms(500) == 0);  // before the start
    Countdown none(0, 0);
    CHECK_FALSE(none.limited());
    CHECK_FALSE(none.expired(1000000));
}

namespace {

Question mc(int answer, int difficulty) {
    Question q;
    q.id = "q" + std::to_string(answer);
    q.type = QuestionType::multiple_choice;
    q.choices = {"A", "B", "C", "D"};
    q.answer = answer;
    q.difficulty = difficulty;
    return q;
}

}  // namespace

TEST_CASE("a round session scores answers at the time of their input event") {
    Round round;
    round.questions = {mc(0, 1), mc(1, 2), mc(2, 3)};
    Question typed;
    typed.type = QuestionType::type_in;
    typed.accept = {"Toni Collette", "Collette"};
    typed.difficulty = 2;
    round.questions.push_back(typed);
    Question order;
    order.type = QuestionType::ordering;
    order.choices = {"x", "y", "z"};
    order.order = {2, 0, 1};
    order.difficulty = 1;
    round.questions.push_back(order);

    RoundSession s(round, {20, true}, {"Ana"});
    s.start_question(10000);
    // Right, at once: 100 base + 100 speed.
    auto o = s.answer(0, GivenAnswer{0, {}, "", false}, 10000);
    REQUIRE(o);
    CHECK(o->correct);
    CHECK(o->points.total() == 200);
    CHECK_FALSE(s.answer(0, GivenAnswer{1, {}, "", false}, 10001));  // once per question
    CHECK(s.advance());

    // Right after 5 s: 200 + 75 + streak 25.
    s.start_question(20000);
    o = s.answer(0, GivenAnswer{1, {}, "", false}, 25000);
    CHECK(o->points.base == 200);
    CHECK(o->points.speed == 75);
    CHECK(o->points.streak == 25);
    CHECK(s.advance());

    // Time runs out: nothing, streak reset.
    s.start_question(30000);
    const auto timed_out = s.time_up(50000);
    REQUIRE(timed_out.size() == 1);
    CHECK_FALSE(timed_out[0].correct);
    CHECK(timed_out[0].given.timed_out);
    CHECK(timed_out[0].points.total() == 0);
    CHECK(s.participants()[0].streak == 0);
    CHECK(s.advance());

    // Typed, with a slip: accepted.
    s.start_question(60000);
    o = s.answer(0, GivenAnswer{-1, {}, "toni colette", false}, 79000);
    CHECK(o->correct);
    CHECK(o->points.speed == 5);
    CHECK(o->given.describe(s.current()) == "toni colette");
    CHECK(s.advance());

    // Order: exact or nothing; an answer stamped after the limit is too late.
    s.start_question(90000);
    o = s.answer(0, GivenAnswer{-1, {2, 0, 1}, "", false}, 110001);
    CHECK_FALSE(o->correct);
    CHECK(o->given.timed_out);
    CHECK_FALSE(s.advance());
    CHECK(s.finished());

    const Participant& ana = s.participants()[0];
    CHECK(ana.score == 200 + 300 + 0 + 205 + 0);
    CHECK(ana.correct == 3);
    CHECK(ana.answered == 5);
    CHECK(ana.best_streak == 2);
    CHECK(s.outcomes().size() == 5);
}

TEST_CASE("a session has N participants from the start") {
    Round round;
    round.questions = {mc(3, 1)};
    RoundSession s(round, {0, true}, {"Ana", "Ben", "Cai"});
    s.start_question(0);
    CHECK(s.answer(1, GivenAnswer{3, {}, "", false}, 700));
    CHECK_FALSE(s.all_answered());
    CHECK(s.answer(0, GivenAnswer{2, {}, "", false}, 900));
    const auto late = s.time_up(5000);
    REQUIRE(late.size() == 1);
    CHECK(late[0].participant == 2);
    CHECK(s.all_answered());
    CHECK(s.participants()[1].score == 100);  // no timer: no speed bonus
    CHECK(s.participants()[0].score == 0);
    CHECK_FALSE(s.answer(7, GivenAnswer{3, {}, "", false}, 1000));
}

TEST_CASE("round session: dropping a question that was never shown keeps earlier points") {
    Round round;
    round.questions = {mc(0, 1), mc(1, 1)};
    RoundSession s(round, {0, true}, {"Ana"});
    s.start_question(0);
    REQUIRE(s.answer(0, GivenAnswer{0, {}, "", false}, 100));
    REQUIRE(s.advance());
    // The host ends the game before question 2 is on screen: question 1's 100 stay.
    s.discard_current();
    CHECK(s.participants()[0].score == 100);
    CHECK(s.participants()[0].answered == 1);
}

TEST_CASE("an answer in words: the option, the events in the order given, what was typed") {
    Question mc;
    mc.type = QuestionType::multiple_choice;
    mc.choices = {"Kit", "Jago", "Ace", "Ben"};
    mc.answer = 2;
    GivenAnswer pick;
    pick.choice = 1;
    CHECK(pick.as_text(mc) == "Jago");
    Question order;
    order.type = QuestionType::ordering;
    order.choices = {"Milly marries Kit", "Milly meets Jess", "Jess marries Jago"};
    order.order = {1, 0, 2};
    GivenAnswer given;
    given.order = {0, 1, 2};
    CHECK(given.describe(order) == "ABC");
    CHECK(given.as_text(order) == "Milly marries Kit -> Milly meets Jess -> Jess marries Jago");
    Question typed;
    typed.type = QuestionType::type_in;
    typed.accept = {"Kodaline"};
    GivenAnswer text;
    text.text = "Kodalien";
    CHECK(text.as_text(typed) == "Kodalien");
    GivenAnswer late;
    late.timed_out = true;
    CHECK(late.as_text(mc).empty());
}
