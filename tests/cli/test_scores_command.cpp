#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "store/score_store.hpp"
#include "test_support.hpp"

using namespace filmquiz;
using filmquiz::test::read_text;
using filmquiz::test::run_filmquiz;
using filmquiz::test::TempDir;

namespace {

std::string env_for(const TempDir& dir) {
    return "FILMQUIZ_DATA_DIR='" + dir.path().string() + "'";
}

void seed_scores(const std::filesystem::path& dir) {
    auto store = store::ScoreStore::open(dir).store;
    auto game = [](const std::string& who, int score, const std::string& when) {
        store::GameRecord g;
        g.played_at = when;
        g.pack_id = "miss-you-already";
        g.question_count = 1;
        g.participants.push_back({who, score, 1, 1, 1});
        g.answers.push_back({0, "crew.year", "crew", who, "2015", true, 1500, score,
                             "In which year did Miss You Already come out?", "2015", "2015"});
        return g;
    };
    store->save_game(game("Ana", 450, "2026-06-01T10:00:00Z"));
    store->save_game(game("Zo\xC3\xAB \"Z\", Jr", 900, "2026-06-02T10:00:00Z"));
    store->save_game(game("Ana", 700, "2026-06-03T10:00:00Z"));
}

}  // namespace

TEST_CASE("scores with no games says how to get some") {
    TempDir dir;
    const auto r = run_filmquiz("scores", dir.path(), env_for(dir));
    CHECK(r.exit_code == 0);
    CHECK(r.out ==
          "High scores (all modes, all packs)\nNo scores yet: play a round with 'filmquiz'.\n");
    CHECK(std::filesystem::exists(dir.path() / "scores.sqlite"));
}

TEST_CASE("scores --format csv round-trips through a CSV reader") {
    TempDir dir;
    seed_scores(dir.path());
    const auto r = run_filmquiz("scores --format csv", dir.path(), env_for(dir));
    REQUIRE(r.exit_code == 0);
    const auto rows = filmquiz::test::parse_csv(r.out);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0] == std::vector<std::string>{"rank", "player", "score", "correct", "answered",
                                              "best_streak", "mode", "pack", "played_at"});
    CHECK(rows[1] == std::vector<std::string>{"1", "Zo\xC3\xAB \"Z\", Jr", "900", "1", "1", "1",
                                              "solo", "miss-you-already", "2026-06-02T10:00:00Z"});
    CHECK(rows[2][1] == "Ana");
    CHECK(rows[2][2] == "700");
    CHECK(rows[3][2] == "450");
}

TEST_CASE("scores as text and json, and one player's history") {
    TempDir dir;
    seed_scores(dir.path());
    const auto text = run_filmquiz("scores --limit 2", dir.path(), env_for(dir));
    CHECK(text.out ==
          "High scores (all modes, all packs)\n"
          "  #  Player                    Score  Right  Streak  Mode   Pack                Date\n"
          "  1  Zo\xC3\xAB \"Z\", Jr                 900    1/1       1  solo   miss-you-already"
          "    2026-06-02\n"
          "  2  Ana                         700    1/1       1  solo   miss-you-already    "
          "2026-06-03\n");
    const auto json = run_filmquiz("scores --player ana --format json", dir.path(), env_for(dir));
    REQUIRE(json.exit_code == 0);
    const auto history = nlohmann::json::parse(json.out);
    REQUIRE(history.size() == 2);
    CHECK(history[0]["score"] == 450);  // oldest first
    CHECK(history[1]["score"] == 700);
    CHECK(history[0]["player"] == "Ana");
}

TEST_CASE("scores --export-answers writes every answer for a spreadsheet") {
    TempDir dir;
    seed_scores(dir.path());
    const auto target = dir.path() / "answers.csv";
    const auto r = run_filmquiz("scores --export-answers answers.csv", dir.path(), env_for(dir));
    CHECK(r.exit_code == 0);
    CHECK(r.out == "Wrote 3 answers to answers.csv\n");
    const std::string text = read_text(target);
    REQUIRE(text.rfind("\xEF\xBB\xBF", 0) == 0);  // a UTF-8 byte-order mark for spreadsheets
    const auto rows = filmquiz::test::parse_csv(text.substr(3));
    REQUIRE(rows.size() == 4);
    CHECK(rows[0][0] == "game");
    CHECK(rows[1][5] == "Ana");
    CHECK(rows[1][9] == "2015");
    CHECK_FALSE(std::filesystem::exists(dir.path() / "answers.csv.part"));

    const auto bad =
        run_filmquiz("scores --export-answers /nonexistent/dir/a.csv", dir.path(), env_for(dir));
    CHECK(bad.exit_code == 1);
    CHECK(bad.err == "filmquiz: scores: cannot write /nonexistent/dir/a.csv\n");
}

TEST_CASE("scores: unknown player, bad options, damaged file") {
    TempDir dir;
    seed_scores(dir.path());
    const auto nobody = run_filmquiz("scores --player Anna", dir.path(), env_for(dir));
    CHECK(nobody.exit_code == 1);
    CHECK(nobody.err == "filmquiz: scores: no player named \"Anna\" (did you mean \"Ana\"?)\n");
    const auto mode = run_filmquiz("scores --mode duel", dir.path(), env_for(dir));
    CHECK(mode.exit_code == 2);
    CHECK(mode.err.find("--mode") != std::string::npos);

    TempDir broken;
    filmquiz::test::write_text(broken.path() / "scores.sqlite", "garbage");
    const auto r = run_filmquiz("scores", broken.path(), env_for(broken));
    CHECK(r.exit_code == 0);
    CHECK(r.err.rfind("filmquiz: Your scores file was damaged (it is not a SQLite database). "
                      "It was moved to scores.corrupt-",
                      0) == 0);
}

TEST_CASE("scores: a data folder that is a file is one line and exit 1, not a crash") {
    TempDir dir;
    const auto file = dir.path() / "data";
    filmquiz::test::write_text(file, "not a folder");
    const auto r = run_filmquiz("scores", dir.path(), "FILMQUIZ_DATA_DIR='" + file.string() + "'");
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK(r.err ==
          "filmquiz: scores: " + file.string() + " is not a folder (a file is in the way)\n");
    const auto under = run_filmquiz("scores --export-answers out.csv", dir.path(),
                                    "FILMQUIZ_DATA_DIR='" + (file / "sub").string() + "'");
    CHECK(under.exit_code == 1);
    CHECK(under.err == "filmquiz: scores: " + (file / "sub").string() +
                           " is not a folder (a file is in the way)\n");
    CHECK_FALSE(std::filesystem::exists(dir.path() / "out.csv"));
    CHECK(read_text(file) == "not a folder");
}
