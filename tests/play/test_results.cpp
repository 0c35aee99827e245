// What a finished match leaves for the store: the game, every seat and every answer.
#include <doctest/doctest.h>

#include "play/results.hpp"

using namespace filmquiz;
using play::kHost;
using play::What;

namespace {

core::Round two_questions() {
    core::Round round;
    round.seed = 99;
    for (int i = 0; i < 2; ++i) {
        core::Question q;
        q.id = "test.q" + std::to_string(i);
        q.family = i == 0 ? core::Family::cast : core::Family::plot;
        q.type = core::QuestionType::multiple_choice;
        q.choices = {"Milly", "Jess", "Kit", "Jago"};
        q.answer = i;
        q.difficulty = 2;
        round.questions.push_back(q);
    }
    return round;
}

play::Command command(What what, int seat, std::uint32_t at, int choice = -1) {
    play::Command c;
    c.what = what;
    c.seat = seat;
    c.at_ms = at;
    c.answer.choice = choice;
    return c;
}

}  // namespace

TEST_CASE("results: a party game is stored as party, with every seat and every answer") {
    play::Rules rules;
    rules.mode = play::Mode::everyone;
    rules.play.timer_seconds = 0;
    play::Match m(rules, two_questions());
    for (const char* name : {"Ana", "Ben"}) {
        play::Command join = command(What::join, kHost, 0);
        join.name = name;
        join.binding = play::Binding::zone(name[0] == 'A' ? 0 : 1);
        REQUIRE(m.apply(join));
    }
    REQUIRE(m.apply(command(What::start, kHost, 0)));
    REQUIRE(m.apply(command(What::show, kHost, 1000)));
    REQUIRE(m.apply(command(What::answer, 1, 2500, 0)));
    REQUIRE(m.apply(command(What::answer, 0, 3000, 2)));
    REQUIRE(m.apply(command(What::next, kHost, 4000)));
    REQUIRE(m.apply(command(What::show, kHost, 5000)));
    REQUIRE(m.apply(command(What::leave, 0, 5200)));  // Ana leaves; her 0 points stay
    REQUIRE(m.apply(command(What::answer, 1, 6000, 1)));
    REQUIRE(m.apply(command(What::next, kHost, 7000)));

    core::Pack pack;
    pack.id = "miss-you-already";
    pack.version = 3;
    core::RoundSettings settings;
    settings.count = 2;
    settings.families = {core::Family::cast, core::Family::plot};
    settings.spoiler_limit = 12;
    const store::GameRecord g = play::game_record(m, pack, settings);
    CHECK(g.mode == store::GameMode::party);
    CHECK(g.pack_id == "miss-you-already");
    CHECK(g.pack_version == 3);
    CHECK(g.seed == 99);
    CHECK(g.question_count == 2);
    CHECK(g.duration_ms == 2000 + 1000);
    CHECK(g.settings_json ==
          R"({"answer_mode":"everyone","count":2,"families":["cast","plot"],)"
          R"("max_difficulty":3,"speed_bonus":true,"spoiler_limit":12,"timer_seconds":0})");
    REQUIRE(g.participants.size() == 2);
    CHECK(g.participants[0].player == "Ana");
    CHECK(g.participants[0].score == 0);
    CHECK(g.participants[0].answered == 1);
    CHECK(g.participants[1].player == "Ben");
    CHECK(g.participants[1].score == 200 + 225);
    CHECK(g.participants[1].correct == 2);
    CHECK(g.participants[1].best_streak == 2);
    REQUIRE(g.answers.size() == 3);
    CHECK(g.answers[0].player == "Ben");
    CHECK(g.answers[0].given == "Milly");
    CHECK(g.answers[0].time_ms == 1500);
    CHECK(g.answers[0].points == 200);
    CHECK(g.answers[1].player == "Ana");
    CHECK(g.answers[1].given == "Kit");
    CHECK_FALSE(g.answers[1].correct);
    CHECK(g.answers[2].question_id == "test.q1");
    CHECK(g.answers[2].family == "plot");
    CHECK(g.answers[2].points == 225);
}

TEST_CASE("results: a score enters the table below equal scores, never at zero") {
    std::vector<store::ScoreRow> table(3);
    table[0].score = 900;
    table[1].score = 500;
    table[2].score = 500;
    CHECK(play::table_place(table, 600, 10) == std::optional<std::size_t>(1));
    CHECK(play::table_place(table, 500, 10) == std::optional<std::size_t>(3));
    CHECK_FALSE(play::table_place(table, 500, 3).has_value());
    CHECK_FALSE(play::table_place({}, 0, 10).has_value());
    CHECK(play::stored_mode(play::Mode::buzz) == store::GameMode::party);
    CHECK(play::stored_mode(play::Mode::host) == store::GameMode::host);
}
