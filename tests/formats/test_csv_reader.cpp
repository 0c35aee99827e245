#include <doctest/doctest.h>

#include "formats/csv_reader.hpp"
#include "reader_support.hpp"

using filmquiz::core::QuestionType;

namespace {

filmquiz::test::ReadResult csv(const std::string& text) {
    return filmquiz::test::read_with(filmquiz::formats::read_csv_questions, text, "q.csv");
}

}  // namespace

TEST_CASE("CSV: Kahoot's header is found wherever it is, and its columns by name") {
    const auto r =
        csv("My quiz\n\n\nQuestion,Correct answer,Answer 2,Answer 1\n"
            "Who?,1,Second,First\n");
    CHECK(r.problems == "");
    REQUIRE(r.questions.size() == 1);
    CHECK(r.questions[0].question.choices == std::vector<std::string>{"First", "Second"});
    CHECK(r.questions[0].question.answer == 0);
    CHECK(r.questions[0].source == "q.csv:5");
}

TEST_CASE("CSV: Kahoot's correct answer may be written with spaces") {
    const auto r = csv("Question,Answer 1,Answer 2,Correct\nQ?,a,b, 2 \nR?,False,True,1\n");
    CHECK(r.problems == "");
    REQUIRE(r.questions.size() == 2);
    CHECK(r.questions[0].question.answer == 1);
    // False and True in that order are still a true-or-false question, answer False.
    CHECK(r.questions[1].question.type == QuestionType::true_false);
    CHECK(r.questions[1].question.answer == 1);
}

TEST_CASE("CSV: plain rows place the right answer the same way on every import") {
    const auto a = csv("Q1?,right,w1,w2,w3\n");
    const auto b = csv("question,answer\nQ1?,right,w1,w2,w3\n");
    REQUIRE(a.questions.size() == 1);
    REQUIRE(b.questions.size() == 1);
    CHECK(a.questions[0].question.choices == b.questions[0].question.choices);
    CHECK(a.questions[0].question.answer == b.questions[0].question.answer);
    CHECK(b.questions[0].source == "q.csv:2");
}

TEST_CASE("CSV: the right answers of plain rows spread over the four places") {
    std::string text;
    for (int i = 0; i < 400; ++i)
        text += "Question " + std::to_string(i) + "?,r,w1,w2,w3\n";
    const auto r = csv(text);
    REQUIRE(r.questions.size() == 400);
    std::vector<int> places(4);
    for (const auto& q : r.questions)
        ++places[static_cast<std::size_t>(q.question.answer)];
    for (const int n : places)
        CHECK(n > 60);
}
