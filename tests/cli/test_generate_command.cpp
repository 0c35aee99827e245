#include <sstream>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "cli/generate_command.hpp"
#include "content/pack_loader.hpp"
#include "core/round.hpp"
#include "test_support.hpp"

using filmquiz::test::run_filmquiz;

namespace {

const std::filesystem::path kSource = FILMQUIZ_SOURCE_DIR;
const std::filesystem::path kFixtures = FILMQUIZ_FIXTURES;

}  // namespace

TEST_CASE("generate --all --format json prints every question as documented") {
    const auto r = run_filmquiz("generate --all --format json", kSource);
    REQUIRE(r.exit_code == 0);
    const nlohmann::json all = nlohmann::json::parse(r.out);
    REQUIRE(all.is_array());
    CHECK(all.size() >= 300);
    CHECK(r.err == "filmquiz: generate: " + std::to_string(all.size()) + " distinct questions\n");
    for (const auto& q : all) {
        CAPTURE(q.dump());
        for (const char* key : {"id", "family", "type", "difficulty", "prompt", "choices", "answer",
                                "explanation", "sources", "spoils"}) {
            CHECK(q.contains(key));
        }
        const std::string type = q["type"];
        if (type == "type_in") {
            CHECK(q["answer"].is_null());
            CHECK(q["accept"].is_array());
        } else if (type == "ordering") {
            CHECK(q["answer"].is_array());
            CHECK_FALSE(q.contains("accept"));
        } else {
            CHECK(q["answer"].is_number_integer());
        }
    }
}

TEST_CASE("generate prints a numbered quiz with its answer key") {
    const auto r = run_filmquiz("generate --seed 3 --count 12", kSource);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.rfind("Miss You Already: 12 questions (seed 3)\n\n1. ", 0) == 0);
    CHECK(r.out.find("\n12. ") != std::string::npos);
    CHECK(r.out.find("\nAnswer key\n\n1. ") != std::string::npos);
    CHECK(r.out.find("   Source: ") != std::string::npos);
    // Same seed, same quiz; another seed, another quiz.
    CHECK(run_filmquiz("generate --seed 3 --count 12", kSource).out == r.out);
    CHECK(run_filmquiz("generate --seed 4 --count 12", kSource).out != r.out);
}

TEST_CASE("generate honours its filters") {
    const auto r = run_filmquiz(
        "generate --all --format json --family plot,quotes --max-difficulty 2 --spoiler-limit 5",
        kSource);
    REQUIRE(r.exit_code == 0);
    const nlohmann::json all = nlohmann::json::parse(r.out);
    CHECK(all.size() > 20);
    for (const auto& q : all) {
        CHECK((q["family"] == "plot" || q["family"] == "quotes"));
        CHECK(q["difficulty"].get<int>() <= 2);
        CHECK(q["spoils"].get<int>() <= 5);
    }
}

TEST_CASE("generate rejects bad options and bad packs") {
    const auto family = run_filmquiz("generate --family plto", kSource);
    CHECK(family.exit_code == 2);
    CHECK(family.err ==
          "filmquiz: generate: --family: unknown family \"plto\" (did you mean \"plot\"?); "
          "families are cast, characters, crew, plot, quotes, trivia\n");
    const auto count = run_filmquiz("generate --count 0", kSource);
    CHECK(count.exit_code == 2);
    CHECK(count.err.find("--count") != std::string::npos);
    const auto both = run_filmquiz("generate --count 5 --all", kSource);
    CHECK(both.exit_code == 2);
    const auto format = run_filmquiz("generate --format yaml", kSource);
    CHECK(format.exit_code == 2);

    const auto broken = run_filmquiz("generate --pack packs/unknown-character", kFixtures, "");
    CHECK(broken.exit_code == 1);
    CHECK(broken.out.empty());
    CHECK(broken.err ==
          "packs/unknown-character/plot.json:5:29: error: /events/1/who/0: unknown character "
          "\"Mily\" (did you mean \"Milly\"?)\n"
          "filmquiz: packs/unknown-character: the pack has errors (see 'filmquiz check "
          "packs/unknown-character')\n");
}

TEST_CASE("every question printed on two threads reads exactly as on one") {
    auto load = filmquiz::content::load_pack(kSource / "questions" / "miss-you-already", "m");
    REQUIRE(load.pack);
    const filmquiz::core::QuestionBank bank(*load.pack);
    const auto every = filmquiz::core::eligible(bank, {});
    for (const bool json : {false, true}) {
        std::ostringstream one;
        std::ostringstream two;
        filmquiz::cli::print_every_question(one, *load.pack, bank, every, 7, json, "Every", 1);
        filmquiz::cli::print_every_question(two, *load.pack, bank, every, 7, json, "Every", 2);
        CHECK(one.str() == two.str());
        CHECK(one.str().size() > 50000);
    }
    // And the one-thread form is the documented one.
    std::vector<filmquiz::core::Question> questions;
    for (const auto* c : every)
        questions.push_back(bank.realize(*c, 7));
    std::ostringstream text;
    filmquiz::cli::print_every_question(text, *load.pack, bank, every, 7, false, "Every", 2);
    CHECK(text.str() == filmquiz::cli::questions_to_text(*load.pack, questions, "Every"));
    std::ostringstream json;
    filmquiz::cli::print_every_question(json, *load.pack, bank, every, 7, true, "Every", 2);
    CHECK(json.str() == filmquiz::cli::questions_to_json(questions));
    CHECK(nlohmann::json::parse(json.str()).size() == every.size());
}
