#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

using filmquiz::test::read_text;
using filmquiz::test::run_filmquiz;
using filmquiz::test::TempDir;
using filmquiz::test::write_text;

namespace {

const std::filesystem::path kSource = FILMQUIZ_SOURCE_DIR;
const std::filesystem::path kImports = std::filesystem::path(FILMQUIZ_FIXTURES) / "imports";

std::string data_env(const TempDir& data) {
    return "FILMQUIZ_DATA_DIR='" + data.path().string() + "'";
}

}  // namespace

TEST_CASE("import writes a set into the user data folder, and never over one without --force") {
    TempDir data;
    const auto r = run_filmquiz("import gift/true_false.gift", kImports, data_env(data));
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    const std::filesystem::path dir = data.path() / "sets" / "true_false";
    CHECK(r.out == "Imported 4 questions from gift/true_false.gift into " + dir.string() +
                       ".\nPrint them with: filmquiz generate --set " + dir.string() + "\n");
    const auto json = nlohmann::json::parse(read_text(dir / "set.json"));
    CHECK(json["imported_from"]["file"] == "gift/true_false.gift");
    CHECK(json["imported_from"]["format"] == "gift");
    CHECK(json["questions"].size() == 4);
    const std::string before = read_text(dir / "set.json");

    const auto again = run_filmquiz("import gift/true_false.gift", kImports, data_env(data));
    CHECK(again.exit_code == 1);
    CHECK(again.out.empty());
    CHECK(again.err == "filmquiz: import: " + dir.string() +
                           " already holds a question set; add --force to replace it\n");
    CHECK(read_text(dir / "set.json") == before);

    const auto forced =
        run_filmquiz("import --force gift/true_false.gift", kImports, data_env(data));
    CHECK(forced.exit_code == 0);
}

TEST_CASE("import --into, --format, and warnings with the set written") {
    TempDir data;
    const std::filesystem::path into = data.path() / "my set";
    const auto r =
        run_filmquiz("import --format gift --into '" + into.string() + "' gift/weights.gift",
                     kImports, data_env(data));
    CHECK(r.exit_code == 0);
    CHECK(r.err.find("gift/weights.gift:4:35: warning: the answer \"Barry Lyndon\" gives 50% "
                     "credit") == 0);
    CHECK(r.out == "Imported 3 questions from gift/weights.gift into " + into.string() +
                       " (4 warnings: see above).\nPrint them with: filmquiz generate --set " +
                       into.string() + "\n");
    CHECK(std::filesystem::exists(into / "set.json"));
    CHECK_FALSE(std::filesystem::exists(data.path() / "sets"));
}

TEST_CASE("import with any error exits 1 and writes nothing") {
    TempDir data;
    const auto r = run_filmquiz("import aiken/missing_answer.txt", kImports, data_env(data));
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK(r.err ==
          "aiken/missing_answer.txt:1:1: error: the question has no \"ANSWER: X\" line after its "
          "options\n"
          "aiken/missing_answer.txt:8:9: error: \"ANSWER: C\" names no option (the options are A "
          "to B)\n"
          "aiken/missing_answer.txt:13:1: error: \"ANSWER:\" names no option (the options are A "
          "to B)\n"
          "aiken/missing_answer.txt:15:1: error: the question has no \"ANSWER: X\" line after "
          "its options\n"
          "filmquiz: import: aiken/missing_answer.txt: 4 errors; nothing written\n");
    CHECK_FALSE(std::filesystem::exists(data.path() / "sets"));

    const auto missing = run_filmquiz("import nowhere.gift", kImports, data_env(data));
    CHECK(missing.exit_code == 1);
    CHECK(missing.err ==
          "nowhere.gift: error: no such file\nfilmquiz: import: nowhere.gift: 1 error; nothing "
          "written\n");
    CHECK(run_filmquiz("import --format yaml gift/true_false.gift", kImports, data_env(data))
              .exit_code == 2);
    CHECK(run_filmquiz("import", kImports, data_env(data)).exit_code == 2);
}

TEST_CASE("import --help says how the format is guessed") {
    const auto r = run_filmquiz("import --help", kImports);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("guessed from the extension") != std::string::npos);
}

TEST_CASE("generate --set prints a set, all of it or a seeded round") {
    TempDir data;
    const std::filesystem::path into = data.path() / "films";
    REQUIRE(run_filmquiz("import --into '" + into.string() + "' opentdb/film.json", kImports,
                         data_env(data))
                .exit_code == 0);
    const auto all = run_filmquiz("generate --set '" + into.string() + "'", kImports);
    CHECK(all.exit_code == 0);
    CHECK(all.err.empty());
    CHECK(all.out.rfind("film: every question (4)\n\n1. Which actor plays \"The Dude\" in 'The "
                        "Big Lebowski'?\n   (Your questions, multiple choice, difficulty 1)\n",
                        0) == 0);
    CHECK(all.out.find("   Source: film.json:4\n") != std::string::npos);

    const auto round = run_filmquiz(
        "generate --set '" + into.string() + "' --count 2 --seed 3 --format json", kImports);
    CHECK(round.exit_code == 0);
    const auto json = nlohmann::json::parse(round.out);
    CHECK(json.size() == 2);
    CHECK(json[0]["family"] == "custom");
    CHECK(run_filmquiz("generate --set '" + into.string() + "' --count 2 --seed 3 --format json",
                       kImports)
              .out == round.out);

    const auto easy = run_filmquiz(
        "generate --set '" + into.string() + "' --max-difficulty 1 --format json", kImports);
    CHECK(nlohmann::json::parse(easy.out).size() == 1);

    CHECK(run_filmquiz("generate --set '" + into.string() + "' --pack x", kImports).exit_code == 2);
}

TEST_CASE("generate --set refuses a damaged set with its problems") {
    TempDir dir;
    write_text(dir.path() / "set.json", "{\"format\": \"filmquiz-set\"}");
    const auto r = run_filmquiz("generate --set '" + dir.path().string() + "'", kImports);
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    const std::string file = (dir.path() / "set.json").string();
    CHECK(r.err == file + ":1:1: error: missing required field \"version\"\n" + file +
                       ":1:1: error: missing required field \"title\"\n" + file +
                       ":1:1: error: missing required field \"questions\"\nfilmquiz: " +
                       dir.path().string() + ": the question set has errors\n");
}

TEST_CASE("generate --format gift and aiken export a pack's round for Moodle") {
    const auto gift = run_filmquiz("generate --seed 3 --count 12 --format gift", kSource);
    CHECK(gift.exit_code == 0);
    CHECK(gift.err.empty());
    CHECK(gift.out.rfind("// Miss You Already: 12 questions (seed 3)\n// GIFT format", 0) == 0);

    const auto aiken = run_filmquiz("generate --all --format aiken", kSource);
    CHECK(aiken.exit_code == 0);
    // Ordering and typed-answer questions have no Aiken form: each is named on stderr.
    CHECK(aiken.err.find(": an ordering question has no Aiken form; left out\n") !=
          std::string::npos);
    CHECK(aiken.err.find(": a typed-answer question has no Aiken form; left out\n") !=
          std::string::npos);
    CHECK(aiken.out.find("\nANSWER: ") != std::string::npos);

    TempDir data;
    write_text(data.path() / "round.gift", gift.out);
    const auto back = run_filmquiz("import --into '" + (data.path() / "set").string() + "' '" +
                                       (data.path() / "round.gift").string() + "'",
                                   kSource, data_env(data));
    CHECK(back.exit_code == 0);
    CHECK(back.out.rfind("Imported 12 questions", 0) == 0);
}
