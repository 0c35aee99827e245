#include <doctest/doctest.h>

#include "formats/csv_table.hpp"

using filmquiz::formats::CsvRow;
using filmquiz::formats::guess_delimiter;
using filmquiz::formats::Problems;
using filmquiz::formats::read_csv;
using filmquiz::formats::SourceText;

namespace {

struct Table {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::vector<std::size_t>> offsets;
    std::string problems;
};

Table table(const std::string& text, char delimiter = ',') {
    Problems problems;
    const SourceText source("t.csv", text);
    Table t;
    read_csv(
        source, delimiter,
        [&](const CsvRow& row) {
            t.rows.emplace_back();
            t.offsets.emplace_back();
            for (const auto& f : row) {
                t.rows.back().push_back(f.text);
                t.offsets.back().push_back(f.offset);
            }
            return true;
        },
        problems);
    t.problems = problems.finish("t.csv").format();
    return t;
}

using Rows = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("CSV: plain fields, LF and CRLF rows, a last row without a line break") {
    const Table t = table("a,b,c\r\nd,,f\ng,h");
    CHECK(t.problems == "");
    CHECK(t.rows == Rows{{"a", "b", "c"}, {"d", "", "f"}, {"g", "h"}});
    CHECK(t.offsets[1] == std::vector<std::size_t>{7, 9, 10});
}

TEST_CASE("CSV: quoted fields hold delimiters, doubled quotes and line breaks") {
    const Table t = table("\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\"\nx,\"\"\n");
    CHECK(t.problems == "");
    CHECK(t.rows == Rows{{"a,b", "say \"hi\"", "two\r\nlines"}, {"x", ""}});
    CHECK(t.offsets[0] == std::vector<std::size_t>{0, 6, 19});
}

TEST_CASE("CSV: blank lines are not rows, spaces around unquoted fields are dropped") {
    const Table t = table("\n\r\na , b\n\n\n c\n");
    CHECK(t.rows == Rows{{"a", "b"}, {"c"}});
}

TEST_CASE("CSV: malformed quoting is reported, and reading goes on at the next line") {
    const Table t = table("a\"b,c\n\"q\"x,y\nok,row\n\"open\n");
    CHECK(t.problems ==
          "t.csv:1:2: error: a quote inside a field that does not start with one (put the whole "
          "field in quotes and write the quote twice: \"\")\n"
          "t.csv:2:4: error: after a closing quote comes the delimiter or the end of the line (a "
          "quote inside a quoted field is written twice: \"\")\n"
          "t.csv:4:1: error: the quoted field that starts here has no closing quote\n");
    CHECK(t.rows == Rows{{"ok", "row"}});
}

TEST_CASE("CSV: another delimiter") {
    CHECK(table("a;\"b;c\"\n", ';').rows == Rows{{"a", "b;c"}});
    CHECK(guess_delimiter("q;a;b\nq2;a2;\"x,y\"\n") == ';');
    CHECK(guess_delimiter("q\ta\tb,c\n") == '\t');
    CHECK(guess_delimiter("\"a;b;c\",d\n") == ',');
    CHECK(guess_delimiter("no delimiter") == ',');
}

TEST_CASE("CSV: the reader stops when asked") {
    Problems problems;
    const SourceText source("t.csv", "a\nb\nc\n");
    int seen = 0;
    read_csv(
        source, ',', [&](const CsvRow&) { return ++seen < 2; }, problems);
    CHECK(seen == 2);
}
