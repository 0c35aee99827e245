#include "store/score_store.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include "core/player.hpp"

namespace filmquiz::store {

namespace {

// Migration i takes a file from schema version i to i + 1. Never edit a shipped one:
// append a new one and raise kSchemaVersion.
const std::array<const char*, kSchemaVersion> kMigrations{
    R"sql(
    CREATE TABLE players (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
    );
    CREATE TABLE games (
        id INTEGER PRIMARY KEY,
        played_at TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('solo', 'party', 'host')),
        pack_id TEXT NOT NULL,
        pack_version INTEGER NOT NULL,
        seed TEXT NOT NULL,
        settings TEXT NOT NULL,
        duration_ms INTEGER NOT NULL,
        question_count INTEGER NOT NULL
    );
    CREATE TABLE participants (
        game_id INTEGER NOT NULL REFERENCES games(id) ON DELETE CASCADE,
        player_id INTEGER NOT NULL REFERENCES players(id),
        seat INTEGER NOT NULL,
        score INTEGER NOT NULL,
        correct INTEGER NOT NULL,
        answered INTEGER NOT NULL,
        best_streak INTEGER NOT NULL,
        PRIMARY KEY (game_id, player_id)
    );
    CREATE TABLE answers (
        id INTEGER PRIMARY KEY,
        game_id INTEGER NOT NULL REFERENCES games(id) ON DELETE CASCADE,
        player_id INTEGER NOT NULL REFERENCES players(id),
        question_index INTEGER NOT NULL,
        question_id TEXT NOT NULL,
        family TEXT NOT NULL,
        given TEXT NOT NULL,
        correct INTEGER NOT NULL,
        time_ms INTEGER NOT NULL,
        points INTEGER NOT NULL
    );
    CREATE INDEX answers_by_question ON answers(question_id);
    CREATE INDEX answers_by_game ON answers(game_id, question_index);
    CREATE INDEX participants_by_player ON participants(player_id);
    CREATE INDEX games_by_mode ON games(mode, pack_id);
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    )sql",
    // 1 -> 2: what a teacher needs to read an answer without the game.
    R"sql(
    ALTER TABLE answers ADD COLUMN question_text TEXT NOT NULL DEFAULT '';
    ALTER TABLE answers ADD COLUMN given_text TEXT NOT NULL DEFAULT '';
    ALTER TABLE answers ADD COLUMN right_answer TEXT NOT NULL DEFAULT '';
    )sql",
};

constexpr std::string_view kSqliteHeader{"SQLite format 3\0", 16};

bool is_corruption(int code) {
    const int primary = code & 0xFF;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

// A file that is not empty and does not start like a SQLite database.
bool has_foreign_header(const std::filesystem::path& path) {
    std::error_code ec;
    // Only a file can be damaged; anything else in the way is reported, never moved.
    if (!std::filesystem::is_regular_file(path, ec) || std::filesystem::file_size(path, ec) == 0) {
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    std::string head(kSqliteHeader.size(), '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    return in.gcount() < static_cast<std::streamsize>(head.size()) || head != kSqliteHeader;
}

std::string compact_utc_now() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y%m%d-%H%M%S", &tm);
    return buffer;
}

// Moves a damaged database (and its WAL files) aside; returns where it went.
std::filesystem::path move_aside(const std::filesystem::path& path) {
    const std::filesystem::path dir = path.parent_path();
    const std::string stamp = compact_utc_now();
    std::filesystem::path target;
    for (int n = 1;; ++n) {
        const std::string suffix = n == 1 ? "" : "-" + std::to_string(n);
        target = dir / ("scores.corrupt-" + stamp + suffix + ".sqlite");
        if (!std::filesystem::exists(target))
            break;
    }
    std::filesystem::rename(path, target);
    for (const char* extra : {"-wal", "-shm"}) {
        std::error_code ec;
        const std::filesystem::path from = path.string() + extra;
        if (std::filesystem::exists(from, ec)) {
            std::filesystem::rename(from, target.string() + extra, ec);
        }
    }
    return target;
}

}  // namespace

std::string_view to_string(GameMode mode) {
    switch (mode) {
        case GameMode::solo:
            return "solo";
        case GameMode::party:
            return "party";
        case GameMode::host:
            return "host";
    }
    return "solo";
}

std::optional<GameMode> game_mode_from_string(std::string_view s) {
    if (s == "solo")
        return GameMode::solo;
    if (s == "party")
        return GameMode::party;
    if (s == "host")
        return GameMode::host;
    return std::nullopt;
}

std::string utc_now_iso() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

std::string csv_field(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string to_json(const RoundSetup& setup) {
    nlohmann::json j;
    j["count"] = setup.count;
    j["max_difficulty"] = setup.max_difficulty;
    j["timer_seconds"] = setup.timer_seconds;
    j["speed_bonus"] = setup.speed_bonus;
    j["families"] = setup.families;
    if (setup.spoiler_limit)
        j["spoiler_limit"] = *setup.spoiler_limit;
    if (!setup.answer_mode.empty())
        j["answer_mode"] = setup.answer_mode;
    return j.dump();
}

std::filesystem::path user_data_dir() {
    const auto variable = [](const char* name) -> std::string {
        const char* v = std::getenv(name);
        return v == nullptr ? std::string() : std::string(v);
    };
    if (const std::string dir = variable("FILMQUIZ_DATA_DIR"); !dir.empty())
        return dir;
    // Like SDL (and the XDG spec), a relative XDG_DATA_HOME is ignored.
    if (const std::string xdg = variable("XDG_DATA_HOME"); !xdg.empty() && xdg.front() == '/')
        return std::filesystem::path(xdg) / "filmquiz";
    if (const std::string home = variable("HOME"); !home.empty())
        return std::filesystem::path(home) / ".local" / "share" / "filmquiz";
    throw StoreError(
        "cannot find a folder for saved data: set HOME, XDG_DATA_HOME or FILMQUIZ_DATA_DIR",
        SQLITE_CANTOPEN);
}

std::string plain_reason(int sqlite_code) {
    switch (sqlite_code & 0xFF) {
        case SQLITE_FULL:
            return "the disk is full";
        case SQLITE_READONLY:
            return "the scores file is read-only";
        case SQLITE_CANTOPEN:
        case SQLITE_PERM:
        case SQLITE_AUTH:
            return "the scores file cannot be opened for writing";
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return "another program is holding the scores file";
        case SQLITE_IOERR:
            return "the disk could not be written";
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return "the scores file is damaged";
        default:
            return "the scores file could not be written";
    }
}

std::string plain_reason(const std::filesystem::path& dir, const std::error_code& error) {
    const std::string where = dir.string();
    switch (static_cast<std::errc>(error.value())) {
        case std::errc::read_only_file_system:
            return where + " is on a read-only disk";
        case std::errc::no_space_on_device:
            return "the disk is full";
        case std::errc::permission_denied:
        case std::errc::operation_not_permitted:
            return "there is no permission to write in " + where;
        case std::errc::not_a_directory:
        case std::errc::file_exists:
            return where + " is not a folder (a file is in the way)";
        default:
            return where + " cannot be used: " + error.message();
    }
}

ScoreStore::ScoreStore(std::filesystem::path path, std::unique_ptr<Database> db, bool read_only)
    : path_(std::move(path)), db_(std::move(db)), read_only_(read_only) {}

ScoreStore::Opened ScoreStore::open(const std::filesystem::path& dir) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (!ec && !std::filesystem::is_directory(dir, ec) && !ec)
        ec = std::make_error_code(std::errc::not_a_directory);
    if (ec)
        throw StoreError(plain_reason(dir, ec), SQLITE_CANTOPEN);
    const std::filesystem::path path = dir / "scores.sqlite";
    try {
        return open_file(path);
    } catch (const std::filesystem::filesystem_error& e) {
        throw StoreError(plain_reason(dir, e.code()), SQLITE_CANTOPEN);
    } catch (const StoreError& e) {
        throw StoreError(plain_reason(e.code()) + " (" + path.string() + ")", e.code());
    }
}

ScoreStore::Opened ScoreStore::open_file(const std::filesystem::path& path) {
    Opened result;

    auto damaged = [&](const std::string& why) {
        const std::filesystem::path moved = move_aside(path);
        result.notice = "Your scores file was damaged (" + why + "). It was moved to " +
                        moved.filename().string() + " and a new one was started.";
    };

    std::unique_ptr<Database> db;
    if (has_foreign_header(path)) {
        damaged("it is not a SQLite database");
    } else {
        try {
            db = std::make_unique<Database>(path, Database::Mode::read_write);
            const std::string check = db->integrity_check();
            if (check != "ok") {
                db.reset();
                damaged("integrity check: " + check);
            }
        } catch (const StoreError& e) {
            if (!is_corruption(e.code()))
                throw;
            db.reset();
            damaged(e.what());
        }
    }
    if (!db)
        db = std::make_unique<Database>(path, Database::Mode::read_write);

    const int version = db->user_version();
    if (version > kSchemaVersion) {
        // Written by a newer filmquiz: read it, never change it.
        db.reset();
        db = std::make_unique<Database>(path, Database::Mode::read_only);
        result.notice = "scores.sqlite was written by a newer filmquiz (schema " +
                        std::to_string(version) + "; this one knows " +
                        std::to_string(kSchemaVersion) +
                        "). It is open read-only: your scores are safe, but new ones will "
                        "not be saved until you update filmquiz.";
        result.store.reset(new ScoreStore(path, std::move(db), true));
        return result;
    }
    db->exec("PRAGMA journal_mode = WAL");
    // FULL: a finished game survives a power cut, not only a crash of the game.
    db->exec("PRAGMA synchronous = FULL");
    db->exec("PRAGMA foreign_keys = ON");
    result.store.reset(new ScoreStore(path, std::move(db), false));
    result.store->migrate();
    return result;
}

std::unique_ptr<ScoreStore> ScoreStore::in_memory() {
    auto db = std::make_unique<Database>(":memory:", Database::Mode::read_write);
    db->exec("PRAGMA foreign_keys = ON");
    std::unique_ptr<ScoreStore> store(new ScoreStore(":memory:", std::move(db), false));
    store->migrate();
    return store;
}

void ScoreStore::cap_size_for_tests(int pages) {
    db_->exec("PRAGMA max_page_count = " + std::to_string(pages));
}

void ScoreStore::migrate() {
    Transaction t(*db_);
    const int from = db_->user_version();
    for (int v = from; v < kSchemaVersion; ++v) {
        db_->exec(kMigrations[static_cast<std::size_t>(v)]);
    }
    if (from != kSchemaVersion)
        db_->set_user_version(kSchemaVersion);
    t.commit();
}

void ScoreStore::require_writable() const {
    if (read_only_) {
        throw StoreError("scores.sqlite is open read-only (it was written by a newer filmquiz)",
                         SQLITE_READONLY);
    }
}

Player ScoreStore::player(const std::string& name) {
    const core::NameCheck check = core::check_player_name(name);
    if (!check.name)
        throw std::invalid_argument(check.error);
    if (auto found = find_player(*check.name))
        return *found;
    require_writable();
    Player p;
    p.name = *check.name;
    p.created_at = utc_now_iso();
    Statement st(*db_, "INSERT INTO players (name, name_key, created_at) VALUES (?1, ?2, ?3)");
    st.bind(1, p.name).bind(2, core::player_key(p.name)).bind(3, p.created_at).run();
    p.id = db_->last_insert_id();
    return p;
}

std::optional<Player> ScoreStore::find_player(const std::string& name) {
    Statement st(*db_, "SELECT id, name, created_at FROM players WHERE name_key = ?1");
    st.bind(1, core::player_key(name));
    if (!st.step())
        return std::nullopt;
    return Player{st.column_int(0), st.column_text(1), st.column_text(2)};
}

std::vector<Player> ScoreStore::players() {
    Statement st(*db_, "SELECT id, name, created_at FROM players ORDER BY name_key");
    std::vector<Player> out;
    while (st.step())
        out.push_back({st.column_int(0), st.column_text(1), st.column_text(2)});
    return out;
}

std::vector<std::string> ScoreStore::recent_player_names(int limit) {
    Statement st(*db_,
                 "SELECT p.name FROM players p LEFT JOIN participants pt ON pt.player_id = p.id "
                 "LEFT JOIN games g ON g.id = pt.game_id GROUP BY p.id "
                 "ORDER BY MAX(g.played_at) IS NULL, MAX(g.played_at) DESC, MAX(g.id) DESC, "
                 "p.name_key LIMIT ?1");
    st.bind(1, limit);
    std::vector<std::string> out;
    while (st.step())
        out.push_back(st.column_text(0));
    return out;
}

std::int64_t ScoreStore::save_game(const GameRecord& game) {
    require_writable();
    for (const auto& p : game.participants) {
        const core::NameCheck check = core::check_player_name(p.player);
        if (!check.name)
            throw std::invalid_argument(check.error);
    }
    Transaction t(*db_);
    Statement insert_game(*db_,
                          "INSERT INTO games (played_at, mode, pack_id, pack_version, seed, "
                          "settings, duration_ms, question_count) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    insert_game.bind(1, game.played_at.empty() ? utc_now_iso() : game.played_at)
        .bind(2, to_string(game.mode))
        .bind(3, game.pack_id)
        .bind(4, game.pack_version)
        .bind(5, std::to_string(game.seed))
        .bind(6, game.settings_json)
        .bind(7, game.duration_ms)
        .bind(8, game.question_count)
        .run();
    const std::int64_t game_id = db_->last_insert_id();

    std::map<std::string, std::int64_t> ids;
    Statement insert_participant(*db_,
                                 "INSERT INTO participants (game_id, player_id, seat, score, "
                                 "correct, answered, best_streak) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (std::size_t seat = 0; seat < game.participants.size(); ++seat) {
        const ParticipantResult& p = game.participants[seat];
        const std::int64_t id = player(p.player).id;
        ids[core::player_key(p.player)] = id;
        insert_participant.bind(1, game_id)
            .bind(2, id)
            .bind(3, static_cast<int>(seat))
            .bind(4, p.score)
            .bind(5, p.correct)
            .bind(6, p.answered)
            .bind(7, p.best_streak)
            .run();
        insert_participant.reset();
    }
    Statement insert_answer(*db_,
                            "INSERT INTO answers (game_id, player_id, question_index, "
                            "question_id, family, given, correct, time_ms, points, "
                            "question_text, given_text, right_answer) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    for (const AnswerRecord& a : game.answers) {
        const auto it = ids.find(core::player_key(a.player));
        if (it == ids.end()) {
            throw std::invalid_argument("answer by \"" + a.player +
                                        "\", who is not a participant of the game");
        }
        insert_answer.bind(1, game_id)
            .bind(2, it->second)
            .bind(3, a.question_index)
            .bind(4, a.question_id)
            .bind(5, a.family)
            .bind(6, a.given)
            .bind(7, a.correct ? 1 : 0)
            .bind(8, a.time_ms)
            .bind(9, a.points)
            .bind(10, a.question_text)
            .bind(11, a.given_text)
            .bind(12, a.right_answer)
            .run();
        insert_answer.reset();
    }
    t.commit();
    return game_id;
}

void ScoreStore::move_game(std::int64_t game_id, const std::string& from, const std::string& to) {
    require_writable();
    const core::NameCheck check = core::check_player_name(to);
    if (!check.name)
        throw std::invalid_argument(check.error);
    if (core::player_key(from) == core::player_key(*check.name))
        return;
    Transaction t(*db_);
    const auto old_player = find_player(from);
    if (!old_player)
        throw std::invalid_argument("no player named \"" + from + "\"");
    const std::int64_t new_id = player(*check.name).id;
    for (const char* sql :
         {"UPDATE participants SET player_id = ?1 WHERE game_id = ?2 AND player_id = ?3",
          "UPDATE answers SET player_id = ?1 WHERE game_id = ?2 AND player_id = ?3"}) {
        Statement st(*db_, sql);
        st.bind(1, new_id).bind(2, game_id).bind(3, old_player->id).run();
    }
    t.commit();
}

std::int64_t ScoreStore::game_count() {
    Statement st(*db_, "SELECT COUNT(*) FROM games");
    st.step();
    return st.column_int(0);
}

std::vector<ScoreRow> ScoreStore::score_rows(Statement& st) {
    std::vector<ScoreRow> rows;
    while (st.step()) {
        ScoreRow r;
        r.game_id = st.column_int(0);
        r.player = st.column_text(1);
        r.score = static_cast<int>(st.column_int(2));
        r.correct = static_cast<int>(st.column_int(3));
        r.answered = static_cast<int>(st.column_int(4));
        r.best_streak = static_cast<int>(st.column_int(5));
        r.played_at = st.column_text(6);
        r.mode = st.column_text(7);
        r.pack_id = st.column_text(8);
        rows.push_back(std::move(r));
    }
    return rows;
}

namespace {

constexpr const char* kScoreColumns =
    "SELECT g.id, p.name, pt.score, pt.correct, pt.answered, pt.best_streak, g.played_at, "
    "g.mode, g.pack_id FROM participants pt JOIN players p ON p.id = pt.player_id "
    "JOIN games g ON g.id = pt.game_id ";

std::optional<std::string> mode_text(const std::optional<GameMode>& mode) {
    if (!mode)
        return std::nullopt;
    return std::string(to_string(*mode));
}

}  // namespace

std::vector<ScoreRow> ScoreStore::top_scores(const ScoreQuery& query) {
    Statement st(*db_, std::string(kScoreColumns) +
                           "WHERE (?1 IS NULL OR g.mode = ?1) AND (?2 IS NULL OR g.pack_id = ?2) "
                           "ORDER BY pt.score DESC, g.played_at ASC, g.id ASC LIMIT ?3");
    st.bind(1, mode_text(query.mode)).bind(2, query.pack_id).bind(3, query.limit);
    return score_rows(st);
}

std::vector<ScoreRow> ScoreStore::history(const std::string& player, const ScoreQuery& query) {
    Statement st(*db_, std::string(kScoreColumns) +
                           "WHERE p.name_key = ?1 AND (?2 IS NULL OR g.mode = ?2) "
                           "AND (?3 IS NULL OR g.pack_id = ?3) "
                           "ORDER BY g.played_at DESC, g.id DESC LIMIT ?4");
    st.bind(1, core::player_key(player))
        .bind(2, mode_text(query.mode))
        .bind(3, query.pack_id)
        .bind(4, query.limit);
    std::vector<ScoreRow> rows = score_rows(st);
    std::reverse(rows.begin(), rows.end());
    return rows;
}

std::vector<Accuracy> ScoreStore::question_accuracy(const std::optional<std::string>& pack_id) {
    Statement st(*db_,
                 "SELECT a.question_id, COUNT(*), SUM(a.correct) FROM answers a "
                 "JOIN games g ON g.id = a.game_id WHERE (?1 IS NULL OR g.pack_id = ?1) "
                 "GROUP BY a.question_id ORDER BY a.question_id");
    st.bind(1, pack_id);
    std::vector<Accuracy> out;
    while (st.step()) {
        out.push_back({st.column_text(0), static_cast<int>(st.column_int(1)),
                       static_cast<int>(st.column_int(2))});
    }
    return out;
}

std::vector<Accuracy> ScoreStore::family_accuracy(const std::optional<std::string>& player) {
    Statement st(*db_,
                 "SELECT a.family, COUNT(*), SUM(a.correct) FROM answers a "
                 "JOIN players p ON p.id = a.player_id WHERE (?1 IS NULL OR p.name_key = ?1) "
                 "GROUP BY a.family ORDER BY a.family");
    std::optional<std::string> key;
    if (player)
        key = core::player_key(*player);
    st.bind(1, key);
    std::vector<Accuracy> out;
    while (st.step()) {
        out.push_back({st.column_text(0), static_cast<int>(st.column_int(1)),
                       static_cast<int>(st.column_int(2))});
    }
    return out;
}

std::set<std::string> ScoreStore::recent_question_ids(const std::optional<std::string>& player,
                                                      int games) {
    Statement st(*db_,
                 "SELECT DISTINCT a.question_id FROM answers a WHERE a.game_id IN ("
                 "SELECT g.id FROM games g JOIN participants pt ON pt.game_id = g.id "
                 "JOIN players p ON p.id = pt.player_id WHERE (?1 IS NULL OR p.name_key = ?1) "
                 "ORDER BY g.played_at DESC, g.id DESC LIMIT ?2)");
    std::optional<std::string> key;
    if (player)
        key = core::player_key(*player);
    st.bind(1, key).bind(2, games);
    std::set<std::string> out;
    while (st.step())
        out.insert(st.column_text(0));
    return out;
}

std::optional<std::string> ScoreStore::setting(const std::string& key) {
    Statement st(*db_, "SELECT value FROM settings WHERE key = ?1");
    st.bind(1, key);
    if (!st.step())
        return std::nullopt;
    return st.column_text(0);
}

void ScoreStore::set_setting(const std::string& key, const std::string& value) {
    set_settings({{key, value}});
}

void ScoreStore::set_settings(const std::map<std::string, std::string>& values) {
    require_writable();
    Transaction t(*db_);
    Statement st(*db_,
                 "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    for (const auto& [key, value] : values) {
        st.bind(1, key).bind(2, value).run();
        st.reset();
    }
    t.commit();
}

std::map<std::string, std::string> ScoreStore::settings() {
    Statement st(*db_, "SELECT key, value FROM settings ORDER BY key");
    std::map<std::string, std::string> out;
    while (st.step())
        out[st.column_text(0)] = st.column_text(1);
    return out;
}

void ScoreStore::export_answers_csv(std::ostream& out) {
    Statement st(*db_,
                 "SELECT g.id, g.played_at, g.mode, g.pack_id, g.pack_version, p.name, "
                 "a.question_index, a.question_id, a.family, a.given, a.correct, a.time_ms, "
                 "a.points, a.question_text, a.given_text, a.right_answer "
                 "FROM answers a JOIN games g ON g.id = a.game_id "
                 "JOIN players p ON p.id = a.player_id "
                 "ORDER BY g.id, a.question_index, p.name_key");
    out << "game,played_at,mode,pack,pack_version,player,question_number,question_id,family,"
           "answer,correct,time_ms,points,question,answer_text,right_answer\r\n";
    while (st.step()) {
        out << st.column_int(0) << ',' << csv_field(st.column_text(1)) << ','
            << csv_field(st.column_text(2)) << ',' << csv_field(st.column_text(3)) << ','
            << st.column_int(4) << ',' << csv_field(st.column_text(5)) << ','
            << st.column_int(6) + 1 << ',' << csv_field(st.column_text(7)) << ','
            << csv_field(st.column_text(8)) << ',' << csv_field(st.column_text(9)) << ','
            << (st.column_int(10) ? "yes" : "no") << ',' << st.column_int(11) << ','
            << st.column_int(12) << ',' << csv_field(st.column_text(13)) << ','
            << csv_field(st.column_text(14)) << ',' << csv_field(st.column_text(15)) << "\r\n";
    }
}

}  // namespace filmquiz::store
