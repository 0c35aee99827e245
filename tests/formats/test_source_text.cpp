#include <chrono>

#include <doctest/doctest.h>

#include "formats/importer.hpp"
#include "formats/source_text.hpp"

using filmquiz::formats::Format;
using filmquiz::formats::import_text;
using filmquiz::formats::kMaxImportBytes;

namespace {

std::string problems_of(std::string bytes, Format format, const std::string& name = "x.gift") {
    const auto imported = import_text(std::move(bytes), format, name);
    CHECK_FALSE(imported.set.has_value());
    return imported.diagnostics.format();
}

}  // namespace

TEST_CASE("positions count lines from 1 and columns in characters") {
    const filmquiz::formats::SourceText source("f", "ab\r\nçé x\nlast");
    CHECK(source.line_count() == 3);
    CHECK(source.line(0) == "ab");
    CHECK(source.line(1) == "çé x");
    CHECK(source.position_at(0).line == 1);
    const auto x = source.position_at(source.text().find('x'));
    CHECK(x.line == 2);
    CHECK(x.column == 4);
    CHECK(source.offset_of(x) == source.text().find('x'));
    CHECK(source.line_at(source.text().size()) == 3);
}

TEST_CASE("hostile files are refused cleanly, naming where") {
    SUBCASE("larger than the limit") {
        CHECK(problems_of(std::string(kMaxImportBytes + 1, 'a'), Format::gift) ==
              "x.gift:1:1: error: file is 4194305 bytes, larger than the 4194304-byte limit for "
              "an import\n");
    }
    SUBCASE("binary, with a NUL byte") {
        CHECK(problems_of(std::string("Q{T}\n\nab\0cd", 11), Format::gift) ==
              "x.gift:3:3: error: byte 0x00: this is a binary file, not text\n");
    }
    SUBCASE("invalid UTF-8, as Windows-1252 text is") {
        CHECK(problems_of("Good{T}\n\nCaf\xE9 au lait{T}\n", Format::gift) ==
              "x.gift:3:4: error: invalid UTF-8: byte 0xE9 cannot appear here (save the file as "
              "UTF-8)\n");
    }
    SUBCASE("UTF-16") {
        CHECK(problems_of("\xFF\xFEQ\0{\0T\0}\0", Format::csv, "x.csv") ==
              "x.csv:1:1: error: the file is UTF-16 text; save it as UTF-8 (in a spreadsheet: "
              "\"CSV UTF-8\")\n");
    }
    SUBCASE("a control character") {
        CHECK(problems_of("Bell\x07{T}\n", Format::gift) ==
              "x.gift:1:5: error: control character 0x07 (is this a text file?)\n");
    }
    SUBCASE("empty, or only blank lines") {
        CHECK(problems_of("", Format::aiken, "x.txt") == "x.txt:1:1: error: file is empty\n");
        CHECK(problems_of("\xEF\xBB\xBF \r\n\t\n", Format::csv, "x.csv") ==
              "x.csv:1:1: error: file is empty\n");
    }
    SUBCASE("JSON nested deeper than the pack loader allows") {
        CHECK(
            problems_of(std::string(100, '[') + std::string(100, ']'), Format::opentdb, "x.json") ==
            "x.json:1:33: error: invalid JSON: nested more than 32 levels deep (the limit for "
            "an import)\n");
    }
}

TEST_CASE("a million lines are read in linear time, and questions beyond the limit refused") {
    const auto start = std::chrono::steady_clock::now();
    std::string blank(1000000, '\n');
    blank += "Q{T}\n";
    const auto one = import_text(blank, Format::gift, "x.gift");
    REQUIRE(one.set.has_value());
    CHECK(one.set->questions.front().source == "x.gift:1000001");

    // A million one-field rows: a million errors, of which the first hundred are listed.
    std::string lines;
    for (int i = 0; i < 1000000; ++i)
        lines += "x\n";
    const auto rows = import_text(lines, Format::csv, "x.csv");
    CHECK_FALSE(rows.set.has_value());
    CHECK(rows.diagnostics.all().back().format() ==
          "x.csv: error: 999900 more problems not shown (1000000 errors and 0 warnings in "
          "all)");

    std::string csv;
    for (int i = 0; i < 6000; ++i)
        csv += "Question " + std::to_string(i) + ",answer\n";
    CHECK(problems_of(csv, Format::csv, "x.csv") ==
          "x.csv:5001:1: error: more than 5000 questions; split the file into smaller sets\n");

    std::string aiken;
    for (int i = 0; i < 6000; ++i)
        aiken += "Q" + std::to_string(i) + "\nA. a\nB. b\nANSWER: A\n";
    CHECK(problems_of(aiken, Format::aiken, "x.txt") ==
          "x.txt:20001:1: error: more than 5000 questions; split the file into smaller sets\n");
    // Generous: the point is that nothing is quadratic (these take well under a second).
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(20));
}

TEST_CASE("a question with ten thousand answers is refused") {
    std::string gift = "Which?{=right";
    for (int i = 0; i < 10000; ++i)
        gift += " ~wrong" + std::to_string(i);
    gift += "}\n";
    CHECK(problems_of(gift, Format::gift) ==
          "x.gift:1:8: error: more than 100 answers in one question\n");

    std::string csv = "q,a";
    for (int i = 0; i < 10000; ++i)
        csv += ",w" + std::to_string(i);
    CHECK(problems_of(csv + "\n", Format::csv, "x.csv") ==
          "x.csv:1:243: error: a row with more than 64 columns\n");

    std::string json = R"({"results":[{"type":"multiple","question":"Q","correct_answer":"a",)"
                       R"("incorrect_answers":[)";
    for (int i = 0; i < 10000; ++i)
        json += (i ? ",\"w" : "\"w") + std::to_string(i) + "\"";
    json += "]}]}";
    CHECK(problems_of(json, Format::opentdb, "x.json") ==
          "x.json:1:88: error: /results/0/incorrect_answers: 10000 incorrect answers (at most "
          "100)\n");
}

TEST_CASE("only the first hundred problems are listed, then how many more there were") {
    std::string gift;
    for (int i = 0; i < 1000; ++i)
        gift += "Q" + std::to_string(i) + "{Paris}\n\n";
    const auto imported = import_text(gift, Format::gift, "x.gift");
    CHECK_FALSE(imported.set.has_value());
    REQUIRE(imported.diagnostics.all().size() == 101);
    CHECK(imported.diagnostics.all().back().format() ==
          "x.gift: error: 900 more problems not shown (1000 errors and 0 warnings in all)");
}
