#include <doctest/doctest.h>

#include "core/text.hpp"

using namespace filmquiz::core;

TEST_CASE("first_invalid_utf8 finds the first bad byte") {
    struct Case {
        std::string text;
        std::optional<std::size_t> bad;
    };
    const Case cases[] = {
        {"plain ascii", std::nullopt},
        {"Bront\xC3\xAB \xE2\x80\x9Cquoted\xE2\x80\x9D", std::nullopt},
        {"\xF0\x9F\x8E\xAC clapper", std::nullopt},
        {"ab\xFF", 2},
        {"\xC0\xAF", 0},          // overlong slash
        {"x\xED\xA0\x80", 1},     // surrogate
        {"\xF4\x90\x80\x80", 0},  // above U+10FFFF
        {"caf\xC3", 3},           // truncated sequence
        {"\x80", 0},              // lone continuation byte
        // Long ASCII runs are read eight bytes at a time: bad bytes on and off the steps.
        {"sixteen ascii by\xFF", 16},
        {"seven b\xFF"
         "after eight more",
         7},
        {"eight by\xFF", 8},
        {"a run of ASCII, then Bront\xC3\xAB across a step, then \xE2\x80", 49},
        {"a run of ASCII, then Bront\xC3\xAB across a step, and more text after it", std::nullopt},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        CHECK(first_invalid_utf8(c.text) == c.bad);
    }
}

TEST_CASE("utf8 length, pop and trim work on code points") {
    CHECK(utf8_length("Bront\xC3\xAB") == 6);
    std::string s = "Zo\xC3\xAB";
    pop_utf8(s);
    CHECK(s == "Zo");
    std::string empty;
    pop_utf8(empty);
    CHECK(empty.empty());
    CHECK(trim("  \xC2\xA0Milly\t ") == "Milly");
    CHECK(trim("   ").empty());
    // Ends that are not plain ASCII: curly quotes and accents stay, Unicode spaces go.
    CHECK(trim("\xE2\x80\x9CMilly\xE2\x80\x9D") == "\xE2\x80\x9CMilly\xE2\x80\x9D");
    CHECK(trim("\xE2\x80\x83Zo\xC3\xAB\xC2\xA0") == "Zo\xC3\xAB");
    CHECK(trim("\xC3\x89mile \xE2\x80\x83") == "\xC3\x89mile");
    CHECK(trim("\xC2\xA0\xE2\x80\x83").empty());
    // Invalid bytes are replaced, as when text is decoded anywhere else.
    CHECK(trim(" ab\xFF ") == "ab\xEF\xBF\xBD");
}

TEST_CASE("case folding and matching keys") {
    CHECK(fold_case("MILLY \xC3\x89MILE") == "milly \xC3\xA9mile");
    CHECK(fold_case("\xC5\x81\xC3\x93\xC5\xB9") == "\xC5\x82\xC3\xB3\xC5\xBA");  // ŁÓŹ -> łóź
    CHECK(fold_for_matching("Bront\xC3\xAB") == "bronte");
    CHECK(fold_for_matching("It\xE2\x80\x99s") == "it's");
    CHECK(fold_for_matching("\xC5\x81\xC3\xB3\xC5\xBA") == "loz");
    CHECK(fold_for_matching("comedy\xE2\x80\x93"
                            "drama") == "comedy-drama");
}

TEST_CASE("edit distance counts an adjacent swap once") {
    CHECK(edit_distance("Milly", "Milly") == 0);
    CHECK(edit_distance("Mily", "Milly") == 1);
    CHECK(edit_distance("Jgao", "Jago") == 1);
    CHECK(edit_distance("", "Kit") == 3);
    CHECK(edit_distance("Kit", "Ace") == 3);
    CHECK(edit_distance("Bront\xC3\xAB", "Bronte") == 1);
}

TEST_CASE("did_you_mean suggests only close candidates") {
    const std::vector<std::string> names{"Milly", "Jess", "Kit", "Jago"};
    CHECK(did_you_mean("Mily", names) == std::optional<std::string>("Milly"));
    CHECK(did_you_mean("jess", names) == std::optional<std::string>("Jess"));
    CHECK(did_you_mean("Miranda", names) == std::nullopt);
    CHECK(did_you_mean("Ace", names) == std::nullopt);
}

TEST_CASE("join_and reads like English") {
    CHECK(join_and({}).empty());
    CHECK(join_and({"Milly"}) == "Milly");
    CHECK(join_and({"Milly", "Jess"}) == "Milly and Jess");
    CHECK(join_and({"Kit", "Scarlett", "Ben"}) == "Kit, Scarlett and Ben");
}
