#include <doctest/doctest.h>

#include "content/json_document.hpp"

using namespace filmquiz::content;

namespace {

std::string first_message(const Diagnostics& d) {
    return d.all().empty() ? std::string() : d.all().front().format();
}

}  // namespace

TEST_CASE("values and keys keep their positions") {
    Diagnostics d;
    const std::string text =
        "{\n"
        "  \"quotes\": [\n"
        "    {\"speaker\": \"Milly\", \"n\": -12.5e1, \"ok\": true},\n"
        "    {\"text\": \"Bront\xC3\xAB \\\"moors\\\"\", \"x\": null}\n"
        "  ]\n"
        "}\n";
    const auto doc = parse_json(text, "q.json", d);
    REQUIRE(doc);
    CHECK(d.all().empty());
    auto pos = [&](const char* p) {
        const TextPosition t = doc->position_of(p);
        return std::to_string(t.line) + ":" + std::to_string(t.column);
    };
    CHECK(pos("") == "1:1");
    CHECK(pos("/quotes") == "2:13");
    CHECK(pos("/quotes/0") == "3:5");
    CHECK(pos("/quotes/0/speaker") == "3:17");
    CHECK(pos("/quotes/0/n") == "3:31");
    CHECK(pos("/quotes/0/ok") == "3:46");
    CHECK(pos("/quotes/1/text") == "4:14");
    CHECK(pos("/quotes/1/x") == "4:39");
    // Unknown pointers fall back to the nearest enclosing value.
    CHECK(pos("/quotes/1/missing") == "4:5");
    const TextPosition key = doc->key_position_of("/quotes/0/speaker");
    CHECK(key.line == 3);
    CHECK(key.column == 6);
    CHECK(doc->root()["quotes"][1]["text"] == "Bront\xC3\xAB \"moors\"");
}

TEST_CASE("columns count characters, not bytes") {
    Diagnostics d;
    const auto doc = parse_json("{\"\xC3\xA9\xC3\xA9\": 1}", "a.json", d);
    REQUIRE(doc);
    CHECK(doc->position_of("/\xC3\xA9\xC3\xA9").column == 8);
}

TEST_CASE("syntax errors name the line and column") {
    struct Case {
        std::string text;
        std::string message;
    };
    const Case cases[] = {
        {"{\n  \"a\": 1,\n}\n",
         "f.json:3:1: error: invalid JSON: syntax error while parsing object key - unexpected "
         "'}'; expected string literal"},
        {"{\"a\": [1, 2",
         "f.json:1:12: error: invalid JSON: syntax error while parsing array - unexpected end "
         "of input; expected ']'"},
        {"", "f.json:1:1: error: file is empty (a pack file holds one JSON object)"},
        {"  \n\t", "f.json:1:1: error: file is empty (a pack file holds one JSON object)"},
        {"{\"a\": \"x\xFFy\"}",
         "f.json:1:9: error: invalid UTF-8: byte 0xFF cannot appear here (save the file as "
         "UTF-8)"},
        {std::string("{\"a\": 1}\0\0", 10),
         "f.json:1:9: error: invalid character: byte 0x00 (is this a binary file?)"},
        {"{\"a\": 1, \"a\": 2}",
         "f.json:1:10: error: /a: duplicate key \"a\" (first at line 1, column 2)"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        Diagnostics d;
        parse_json(c.text, "f.json", d);
        CHECK(first_message(d) == c.message);
    }
}

TEST_CASE("deep nesting is refused before it can exhaust the stack") {
    Diagnostics d;
    const std::string deep(100000, '[');
    CHECK_FALSE(parse_json(deep, "deep.json", d));
    CHECK(first_message(d) ==
          "deep.json:1:33: error: invalid JSON: nested more than 32 levels deep (the limit for "
          "a pack file)");

    Diagnostics ok;
    const std::string allowed = std::string(32, '[') + std::string(32, ']');
    CHECK(parse_json(allowed, "ok.json", ok));
    CHECK(ok.all().empty());
}

TEST_CASE("oversized text and files are refused without reading them") {
    Diagnostics d;
    JsonLimits limits;
    limits.max_bytes = 16;
    CHECK_FALSE(parse_json("{\"a\": \"0123456789\"}", "big.json", d, limits));
    CHECK(first_message(d) ==
          "big.json:1:1: error: file is larger than the 16-byte limit for a pack file");

    Diagnostics missing;
    CHECK_FALSE(read_json_file("/nonexistent/filmquiz/x.json", "x.json", missing));
    CHECK(first_message(missing) == "x.json:1:1: error: file is missing");

    Diagnostics folder;
    CHECK_FALSE(read_json_file("/tmp", "tmp", folder));
    CHECK(first_message(folder) == "tmp:1:1: error: not a regular file");
}

TEST_CASE("pointer tokens are escaped") {
    CHECK(pointer_token("a/b~c") == "a~1b~0c");
}
