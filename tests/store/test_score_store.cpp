#include <csignal>
#include <fcntl.h>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include <doctest/doctest.h>

#include "core/player.hpp"
#include "core/rng.hpp"
#include "store/score_store.hpp"
#include "test_support.hpp"

using namespace filmquiz;
using namespace filmquiz::store;
using filmquiz::test::parse_csv;
using filmquiz::test::read_text;
using filmquiz::test::TempDir;
using filmquiz::test::write_text;

namespace {

GameRecord game_for(const std::string& player, int score, const std::string& when,
                    GameMode mode = GameMode::solo, const std::string& pack = "miss-you-already",
                    int questions = 3) {
    GameRecord g;
    g.played_at = when;
    g.mode = mode;
    g.pack_id = pack;
    g.seed = 18446744073709551615ull;  // the largest seed survives the round trip
    g.settings_json = R"({"count":3})";
    g.duration_ms = 61000;
    g.question_count = questions;
    int correct = 0;
    for (int i = 0; i < questions; ++i) {
        AnswerRecord a;
        a.question_index = i;
        a.question_id = "cast.who-plays:Milly" + std::to_string(i % 2);
        a.family = i % 2 == 0 ? "cast" : "plot";
        a.player = player;
        a.given = i == 0 ? "Toni, \"the\" Collette" : "Jess";
        a.correct = i % 2 == 0;
        a.time_ms = 1000 * (i + 1);
        a.points = a.correct ? 100 : 0;
        a.question_text = i == 0 ? "Who plays \"Milly\"?" : "Who says this?";
        a.given_text = a.given;
        a.right_answer = i == 0 ? "Toni Collette" : "Milly";
        correct += a.correct ? 1 : 0;
        g.answers.push_back(a);
    }
    g.participants.push_back({player, score, correct, questions, 2});
    return g;
}

std::unique_ptr<ScoreStore> open_store(const std::filesystem::path& dir) {
    auto opened = ScoreStore::open(dir);
    CHECK(opened.notice.empty());
    return std::move(opened.store);
}

int raw_user_version(const std::filesystem::path& file) {
    Database db(file, Database::Mode::read_only);
    return db.user_version();
}

}  // namespace

TEST_CASE("player names: trimmed, 1-24 characters of UTF-8, no control characters") {
    struct Case {
        std::string raw;
        std::optional<std::string> name;
        std::string error;
    };
    const Case cases[] = {
        {"  Ana  ", "Ana", ""},
        {"Zo\xC3\xAB", "Zo\xC3\xAB", ""},
        {std::string(24, 'x'), std::string(24, 'x'), ""},
        // 24 accented letters are 48 bytes but 24 characters.
        {[] {
             std::string s;
             for (int i = 0; i < 24; ++i)
                 s += "\xC3\xA9";
             return s;
         }(),
         [] {
             std::string s;
             for (int i = 0; i < 24; ++i)
                 s += "\xC3\xA9";
             return s;
         }(),
         ""},
        {std::string(25, 'x'), std::nullopt, "a name is at most 24 characters"},
        {"", std::nullopt, "a name needs at least one character"},
        {" \t ", std::nullopt, "a name needs at least one character"},
        {"A\tB", std::nullopt, "a name cannot hold control characters"},
        {"bad\xFF", std::nullopt, "the name is not valid UTF-8 text"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.raw);
        const core::NameCheck check = core::check_player_name(c.raw);
        CHECK(check.name == c.name);
        CHECK(check.error == c.error);
    }
}

TEST_CASE("high-score table positions") {
    struct Case {
        std::vector<int> table;
        int score;
        std::size_t size;
        std::optional<std::size_t> position;
    };
    const Case cases[] = {
        {{}, 10, 10, 0},
        {{}, 0, 10, std::nullopt},  // zero never makes the table
        {{500, 400, 300}, 450, 3, 1},
        {{500, 400, 300}, 400, 3, 2},  // a tie goes below the earlier score
        {{500, 400, 300}, 300, 3, std::nullopt},
        {{500, 400, 300}, 300, 4, 3},
        {{500, 400, 300}, 900, 3, 0},
        {{500}, 100, 0, std::nullopt},
    };
    for (const Case& c : cases) {
        CHECK(core::table_position(c.table, c.score, c.size) == c.position);
    }
}

TEST_CASE("a new store is created at the current schema, in WAL mode") {
    TempDir dir;
    {
        auto store = open_store(dir.path());
        CHECK_FALSE(store->read_only());
        CHECK(store->path() == dir.path() / "scores.sqlite");
    }
    CHECK(raw_user_version(dir.path() / "scores.sqlite") == kSchemaVersion);
    Database db(dir.path() / "scores.sqlite", Database::Mode::read_only);
    Statement mode(db, "PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.column_text(0) == "wal");
    Statement tables(db,
                     "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master "
                     "WHERE type = 'table' ORDER BY name)");
    REQUIRE(tables.step());
    CHECK(tables.column_text(0) == "answers,games,participants,players,settings");
}

TEST_CASE("migrations run from version 0: an empty file becomes a store") {
    TempDir dir;
    write_text(dir.path() / "scores.sqlite", "");
    {
        auto store = open_store(dir.path());
        store->save_game(game_for("Ana", 300, "2026-01-01T10:00:00Z"));
    }
    CHECK(raw_user_version(dir.path() / "scores.sqlite") == kSchemaVersion);
    auto store = open_store(dir.path());
    CHECK(store->game_count() == 1);
}

TEST_CASE("players are unique ignoring case and keep their first spelling") {
    TempDir dir;
    auto store = open_store(dir.path());
    const Player ana = store->player("  Ana ");
    CHECK(ana.name == "Ana");
    CHECK(store->player("ANA").id == ana.id);
    CHECK(store->player("ana").name == "Ana");
    CHECK(store->player("\xC3\x89mile").id == store->player("\xC3\xA9MILE").id);
    CHECK(store->players().size() == 2);
    CHECK_THROWS_WITH_AS(store->player(std::string(30, 'z')), "a name is at most 24 characters",
                         std::invalid_argument);
    CHECK_FALSE(store->find_player("Nobody"));
}

TEST_CASE("high scores: best first, ties to the earlier game, filtered and limited") {
    TempDir dir;
    auto store = open_store(dir.path());
    store->save_game(game_for("Ana", 300, "2026-01-01T10:00:00Z"));
    store->save_game(game_for("Ben", 500, "2026-01-02T10:00:00Z"));
    store->save_game(game_for("Cai", 300, "2025-12-31T10:00:00Z"));
    store->save_game(game_for("Ana", 700, "2026-01-03T10:00:00Z", GameMode::party));
    store->save_game(game_for("Dee", 900, "2026-01-04T10:00:00Z", GameMode::solo, "other-film"));

    ScoreQuery solo;
    solo.mode = GameMode::solo;
    solo.pack_id = "miss-you-already";
    const auto rows = store->top_scores(solo);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].player == "Ben");
    CHECK(rows[1].player == "Cai");  // same score as Ana, but earlier
    CHECK(rows[2].player == "Ana");
    CHECK(rows[0].score == 500);
    CHECK(rows[0].correct == 2);
    CHECK(rows[0].answered == 3);
    CHECK(rows[0].mode == "solo");

    ScoreQuery all;
    all.limit = 2;
    const auto top = store->top_scores(all);
    REQUIRE(top.size() == 2);
    CHECK(top[0].player == "Dee");
    CHECK(top[1].player == "Ana");
    CHECK(top[1].mode == "party");
}

TEST_CASE("a player's history: the last games, oldest first") {
    TempDir dir;
    auto store = open_store(dir.path());
    for (int day = 1; day <= 25; ++day) {
        char when[32];
        std::snprintf(when, sizeof when, "2026-02-%02dT09:00:00Z", day);
        store->save_game(game_for("Ana", day * 10, when));
    }
    store->save_game(game_for("Ben", 999, "2026-02-10T09:00:00Z"));
    ScoreQuery query;
    query.limit = 20;
    const auto rows = store->history("ana", query);
    REQUIRE(rows.size() == 20);
    CHECK(rows.front().score == 60);
    CHECK(rows.back().score == 250);
    for (const auto& r : rows)
        CHECK(r.player == "Ana");
}

TEST_CASE("accuracy per question and per family, and recently asked questions") {
    TempDir dir;
    auto store = open_store(dir.path());
    store->save_game(game_for("Ana", 100, "2026-03-01T09:00:00Z"));
    store->save_game(
        game_for("Ben", 100, "2026-03-02T09:00:00Z", GameMode::solo, "miss-you-already", 4));

    const auto questions = store->question_accuracy(std::string("miss-you-already"));
    REQUIRE(questions.size() == 2);
    CHECK(questions[0].key == "cast.who-plays:Milly0");
    CHECK(questions[0].asked == 4);
    CHECK(questions[0].correct == 4);
    CHECK(questions[1].key == "cast.who-plays:Milly1");
    CHECK(questions[1].asked == 3);
    CHECK(questions[1].correct == 0);
    CHECK(questions[1].rate() == 0.0);

    const auto families = store->family_accuracy(std::string("Ben"));
    REQUIRE(families.size() == 2);
    CHECK(families[0].key == "cast");
    CHECK(families[0].asked == 2);
    CHECK(families[0].correct == 2);
    CHECK(families[1].key == "plot");
    CHECK(families[1].asked == 2);
    CHECK(families[1].correct == 0);
    CHECK(store->family_accuracy(std::nullopt)[0].asked == 4);

    CHECK(store->recent_question_ids(std::string("Ana"), 5) ==
          std::set<std::string>{"cast.who-plays:Milly0", "cast.who-plays:Milly1"});
    CHECK(store->recent_question_ids(std::string("Nobody"), 5).empty());
}

TEST_CASE("settings are written at once and read back after reopening") {
    TempDir dir;
    {
        auto store = open_store(dir.path());
        CHECK_FALSE(store->setting("volume"));
        store->set_setting("volume", "80");
        store->set_setting("volume", "65");
        store->set_setting("font_scale", "125");
        store->set_settings({{"muted", "1"}, {"timer_seconds", "30"}});
    }
    auto store = open_store(dir.path());
    CHECK(store->setting("volume") == std::optional<std::string>("65"));
    CHECK(store->settings() ==
          std::map<std::string, std::string>{
              {"font_scale", "125"}, {"muted", "1"}, {"timer_seconds", "30"}, {"volume", "65"}});
}

TEST_CASE("a file that is not a database is moved aside, never deleted") {
    TempDir dir;
    const std::string junk = "these are not the scores you are looking for\n";
    write_text(dir.path() / "scores.sqlite", junk);
    auto opened = ScoreStore::open(dir.path());
    REQUIRE(opened.store);
    std::filesystem::path moved;
    for (const auto& e : std::filesystem::directory_iterator(dir.path())) {
        if (e.path().filename().string().rfind("scores.corrupt-", 0) == 0)
            moved = e.path();
    }
    REQUIRE_FALSE(moved.empty());
    CHECK(read_text(moved) == junk);
    CHECK(opened.notice ==
          "Your scores file was damaged (it is not a SQLite database). It was moved to " +
              moved.filename().string() + " and a new one was started.");
    // The new file works.
    opened.store->save_game(game_for("Ana", 10, ""));
    CHECK(opened.store->game_count() == 1);
    // And a second open says nothing more.
    opened.store.reset();
    CHECK(ScoreStore::open(dir.path()).notice.empty());
}

TEST_CASE("a database that fails its integrity check is moved aside") {
    TempDir dir;
    const auto file = dir.path() / "scores.sqlite";
    {
        auto store = open_store(dir.path());
        for (int i = 0; i < 40; ++i)
            store->save_game(game_for("Ana", i, ""));
        Database db(file, Database::Mode::read_write);
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    // Scribble over a page in the middle of the file, keeping the header intact.
    std::string bytes = read_text(file);
    REQUIRE(bytes.size() > 4096 * 4);
    for (std::size_t i = 4096 * 2 + 8; i < 4096 * 3; ++i)
        bytes[i] = static_cast<char>(i * 7);
    write_text(file, bytes);

    auto opened = ScoreStore::open(dir.path());
    REQUIRE(opened.store);
    CHECK(opened.notice.rfind("Your scores file was damaged (", 0) == 0);
    CHECK(opened.notice.find("It was moved to scores.corrupt-") != std::string::npos);
    CHECK(opened.store->game_count() == 0);
    int aside = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir.path())) {
        if (e.path().filename().string().rfind("scores.corrupt-", 0) == 0 &&
            e.path().extension() == ".sqlite") {
            ++aside;
            CHECK(read_text(e.path()) == bytes);
        }
    }
    CHECK(aside == 1);
}

TEST_CASE("a database from a newer filmquiz is opened read-only and never changed") {
    TempDir dir;
    const auto file = dir.path() / "scores.sqlite";
    {
        auto store = open_store(dir.path());
        store->save_game(game_for("Ana", 420, "2026-04-01T09:00:00Z"));
        Database db(file, Database::Mode::read_write);
        db.set_user_version(kSchemaVersion + 6);
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const std::string before = read_text(file);
    {
        auto opened = ScoreStore::open(dir.path());
        REQUIRE(opened.store);
        CHECK(opened.store->read_only());
        CHECK(opened.notice ==
              "scores.sqlite was written by a newer filmquiz (schema " +
                  std::to_string(kSchemaVersion + 6) + "; this one knows " +
                  std::to_string(kSchemaVersion) +
                  "). It is open read-only: your scores are safe, but new ones will not be "
                  "saved until you update filmquiz.");
        // Reading works; writing is refused with a clear message.
        REQUIRE(opened.store->top_scores({}).size() == 1);
        CHECK(opened.store->top_scores({})[0].score == 420);
        CHECK_THROWS_WITH_AS(opened.store->save_game(game_for("Ben", 1, "")),
                             "scores.sqlite is open read-only (it was written by a newer "
                             "filmquiz)",
                             StoreError);
        CHECK_THROWS_AS(opened.store->set_setting("volume", "1"), StoreError);
    }
    CHECK(read_text(file) == before);
    CHECK(raw_user_version(file) == kSchemaVersion + 6);
}

TEST_CASE("exported answers are RFC 4180 CSV that a CSV reader gets back exactly") {
    TempDir dir;
    auto store = open_store(dir.path());
    store->save_game(game_for("Zo\xC3\xAB, \"Z\"", 300, "2026-05-01T09:00:00Z"));
    std::ostringstream csv;
    store->export_answers_csv(csv);
    const auto rows = parse_csv(csv.str());
    REQUIRE(rows.size() == 4);
    CHECK(rows[0] == std::vector<std::string>{"game", "played_at", "mode", "pack", "pack_version",
                                              "player", "question_number", "question_id", "family",
                                              "answer", "correct", "time_ms", "points", "question",
                                              "answer_text", "right_answer"});
    CHECK(rows[1] == std::vector<std::string>{
                         "1", "2026-05-01T09:00:00Z", "solo", "miss-you-already", "1",
                         "Zo\xC3\xAB, \"Z\"", "1", "cast.who-plays:Milly0", "cast",
                         "Toni, \"the\" Collette", "yes", "1000", "100", "Who plays \"Milly\"?",
                         "Toni, \"the\" Collette", "Toni Collette"});
    CHECK(rows[3][6] == "3");
}

TEST_CASE("two copies writing at once both succeed") {
    TempDir dir;
    open_store(dir.path());
    auto writer = [&](const std::string& name) {
        auto store = ScoreStore::open(dir.path()).store;
        for (int i = 0; i < 25; ++i)
            store->save_game(game_for(name, i, ""));
    };
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        try {
            writer("Child");
        } catch (...) {
            _exit(1);
        }
        _exit(0);
    }
    writer("Parent");
    int status = 0;
    waitpid(child, &status, 0);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    auto store = open_store(dir.path());
    CHECK(store->game_count() == 50);
    Database db(dir.path() / "scores.sqlite", Database::Mode::read_only);
    CHECK(db.integrity_check() == "ok");
}

TEST_CASE("killed at any moment, the store keeps every committed game whole") {
    TempDir dir;
    open_store(dir.path());
    core::Rng rng(2026);
    std::vector<std::int64_t> reported;
    for (int round = 0; round < 200; ++round) {
        int fds[2];
        REQUIRE(pipe(fds) == 0);
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            close(fds[0]);
            try {
                auto store = ScoreStore::open(dir.path()).store;
                for (int i = 0;; ++i) {
                    const std::int64_t id = store->save_game(
                        game_for("Crash", i, "", GameMode::solo, "miss-you-already", 1 + i % 7));
                    // Reported only after the commit returned.
                    if (write(fds[1], &id, sizeof id) != sizeof id)
                        _exit(2);
                }
            } catch (...) {
                _exit(3);
            }
        }
        close(fds[1]);
        // The kill lands at a random moment after the child's first commit, however slow
        // the machine is (other builds running beside the tests, say).
        std::int64_t id = 0;
        if (read(fds[0], &id, sizeof id) == sizeof id)
            reported.push_back(id);
        usleep(static_cast<useconds_t>(rng.below(30000)));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        CHECK(WIFSIGNALED(status));
        while (read(fds[0], &id, sizeof id) == sizeof id)
            reported.push_back(id);
        close(fds[0]);
    }
    CAPTURE(reported.size());
    CHECK(reported.size() > 200);

    auto store = open_store(dir.path());
    Database db(dir.path() / "scores.sqlite", Database::Mode::read_only);
    CHECK(db.integrity_check() == "ok");
    // Every game in the file is whole: all its answers and its participant.
    Statement partial(db,
                      "SELECT COUNT(*) FROM games g WHERE g.question_count != "
                      "(SELECT COUNT(*) FROM answers a WHERE a.game_id = g.id) OR 1 != "
                      "(SELECT COUNT(*) FROM participants p WHERE p.game_id = g.id)");
    REQUIRE(partial.step());
    CHECK(partial.column_int(0) == 0);
    // And every game the child saw committed is there.
    Statement exists(db, "SELECT COUNT(*) FROM games WHERE id = ?1");
    int missing = 0;
    for (const std::int64_t game : reported) {
        exists.bind(1, game);
        REQUIRE(exists.step());
        if (exists.column_int(0) != 1)
            ++missing;
        exists.reset();
    }
    CHECK(missing == 0);
}

TEST_CASE("a scores file of schema 1 is migrated and its games stay readable") {
    TempDir dir;
    const auto file = dir.path() / "scores.sqlite";
    {
        // The schema filmquiz 0.1 wrote, with one game in it.
        Database db(file, Database::Mode::read_write);
        db.exec(R"sql(
        CREATE TABLE players (id INTEGER PRIMARY KEY, name TEXT NOT NULL,
            name_key TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL);
        CREATE TABLE games (id INTEGER PRIMARY KEY, played_at TEXT NOT NULL,
            mode TEXT NOT NULL CHECK (mode IN ('solo', 'party', 'host')), pack_id TEXT NOT NULL,
            pack_version INTEGER NOT NULL, seed TEXT NOT NULL, settings TEXT NOT NULL,
            duration_ms INTEGER NOT NULL, question_count INTEGER NOT NULL);
        CREATE TABLE participants (game_id INTEGER NOT NULL REFERENCES games(id) ON DELETE CASCADE,
            player_id INTEGER NOT NULL REFERENCES players(id), seat INTEGER NOT NULL,
            score INTEGER NOT NULL, correct INTEGER NOT NULL, answered INTEGER NOT NULL,
            best_streak INTEGER NOT NULL, PRIMARY KEY (game_id, player_id));
        CREATE TABLE answers (id INTEGER PRIMARY KEY,
            game_id INTEGER NOT NULL REFERENCES games(id) ON DELETE CASCADE,
            player_id INTEGER NOT NULL REFERENCES players(id), question_index INTEGER NOT NULL,
            question_id TEXT NOT NULL, family TEXT NOT NULL, given TEXT NOT NULL,
            correct INTEGER NOT NULL, time_ms INTEGER NOT NULL, points INTEGER NOT NULL);
        CREATE INDEX answers_by_question ON answers(question_id);
        CREATE INDEX answers_by_game ON answers(game_id, question_index);
        CREATE INDEX participants_by_player ON participants(player_id);
        CREATE INDEX games_by_mode ON games(mode, pack_id);
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO players VALUES (1, 'Ana', 'ana', '2025-01-01T10:00:00Z');
        INSERT INTO games VALUES (1, '2025-01-01T10:00:00Z', 'solo', 'miss-you-already', 1,
            '7', '{}', 30000, 1);
        INSERT INTO participants VALUES (1, 1, 0, 100, 1, 1, 1);
        INSERT INTO answers VALUES (1, 1, 1, 0, 'cast.who-plays:Milly', 'cast', 'Toni Collette',
            1, 2500, 100);
        INSERT INTO settings VALUES ('volume', '0.5');
        )sql");
        db.set_user_version(1);
    }
    REQUIRE(raw_user_version(file) == 1);
    auto store = open_store(dir.path());
    CHECK(raw_user_version(file) == kSchemaVersion);
    CHECK(kSchemaVersion == 2);
    // Everything the old file held is still there.
    CHECK(store->game_count() == 1);
    CHECK(store->setting("volume") == "0.5");
    REQUIRE(store->top_scores({}).size() == 1);
    CHECK(store->top_scores({})[0].player == "Ana");
    // And a new game records the texts alongside.
    store->save_game(game_for("Ana", 300, "2026-05-01T09:00:00Z"));
    std::ostringstream csv;
    store->export_answers_csv(csv);
    const auto rows = parse_csv(csv.str());
    REQUIRE(rows.size() == 5);
    // The old answer: its texts were never recorded, so they are empty, not made up.
    CHECK(rows[1] == std::vector<std::string>{"1", "2025-01-01T10:00:00Z", "solo",
                                              "miss-you-already", "1", "Ana", "1",
                                              "cast.who-plays:Milly", "cast", "Toni Collette",
                                              "yes", "2500", "100", "", "", ""});
    CHECK(rows[2][13] == "Who plays \"Milly\"?");
    CHECK(rows[2][15] == "Toni Collette");
}

TEST_CASE("a data folder that cannot be used is reported in the player's words") {
    TempDir dir;
    const auto file = dir.path() / "not-a-folder";
    write_text(file, "x");
    CHECK_THROWS_WITH_AS(ScoreStore::open(file),
                         (file.string() + " is not a folder (a file is in the way)").c_str(),
                         StoreError);
    // A folder that cannot be created beneath it.
    CHECK_THROWS_WITH_AS(
        ScoreStore::open(file / "filmquiz"),
        ((file / "filmquiz").string() + " is not a folder (a file is in the way)").c_str(),
        StoreError);
    CHECK(read_text(file) == "x");  // nothing in the way is touched

    // scores.sqlite that is not a file: reported, never moved aside.
    const auto data = dir.path() / "data";
    std::filesystem::create_directories(data / "scores.sqlite");
    CHECK_THROWS_WITH_AS(
        ScoreStore::open(data),
        ("the scores file cannot be opened for writing (" + (data / "scores.sqlite").string() + ")")
            .c_str(),
        StoreError);
    CHECK(std::filesystem::is_directory(data / "scores.sqlite"));
    CHECK(std::distance(std::filesystem::directory_iterator(data),
                        std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("saved-data failures read as the player would say them") {
    CHECK(plain_reason(13) == "the disk is full");                              // SQLITE_FULL
    CHECK(plain_reason(8) == "the scores file is read-only");                   // SQLITE_READONLY
    CHECK(plain_reason(8 | (1 << 8)) == "the scores file is read-only");        // ..._RECOVERY
    CHECK(plain_reason(14) == "the scores file cannot be opened for writing");  // CANTOPEN
    CHECK(plain_reason(10) == "the disk could not be written");                 // IOERR
    CHECK(plain_reason(5) == "another program is holding the scores file");     // BUSY
    const std::filesystem::path d = "/media/card/filmquiz";
    CHECK(plain_reason(d, std::make_error_code(std::errc::read_only_file_system)) ==
          "/media/card/filmquiz is on a read-only disk");
    CHECK(plain_reason(d, std::make_error_code(std::errc::no_space_on_device)) ==
          "the disk is full");
    CHECK(plain_reason(d, std::make_error_code(std::errc::permission_denied)) ==
          "there is no permission to write in /media/card/filmquiz");
}

TEST_CASE("the data folder is found without SDL, as SDL would find it") {
    struct Saved {
        std::string name;
        std::optional<std::string> value;
    };
    std::vector<Saved> saved;
    for (const char* name : {"FILMQUIZ_DATA_DIR", "XDG_DATA_HOME", "HOME"}) {
        const char* v = std::getenv(name);
        saved.push_back({name, v ? std::optional<std::string>(v) : std::nullopt});
    }
    setenv("FILMQUIZ_DATA_DIR", "/tmp/fq-data", 1);
    CHECK(user_data_dir() == "/tmp/fq-data");
    unsetenv("FILMQUIZ_DATA_DIR");
    setenv("XDG_DATA_HOME", "/home/ana/.data", 1);
    setenv("HOME", "/home/ana", 1);
    CHECK(user_data_dir() == "/home/ana/.data/filmquiz");
    setenv("XDG_DATA_HOME", "relative/data", 1);  // ignored, as the XDG spec says
    CHECK(user_data_dir() == "/home/ana/.local/share/filmquiz");
    unsetenv("XDG_DATA_HOME");
    unsetenv("HOME");
    CHECK_THROWS_WITH_AS(
        user_data_dir(),
        "cannot find a folder for saved data: set HOME, XDG_DATA_HOME or FILMQUIZ_DATA_DIR",
        StoreError);
    for (const Saved& s : saved) {
        if (s.value)
            setenv(s.name.c_str(), s.value->c_str(), 1);
        else
            unsetenv(s.name.c_str());
    }
}

TEST_CASE("a full disk: the game is refused whole, and what was saved stays") {
    TempDir dir;
    auto store = open_store(dir.path());
    store->save_game(game_for("Ana", 420, "2026-04-01T09:00:00Z"));
    store->cap_size_for_tests(1);  // no page more than the file has now
    int saved = 1;
    std::optional<int> code;
    for (int i = 0; i < 2000 && !code; ++i) {
        try {
            store->save_game(
                game_for("Ana", i, "2026-04-02T09:00:00Z", GameMode::solo, "miss-you-already", 10));
            ++saved;
        } catch (const StoreError& e) {
            code = e.code();
        }
    }
    REQUIRE(code.has_value());
    CHECK(plain_reason(*code) == "the disk is full");
    CHECK(store->game_count() == saved);
    Database db(dir.path() / "scores.sqlite", Database::Mode::read_only);
    CHECK(db.integrity_check() == "ok");
}
