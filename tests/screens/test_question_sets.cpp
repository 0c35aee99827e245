// A teacher's question set in the round setup: solo, party and host rounds play it alone
// or with the film's questions; a set that cannot be read is said, and nothing starts.
#include <doctest/doctest.h>

#include "fake_services.hpp"
#include "screens/party_lobby_screen.hpp"
#include "screens/party_screens.hpp"
#include "screens/question_screen.hpp"
#include "screens/setup_screen.hpp"

using namespace filmquiz;
using app::Action;
using app::make_input;
using test::FakeServices;

namespace {

// `n` questions of a set named like the teacher's file; every third one typed.
std::vector<core::Question> club_questions(int n) {
    std::vector<core::Question> out;
    for (int i = 0; i < n; ++i) {
        core::Question q;
        q.id = "set.club:" + std::to_string(i);
        q.family = core::Family::custom;
        q.prompt = "Club question " + std::to_string(i);
        if (i % 3 == 2) {
            q.type = core::QuestionType::type_in;
            q.accept = {"yes"};
        } else {
            q.type = core::QuestionType::multiple_choice;
            q.choices = {"a", "b", "c", "d"};
            q.answer = 1;
        }
        q.difficulty = 1;
        out.push_back(q);
    }
    return out;
}

const core::RoundSession& solo_match(FakeServices& s) {
    return dynamic_cast<screens::QuestionScreen&>(s.top()).session();
}

}  // namespace

TEST_CASE("question sets: the round setup offers each set, alone and with the film") {
    FakeServices s;
    s.start(std::make_unique<screens::SetupScreen>());
    auto* setup = &dynamic_cast<screens::SetupScreen&>(s.top());
    CHECK(setup->focused_row() == screens::SetupScreen::start);
    s.send(make_input(Action::up));
    CHECK(setup->focused_row() == screens::SetupScreen::speed_bonus);  // no sets, no row

    FakeServices t;
    t.sets["Quiz night"] = club_questions(12);
    t.game_settings.round_length = 10;
    t.start(std::make_unique<screens::SetupScreen>());
    setup = &dynamic_cast<screens::SetupScreen&>(t.top());
    t.send(make_input(Action::up));
    REQUIRE(setup->focused_row() == screens::SetupScreen::source);
    t.send(make_input(Action::right));
    CHECK(t.game_settings.question_set == "Quiz night");
    CHECK_FALSE(t.game_settings.set_with_film);
    CHECK(screens::question_source_label(t.game_settings) == "Quiz night");
    t.send(make_input(Action::right));
    CHECK(screens::question_source_label(t.game_settings) == "Quiz night and the film");
    t.send(make_input(Action::right));
    CHECK(screens::question_source_label(t.game_settings) == "The film");
    t.send(make_input(Action::left));  // back to the set with the film
    t.send(make_input(Action::down));
    t.send(make_input(Action::confirm));
    REQUIRE(t.top_name() == "question");
    const auto& questions = solo_match(t).round().questions;
    REQUIRE(questions.size() == 10);
    // Taken in turns: the set's, the film's, the set's...
    for (std::size_t i = 0; i < questions.size(); ++i) {
        CAPTURE(i);
        CHECK((questions[i].family == core::Family::custom) == (i % 2 == 0));
    }
}

TEST_CASE("question sets: a set alone, a party gets no typed questions, a lost set is said") {
    FakeServices s;
    s.sets["Quiz night"] = club_questions(12);
    s.game_settings.question_set = "Quiz night";
    s.game_settings.round_length = 10;
    std::string error;
    const core::Round solo = screens::make_round(s, screens::round_settings(s, {}), error);
    CHECK(error.empty());
    REQUIRE(solo.questions.size() == 10);
    for (const auto& q : solo.questions)
        CHECK(q.family == core::Family::custom);

    const core::Round party = screens::make_round(s, screens::party_round_settings(s, {}), error);
    REQUIRE(party.questions.size() == 8);  // 12 less the four typed ones
    for (const auto& q : party.questions)
        CHECK(q.type != core::QuestionType::type_in);

    // The set's folder went away after it was chosen.
    s.sets.clear();
    s.start(std::make_unique<screens::SetupScreen>());
    s.send(make_input(Action::confirm));
    CHECK(s.top_name() == "setup");
    CHECK(dynamic_cast<screens::SetupScreen&>(s.top()).message() ==
          "Cannot start: the set Quiz night is gone.");
    CHECK(s.cues.back() == app::Cue::wrong);

    // A host's quiz on it says the same on its lobby's bottom line.
    s.game_settings.host_answers = "paper";
    s.start(std::make_unique<screens::PartyLobbyScreen>(true));
    s.send(make_input(Action::confirm));
    CHECK(s.top_name() == "host-lobby");
    CHECK(dynamic_cast<screens::PartyLobbyScreen&>(s.top()).message() ==
          "Cannot start: the set Quiz night is gone.");
}
