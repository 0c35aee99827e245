#include <doctest/doctest.h>

#include "formats/opentdb_reader.hpp"
#include "reader_support.hpp"

using filmquiz::formats::decode_base64;
using filmquiz::formats::decode_percent;

namespace {

filmquiz::test::ReadResult opentdb(const std::string& text) {
    return filmquiz::test::read_with(filmquiz::formats::read_opentdb, text, "q.json");
}

}  // namespace

TEST_CASE("Open Trivia DB: base64 and percent decoding") {
    CHECK(decode_base64("SGk=") == "Hi");
    CHECK(decode_base64("SGk") == "Hi");
    CHECK(decode_base64("") == "");
    CHECK_FALSE(decode_base64("S").has_value());
    CHECK_FALSE(decode_base64("SG=k").has_value());
    CHECK_FALSE(decode_base64("SG!k").has_value());
    CHECK(decode_percent("a%20b+c%2B") == "a b c+");
    CHECK_FALSE(decode_percent("a%2").has_value());
    CHECK_FALSE(decode_percent("a%zz").has_value());
}

TEST_CASE("Open Trivia DB: a response without results, or with an empty list") {
    CHECK(opentdb("{\"response_code\": 1, \"results\": []}").problems ==
          "q.json:1:19: error: /response_code: response code 1, no results: the database had "
          "too few questions for the request\n");
    CHECK(opentdb("{\"response_code\": 0, \"results\": []}").problems ==
          "q.json:1:33: error: /results: no questions in \"results\"\n");
    CHECK(opentdb("[]").problems == "q.json:1:1: error: expected an object, found an array\n");
}

TEST_CASE("Open Trivia DB: text that decodes to something that is not text") {
    // "/w==" is the single byte 0xFF.
    CHECK(opentdb(R"({"results":[{"type":"Ym9vbGVhbg==","question":"/w==",)"
                  R"("correct_answer":"VHJ1ZQ==","incorrect_answers":["RmFsc2U="]}]})")
              .problems ==
          "q.json:1:47: error: /results/0/question: the decoded base64 text is not valid UTF-8 "
          "text\n");
}
