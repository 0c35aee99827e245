#include <doctest/doctest.h>

#include "core/names.hpp"
#include "core/wording.hpp"

using namespace filmquiz::core;

TEST_CASE("a or an by the sound of the next word") {
    struct Case {
        const char* phrase;
        const char* expected;
    };
    const Case cases[] = {
        {"radio play", "a radio play"},
        {"audio drama", "an audio drama"},
        {"editor", "an editor"},
        {"European co-production", "a European co-production"},
        {"university play", "a university play"},
        {"one-act play", "a one-act play"},
        {"hour-long special", "an hour-long special"},
        {"honest film", "an honest film"},
        {"MTV special", "an MTV special"},
        {"BBC serial", "a BBC serial"},
        {"Oscar winner", "an Oscar winner"},
        {"romantic comedy-drama", "a romantic comedy-drama"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.phrase);
        CHECK(with_article(c.phrase) == c.expected);
    }
    CHECK(with_capital_article("audio drama") == "An audio drama");
}

TEST_CASE("country names read right mid-sentence") {
    CHECK(country_in_sentence("United Kingdom") == "the United Kingdom");
    CHECK(country_in_sentence("United States") == "the United States");
    CHECK(country_in_sentence("Netherlands") == "the Netherlands");
    CHECK(country_in_sentence("Czech Republic") == "the Czech Republic");
    CHECK(country_in_sentence("Republic of Ireland") == "the Republic of Ireland");
    CHECK(country_in_sentence("France") == "France");
    CHECK(country_in_sentence("Ireland") == "Ireland");
    CHECK(country_in_sentence("Canada") == "Canada");
    CHECK(country_in_sentence("the Gambia") == "the Gambia");
}

TEST_CASE("band names that take a plural verb") {
    CHECK(is_plural_name("The All-American Rejects"));
    CHECK(is_plural_name("The Beatles"));
    CHECK_FALSE(is_plural_name("Kodaline"));
    CHECK_FALSE(is_plural_name("The Verve"));
    CHECK_FALSE(is_plural_name("The Kiss"));
    CHECK_FALSE(is_plural_name("Coldplay"));
}

TEST_CASE("ordinals, durations and possessives") {
    CHECK(ordinal(1) == "1st");
    CHECK(ordinal(2) == "2nd");
    CHECK(ordinal(3) == "3rd");
    CHECK(ordinal(4) == "4th");
    CHECK(ordinal(11) == "11th");
    CHECK(ordinal(12) == "12th");
    CHECK(ordinal(13) == "13th");
    CHECK(ordinal(21) == "21st");
    CHECK(ordinal(112) == "112th");
    CHECK(hours_and_minutes(112) == "1 hour 52 minutes");
    CHECK(hours_and_minutes(120) == "2 hours");
    CHECK(hours_and_minutes(61) == "1 hour 1 minute");
    CHECK(hours_and_minutes(45) == "45 minutes");
    CHECK(possessive("Jess") == "Jess\u2019s");
    CHECK(capitalize("romantic") == "Romantic");
    CHECK(decapitalize("Who says this?") == "who says this?");
    CHECK(decapitalize("TIFF") == "TIFF");
}

TEST_CASE("names are found as whole words, with curly apostrophes and several words") {
    NameIndex index;
    index.add("Kit", 0);
    index.add("Jess Stone", 1);
    index.add("Ace", 2);
    index.add("Zo\xC3\xAB", 3);
    CHECK(index.find("Kit marries Milly") == std::vector<std::size_t>{0});
    CHECK(index.find("a kit and a Kitten").empty());
    CHECK(index.find("Jess Stone\u2019s line").size() == 1);
    CHECK(index.find("Jess alone").empty());
    CHECK(index.find("Milly chases Ace.") == std::vector<std::size_t>{2});
    CHECK(index.find("the Ace\u2019s bar") == std::vector<std::size_t>{2});
    CHECK(index.find("Zo\xC3\xAB\u2014and Kit") == std::vector<std::size_t>{3, 0});
    CHECK(words("It\u2019s \u201Chere\u201D") == std::vector<std::string_view>{"It", "s", "here"});
}
