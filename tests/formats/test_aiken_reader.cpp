#include <doctest/doctest.h>

#include "formats/aiken_reader.hpp"
#include "reader_support.hpp"

using filmquiz::core::QuestionType;

namespace {

filmquiz::test::ReadResult aiken(const std::string& text) {
    return filmquiz::test::read_with(filmquiz::formats::read_aiken, text, "q.txt");
}

}  // namespace

TEST_CASE("Aiken: questions follow one another with or without blank lines") {
    const auto r =
        aiken("One?\nA. a\nB) b\nANSWER: B\nTwo?\r\nA. True\r\nB. False\r\nANSWER: B\r\n");
    CHECK(r.problems == "");
    REQUIRE(r.questions.size() == 2);
    CHECK(r.questions[0].question.type == QuestionType::multiple_choice);
    CHECK(r.questions[0].question.answer == 1);
    CHECK(r.questions[0].source == "q.txt:1");
    CHECK(r.questions[1].question.type == QuestionType::true_false);
    CHECK(r.questions[1].question.answer == 1);
    CHECK(r.questions[1].source == "q.txt:5");
}

TEST_CASE("Aiken: the answer letter must name an option") {
    CHECK(aiken("Q?\nA. a\nB. b\nANSWER: AB\n").problems ==
          "q.txt:4:9: error: \"ANSWER: AB\" names no option (the options are A to B)\n");
    CHECK(aiken("Q?\nA. a\nB. b\nANSWER: b\n").problems ==
          "q.txt:4:9: error: \"ANSWER: b\" names no option (the options are A to B)\n");
}

TEST_CASE("Aiken: an option line needs a space after its mark") {
    // "A.b" is text, not an option, so the question still waits for its options.
    CHECK(aiken("Q?\nA.b\n\n").problems ==
          "q.txt:1:1: error: the question has no \"ANSWER: X\" line after its options\n");
}

TEST_CASE("Aiken: every question of a file with mistakes is still checked") {
    const auto r = aiken("Q1?\nA. a\nANSWER: A\n\nQ2?\nA. x\nB. y\nANSWER: B\n");
    CHECK(r.problems == "q.txt:1:1: error: a question needs at least two options\n");
    CHECK(r.questions.size() == 1);
}
