// What each phone is shown, phase by phase: never the right answer before the reveal, and
// the same option numbers, colours and shapes as the big screen.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "net/phone_view.hpp"
#include "screens/party_look.hpp"

using namespace filmquiz;
using nlohmann::json;

namespace {

core::Round round_of(std::vector<core::Question> questions) {
    core::Round r;
    r.questions = std::move(questions);
    return r;
}

core::Question choice_question() {
    core::Question q;
    q.id = "q.choice";
    q.prompt = "Who plays Milly?";
    q.choices = {"Toni Collette", "Drew Barrymore", "Jacqueline Bisset", "Tyson Ritter"};
    q.answer = 0;
    return q;
}

core::Question ordering_question() {
    core::Question q;
    q.id = "q.order";
    q.type = core::QuestionType::ordering;
    q.prompt = "Put in order";
    q.choices = {"second", "first", "third"};
    q.order = {1, 0, 2};
    return q;
}

core::Question typed_question() {
    core::Question q;
    q.id = "q.typed";
    q.type = core::QuestionType::type_in;
    q.prompt = "Who directed it?";
    q.accept = {"Catherine Hardwicke"};
    return q;
}

play::Verdict send(play::Match& m, play::What what, int seat = play::kHost, int choice = -1,
                   std::uint32_t at = 0) {
    play::Command c;
    c.what = what;
    c.seat = seat;
    c.at_ms = at;
    c.answer.choice = choice;
    return m.apply(c);
}

json view(const play::Match& m, std::optional<int> seat, std::uint32_t now = 0) {
    return json::parse(net::phone_view(m, seat, now).sent);
}

play::Match two_players(std::vector<core::Question> questions, int timer = 20) {
    play::Rules rules;
    rules.mode = play::Mode::everyone;
    rules.play.timer_seconds = timer;
    play::Match m(rules, round_of(std::move(questions)));
    for (const char* name : {"Ana", "Ben"}) {
        play::Command c;
        c.what = play::What::join;
        c.name = name;
        c.binding = play::Binding::phone(name);
        REQUIRE(m.apply(c));
    }
    return m;
}

}  // namespace

TEST_CASE("phone view: the option looks are the big screen's") {
    for (int i = 0; i < 4; ++i) {
        CAPTURE(i);
        const screens::Look& look = screens::option_look(i);
        char hex[8];
        std::snprintf(hex, sizeof hex, "#%02X%02X%02X", look.colour.r, look.colour.g,
                      look.colour.b);
        CHECK(net::option_look(i).colour == hex);
        CHECK(net::option_look(i).shape == look.name);
    }
}

TEST_CASE("phone view: lobby, question without its answer, locked in, reveal, game over") {
    play::Match m = two_players({choice_question(), ordering_question(), typed_question()});
    json lobby = view(m, 1);
    CHECK(lobby == json{{"type", "state"},
                        {"phase", "lobby"},
                        {"you", "Ben"},
                        {"mode", "everyone"},
                        {"names", {"Ana", "Ben"}}});

    REQUIRE(send(m, play::What::start));
    REQUIRE(send(m, play::What::show, play::kHost, -1, 1000));
    const net::PhoneView pv = net::phone_view(m, 0, 6000);
    const json q = json::parse(pv.sent);
    CHECK(q["phase"] == "question");
    CHECK(q["number"] == 1);
    CHECK(q["of"] == 3);
    CHECK(q["kind"] == "choice");
    CHECK(q["family"] == "Cast");
    CHECK(q["prompt"] == "Who plays Milly?");
    CHECK(q["seconds"] == 20);
    CHECK(q["left_ms"] == 15000);
    CHECK(q["options"].size() == 4);
    CHECK(
        q["options"][3] ==
        json{{"number", 4}, {"text", "Tyson Ritter"}, {"colour", "#7EE0B5"}, {"shape", "square"}});
    // Nothing in it tells which option is right.
    CHECK_FALSE(q.contains("answer"));
    CHECK_FALSE(q.contains("correct"));
    // The stable form leaves the clock out, so a second later nothing needs sending.
    CHECK(net::phone_view(m, 0, 7000).stable == pv.stable);
    CHECK_FALSE(json::parse(pv.stable).contains("left_ms"));

    const std::string ben_before = net::phone_view(m, 1, 1500).stable;
    REQUIRE(send(m, play::What::answer, 0, 0, 2000));
    const json locked = view(m, 0);
    CHECK(locked["phase"] == "locked");
    CHECK(locked["number"] == 1);
    CHECK(locked["score"] == 0);  // as the question began
    CHECK_FALSE(locked.contains("rank"));
    CHECK_FALSE(locked.contains("options"));
    // Ana's right answer changes nothing Ben's phone sees: no rank, no score of hers.
    CHECK(net::phone_view(m, 1, 2500).stable == ben_before);
    CHECK_FALSE(view(m, 1).contains("rank"));

    REQUIRE(send(m, play::What::answer, 1, 2, 3000));
    const json right = view(m, 0);
    CHECK(right["phase"] == "reveal");
    CHECK(right["correct"] == true);
    CHECK(right["answered"] == true);
    CHECK(right["answer"] == "Toni Collette");
    CHECK(right["given"] == "Toni Collette");
    CHECK(right["points"] == 195);  // 100 and a speed bonus for 1 s of 20
    CHECK(right["score"] == 195);
    CHECK(right["rank"] == 1);
    CHECK(right["players"] == 2);
    const json wrong = view(m, 1);
    CHECK(wrong["correct"] == false);
    CHECK(wrong["points"] == 0);
    CHECK(wrong["given"] == "Jacqueline Bisset");
    CHECK(wrong["rank"] == 2);

    REQUIRE(send(m, play::What::next, play::kHost, -1, 4000));
    const json order = view(m, 0);
    CHECK(order["kind"] == "ordering");
    CHECK(order["options"][1]["text"] == "first");
    CHECK_FALSE(order.contains("order"));
    REQUIRE(send(m, play::What::end, play::kHost, -1, 5000));
    const json over = view(m, 1);
    CHECK(over["phase"] == "over");
    CHECK(over["rank"] == 2);
    CHECK(over["correct"] == 0);
    CHECK(over["answered"] == 1);
}

TEST_CASE("phone view: a typed question has no options, a seat gone sees no game") {
    play::Match m = two_players({typed_question()}, 0);
    REQUIRE(send(m, play::What::start));
    const json q = view(m, 0);
    CHECK(q["kind"] == "type_in");
    CHECK(q["options"].empty());
    CHECK(q["seconds"] == 0);
    CHECK_FALSE(q.contains("left_ms"));
    CHECK(q.dump().find("Hardwicke") == std::string::npos);

    CHECK(view(m, std::nullopt) == json{{"type", "state"}, {"phase", "out"}});
    CHECK(view(m, 7)["phase"] == "out");
    REQUIRE(send(m, play::What::leave, 1));
    CHECK(view(m, 1)["phase"] == "left");
}

TEST_CASE("phone view: buzz in tells each phone whether it may buzz or answer") {
    play::Rules rules;
    rules.mode = play::Mode::buzz;
    rules.play.timer_seconds = 0;
    rules.reading_ms = 1000;
    play::Match m(rules, round_of({choice_question()}));
    for (const char* name : {"Ana", "Ben"}) {
        play::Command c;
        c.what = play::What::join;
        c.name = name;
        c.binding = play::Binding::phone(name);
        REQUIRE(m.apply(c));
    }
    REQUIRE(send(m, play::What::start));
    REQUIRE(send(m, play::What::show, play::kHost, -1, 0));
    CHECK(view(m, 0)["buzz"] == "closed");
    m.update(1000);
    CHECK(view(m, 0)["buzz"] == "open");
    play::Command b;
    b.what = play::What::buzz;
    b.seat = 1;
    b.at_ms = 1100;
    REQUIRE(m.apply(b));
    CHECK(view(m, 1)["buzz"] == "yours");
    CHECK(view(m, 0)["buzz"] == "taken");
    REQUIRE(send(m, play::What::answer, 1, 3, 1200));
    // Ben answered wrong and is locked out; the question rebounds to Ana.
    CHECK(view(m, 1)["phase"] == "locked");
    CHECK(view(m, 0)["buzz"] == "open");
}
