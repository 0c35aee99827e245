#include <functional>
#include <set>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "formats/importer.hpp"
#include "formats/question_set.hpp"
#include "test_support.hpp"

using filmquiz::formats::draw_round;
using filmquiz::formats::load_set;
using filmquiz::formats::load_set_from_text;
using filmquiz::formats::QuestionSet;
using filmquiz::formats::write_set;
using filmquiz::test::read_text;
using filmquiz::test::TempDir;
using filmquiz::test::write_text;

namespace {

QuestionSet sample_set() {
    const auto imported = filmquiz::formats::import_text(
        "$CATEGORY: Films\n\n::a::Who?{=Ridley Scott ~James Cameron ~David Fincher "
        "####Alien, 1979.}\n\nTrue?{T}\n\nWhere?{=Nostromo =the Nostromo}\n\n"
        "Order?{=B -> 2 =A -> 1 =C -> 3}\n",
        filmquiz::formats::Format::gift, "films.gift");
    REQUIRE(imported.set.has_value());
    QuestionSet set = *imported.set;
    set.imported_at = "2026-01-02T03:04:05Z";
    return set;
}

// A valid set.json with one question whose fields `edit` changes.
std::string set_json(const std::function<void(nlohmann::json&)>& edit) {
    nlohmann::json root = nlohmann::json::parse(filmquiz::formats::set_to_json(sample_set()));
    edit(root);
    return root.dump(2);
}

std::string load_errors(const std::string& text) {
    const auto load = load_set_from_text(text, "s/set.json");
    CHECK_FALSE(load.set.has_value());
    return load.diagnostics.format();
}

}  // namespace

TEST_CASE("a set is written, listed and loaded back unchanged") {
    TempDir dir;
    const QuestionSet set = sample_set();
    REQUIRE_FALSE(write_set(dir.path() / "sets" / "films", set).has_value());
    const std::string text = read_text(dir.path() / "sets" / "films" / "set.json");
    const auto json = nlohmann::json::parse(text);
    CHECK(json["format"] == "filmquiz-set");
    CHECK(json["version"] == 1);
    CHECK(json["title"] == "films");
    CHECK(json["imported_from"] == nlohmann::json{{"file", "films.gift"},
                                                  {"format", "gift"},
                                                  {"at", "2026-01-02T03:04:05Z"}});
    CHECK(json["questions"][0]["source"] == "films.gift:3");
    CHECK(json["questions"][0]["category"] == "Films");
    CHECK(json["questions"][0]["explanation"] == "Alien, 1979.");
    CHECK(json["questions"][2]["answer"].is_null());
    CHECK(json["questions"][3]["answer"] == nlohmann::json{1, 0, 2});

    CHECK(filmquiz::formats::list_sets(dir.path() / "sets") ==
          std::vector<std::filesystem::path>{dir.path() / "sets" / "films"});
    CHECK(filmquiz::formats::list_sets(dir.path() / "none").empty());

    const auto load = load_set(dir.path() / "sets" / "films", "films");
    CHECK(load.diagnostics.format() == "");
    REQUIRE(load.set.has_value());
    CHECK(filmquiz::formats::set_to_json(*load.set) == text);
    // No temporary file is left behind.
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path() / "sets" / "films"),
                        std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("writing again replaces the set whole") {
    TempDir dir;
    QuestionSet set = sample_set();
    REQUIRE_FALSE(write_set(dir.path(), set).has_value());
    set.questions.resize(1);
    REQUIRE_FALSE(write_set(dir.path(), set).has_value());
    const auto load = load_set(dir.path(), "d");
    REQUIRE(load.set.has_value());
    CHECK(load.set->questions.size() == 1);
}

TEST_CASE("a set that cannot be written says why and leaves nothing") {
    TempDir dir;
    write_text(dir.path() / "file", "x");
    const auto failed = write_set(dir.path() / "file" / "set", sample_set());
    REQUIRE(failed.has_value());
    CHECK(failed->rfind("cannot create ", 0) == 0);
}

TEST_CASE("a missing or hand-damaged set.json is refused with every problem") {
    TempDir dir;
    CHECK(load_set(dir.path(), "mine").diagnostics.format() ==
          "mine/set.json:1:1: error: file is missing\n");
    CHECK(load_set(dir.path()).diagnostics.format() ==
          (dir.path() / "set.json").string() + ":1:1: error: file is missing\n");
    CHECK(load_errors("{\"format\": \"filmquiz-set\", \"version\": 1, \"title\": \"t\",\n") ==
          "s/set.json:2:1: error: invalid JSON: syntax error while parsing object key - "
          "unexpected end of input; expected string literal\n");
    CHECK(load_errors(set_json([](nlohmann::json& j) { j["version"] = 2; })) ==
          "s/set.json:98:14: error: /version: set format 2 is newer than this filmquiz reads (1); "
          "update filmquiz\n");
    CHECK(load_errors(set_json([](nlohmann::json& j) { j["format"] = "pack"; })) ==
          "s/set.json:2:13: error: /format: not a question set: \"format\" is \"pack\", not "
          "\"filmquiz-set\"\n");
    CHECK(load_errors(set_json([](nlohmann::json& j) {
              j["questions"] = nlohmann::json::array();
          })) == "s/set.json:8:16: error: /questions: the set has no questions\n");
    const std::string damaged = set_json([](nlohmann::json& j) {
        j["questions"][0]["answer"] = 7;
        j["questions"][0]["famliy"] = "cast";
        j["questions"][1]["choices"] = {"Yes", "No"};
        j["questions"][2]["accept"] = nlohmann::json::array();
        j["questions"][3]["answer"] = {0, 0, 1};
        j["questions"][3]["id"] = j["questions"][0]["id"];
        j["questions"][3]["difficulty"] = 9;
        j["questions"][3].erase("prompt");
    });
    const auto load = load_set_from_text(damaged, "s/set.json");
    CHECK_FALSE(load.set.has_value());
    CHECK(load.diagnostics.format() ==
          "s/set.json:10:17: error: /questions/0/answer: must be between 0 and 2\n"
          "s/set.json:20:7: warning: /questions/0/famliy: unknown field \"famliy\" (did you mean "
          "\"family\"?); it is ignored\n"
          "s/set.json:34:18: error: /questions/1/choices: a true_false question's choices are "
          "[\"True\", \"False\"]\n"
          "s/set.json:52:17: error: /questions/2/accept: no accepted answer\n"
          "s/set.json:69:5: error: /questions/3: missing required field \"prompt\"\n"
          "s/set.json:70:17: error: /questions/3/answer: the order must name each choice index "
          "from 0 to 2 once\n"
          "s/set.json:81:21: error: /questions/3/difficulty: must be between 1 and 3\n"
          "s/set.json:84:13: error: /questions/3/id: duplicate id \"custom-e2b3736ea6b2\" (first "
          "at line 21)\n");
    CHECK(load.diagnostics.error_count() == 7);
}

TEST_CASE("a round from a set: the same seed gives the same round, options shuffled") {
    QuestionSet set;
    for (int i = 0; i < 40; ++i) {
        filmquiz::formats::SetQuestion sq;
        sq.question.id = "q" + std::to_string(i);
        sq.question.type = filmquiz::core::QuestionType::multiple_choice;
        sq.question.difficulty = 1 + i % 3;
        sq.question.choices = {"right", "w1", "w2", "w3"};
        sq.question.answer = 0;
        set.questions.push_back(sq);
    }
    const auto round = draw_round(set, 10, 5);
    REQUIRE(round.size() == 10);
    CHECK(draw_round(set, 10, 5).front().id == round.front().id);
    CHECK(draw_round(set, 10, 6).front().id != round.front().id);
    std::set<int> places;
    for (std::size_t i = 0; i < round.size(); ++i) {
        CHECK(round[i].choices[static_cast<std::size_t>(round[i].answer)] == "right");
        places.insert(round[i].answer);
        if (i > 0)
            CHECK(round[i - 1].difficulty <= round[i].difficulty);
    }
    CHECK(places.size() > 1);
    CHECK(draw_round(set, 100, 5).size() == 40);
}
