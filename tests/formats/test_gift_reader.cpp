#include <doctest/doctest.h>

#include "formats/gift_reader.hpp"
#include "reader_support.hpp"

using filmquiz::core::QuestionType;

namespace {

filmquiz::test::ReadResult gift(const std::string& text) {
    return filmquiz::test::read_with(filmquiz::formats::read_gift, text, "q.gift");
}

}  // namespace

TEST_CASE("GIFT: a multiple-choice question with its parts") {
    const auto r = gift(
        "// comment\n::T::[html]Who <b>directed</b>\n Alien?{\n=Ridley Scott#Yes.\n"
        "~James Cameron # No.\n####Scott &amp; Giger.}\n");
    CHECK(r.problems == "");
    REQUIRE(r.questions.size() == 1);
    const auto& q = r.questions[0].question;
    CHECK(q.type == QuestionType::multiple_choice);
    CHECK(q.family == filmquiz::core::Family::custom);
    CHECK(q.difficulty == 2);
    CHECK(q.prompt == "Who directed Alien?");
    CHECK(q.choices == std::vector<std::string>{"Ridley Scott", "James Cameron"});
    CHECK(q.answer == 0);
    CHECK(q.explanation == "Scott & Giger.");
    CHECK(r.questions[0].source == "q.gift:2");
    CHECK(q.sources == std::vector<std::string>{"q.gift:2"});
    CHECK(q.id.rfind("custom-", 0) == 0);
    CHECK(q.id.size() == 19);
}

TEST_CASE("GIFT: ids are stable, whatever comes before a question") {
    const auto a = gift("Who?{=a ~b}\n");
    const auto b = gift("// moved down\n\nFirst?{T}\n\nWho?{=a ~b}\n");
    REQUIRE(a.questions.size() == 1);
    REQUIRE(b.questions.size() == 2);
    CHECK(a.questions[0].question.id == b.questions[1].question.id);
    CHECK(b.questions[1].source == "q.gift:5");
}

TEST_CASE("GIFT: true and false, with the right answer's feedback as explanation") {
    const auto r = gift("A?{t}\n\nB?{false#wrong#right}\n\nC?{TRUE#w#r####general}\n");
    CHECK(r.problems == "");
    REQUIRE(r.questions.size() == 3);
    CHECK(r.questions[0].question.answer == 0);
    CHECK(r.questions[1].question.answer == 1);
    CHECK(r.questions[1].question.explanation == "right");
    CHECK(r.questions[2].question.explanation == "general");
    CHECK(r.questions[2].question.choices == std::vector<std::string>{"True", "False"});
}

TEST_CASE("GIFT: comments are whole lines, // inside a text is text") {
    const auto r = gift("Where is http://example.org?{=here ~there}\n  // note\nStill?{T}\n");
    CHECK(r.problems ==
          "q.gift:3:7: error: a second answer block in one question: separate "
          "questions with a blank line\n");
    const auto ok = gift("Where is http://example.org?{=here ~there}\n");
    REQUIRE(ok.questions.size() == 1);
    CHECK(ok.questions[0].question.prompt == "Where is http://example.org?");
}

TEST_CASE("GIFT: a comment line does not end a question, a blank line does") {
    const auto r = gift("Who\n// between\nwrote it?{=me ~you}\n\nWhy?{=%50%because ~no}\n");
    CHECK(r.problems ==
          "q.gift:5:6: warning: answers with partial credit and no fully right one "
          "make Moodle's multiple-answer question; filmquiz questions have exactly "
          "one right answer; question skipped\n");
    REQUIRE(r.questions.size() == 1);
    CHECK(r.questions[0].question.prompt == "Who wrote it?");
}

TEST_CASE("GIFT: weights outside -100% to 100% are errors") {
    CHECK(gift("W?{~%150%a =b}\n").problems ==
          "q.gift:1:5: error: the weight 150% is outside -100% to 100%\n");
}

TEST_CASE("GIFT: numeric answers") {
    const auto r = gift("Year?{#=2015:0#Exact. =2015.0}\n\nNeg?{#-3}\n\nRange?{#5..5}\n");
    CHECK(r.problems == "");
    REQUIRE(r.questions.size() == 3);
    CHECK(r.questions[0].question.type == QuestionType::type_in);
    CHECK(r.questions[0].question.accept == std::vector<std::string>{"2015", "2015.0"});
    CHECK(r.questions[0].question.explanation == "Exact.");
    CHECK(r.questions[1].question.accept == std::vector<std::string>{"-3"});
    CHECK(r.questions[2].question.accept == std::vector<std::string>{"5"});
}

TEST_CASE("GIFT: long texts are skipped, a long explanation is dropped") {
    const std::string long_prompt(251, 'x');
    CHECK(gift(long_prompt + "{T}\n").problems ==
          "q.gift:1:1: warning: the question is 251 characters long; at most 250 fit on screen; "
          "question skipped\n");
    const auto r = gift("Q?{T####" + std::string(401, 'e') + "}\n");
    CHECK(r.problems ==
          "q.gift:1:1: warning: the explanation is 401 characters long; at most "
          "400 fit on screen; left out\n");
    REQUIRE(r.questions.size() == 1);
    CHECK(r.questions[0].question.explanation.empty());
    CHECK(gift("Q?{=" + std::string(201, 'a') + " ~b}\n").problems ==
          "q.gift:1:1: warning: the answer \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...\" is 201 "
          "characters long; at most 200 fit on screen; question skipped\n");
}

TEST_CASE("GIFT: two answers that read the same") {
    CHECK(gift("Q?{=Alien ~alien}\n").problems ==
          "q.gift:1:1: warning: the answer \"alien\" appears twice; question skipped\n");
}

TEST_CASE("GIFT: category prefixes of Moodle are dropped") {
    const auto r = gift("$CATEGORY: $cat1$/top/Films/Horror\n\nQ?{T}\n\n$CATEGORY: Plain\nR?{F}\n");
    REQUIRE(r.questions.size() == 2);
    CHECK(r.questions[0].category == "Films/Horror");
    CHECK(r.questions[1].category == "Plain");
}
