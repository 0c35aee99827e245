// Local scores in SQLite: players, finished games with every answer, and settings. A game
// is saved in one transaction, so a crash leaves all of it or none of it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace filmquiz::store {

// The schema this build writes; older files are migrated, newer ones opened read-only.
inline constexpr int kSchemaVersion = 2;

enum class GameMode { solo, party, host };
std::string_view to_string(GameMode mode);
std::optional<GameMode> game_mode_from_string(std::string_view s);

struct Player {
    std::int64_t id = 0;
    std::string name;
    std::string created_at;  // ISO 8601 UTC
};

struct ParticipantResult {
    std::string player;  // name; created when new
    int score = 0;
    int correct = 0;
    int answered = 0;
    int best_streak = 0;
};

struct AnswerRecord {
    int question_index = 0;
    std::string question_id;
    std::string family;
    std::string player;
    std::string given;  // what was answered, as text; empty when time ran out
    bool correct = false;
    int time_ms = 0;
    int points = 0;
    // For a teacher reading the export without the game (empty in games saved before
    // schema 2): the question as asked, the answer in words, and the right answer.
    std::string question_text;
    std::string given_text;
    std::string right_answer;
};

// The settings a game was played with, kept with it (as JSON) so it can be replayed.
struct RoundSetup {
    int count = 10;
    int max_difficulty = 3;
    int timer_seconds = 20;
    bool speed_bonus = true;
    std::vector<std::string> families;
    std::optional<int> spoiler_limit;
    std::string answer_mode;  // party games: "everyone" or "buzz"
};
std::string to_json(const RoundSetup& setup);

struct GameRecord {
    std::string played_at;  // ISO 8601 UTC; now when empty
    GameMode mode = GameMode::solo;
    std::string pack_id;
    int pack_version = 1;
    std::uint64_t seed = 0;
    std::string settings_json = "{}";  // the round settings, to replay it
    int duration_ms = 0;
    int question_count = 0;
    std::vector<ParticipantResult> participants;
    std::vector<AnswerRecord> answers;
};

struct ScoreRow {
    std::int64_t game_id = 0;
    std::string player;
    int score = 0;
    int correct = 0;
    int answered = 0;
    int best_streak = 0;
    std::string played_at;
    std::string mode;
    std::string pack_id;
};

struct Accuracy {
    std::string key;  // question id or family
    int asked = 0;
    int correct = 0;
    double rate() const { return asked == 0 ? 0.0 : static_cast<double>(correct) / asked; }
};

struct ScoreQuery {
    std::optional<GameMode> mode;
    std::optional<std::string> pack_id;
    int limit = 10;
};

class ScoreStore {
  public:
    struct Opened {
        std::unique_ptr<ScoreStore> store;
        // Said to the player once: a damaged file moved aside, or a newer file read-only.
        std::string notice;
    };

    // Opens or creates `dir`/scores.sqlite. Throws StoreError, its message in the
    // player's words, when even a fresh file cannot be made (a read-only disk, say).
    static Opened open(const std::filesystem::path& dir);
    // A store in memory only: the game plays, nothing is kept (the data folder is
    // unusable).
    static std::unique_ptr<ScoreStore> in_memory();

    const std::filesystem::path& path() const { return path_; }
    bool read_only() const { return read_only_; }

    // Finds a player by name (ignoring case) or adds them; throws on an invalid name.
    Player player(const std::string& name);
    std::optional<Player> find_player(const std::string& name);
    std::vector<Player> players();
    // Player names, those who played most recently first, then the rest by name.
    std::vector<std::string> recent_player_names(int limit);

    // Saves a whole game in one transaction and returns its id.
    std::int64_t save_game(const GameRecord& game);
    // Gives `from`'s place in a saved game to `to` (created when new), in one transaction:
    // a solo player names themselves only once the score makes the table.
    void move_game(std::int64_t game_id, const std::string& from, const std::string& to);
    std::int64_t game_count();

    // Best scores first; ties to the earlier game.
    std::vector<ScoreRow> top_scores(const ScoreQuery& query);
    // A player's last `limit` games, oldest first (for a progress chart).
    std::vector<ScoreRow> history(const std::string& player, const ScoreQuery& query);
    std::vector<Accuracy> question_accuracy(const std::optional<std::string>& pack_id);
    std::vector<Accuracy> family_accuracy(const std::optional<std::string>& player);
    // Question ids asked in the player's last `games` games (everyone's when no player).
    std::set<std::string> recent_question_ids(const std::optional<std::string>& player, int games);

    std::optional<std::string> setting(const std::string& key);
    void set_setting(const std::string& key, const std::string& value);
    // Several at once, in one transaction (one sync to disk, not one per key).
    void set_settings(const std::map<std::string, std::string>& values);
    std::map<std::string, std::string> settings();

    // Every answer of every game, one row each, as RFC 4180 CSV with a header; the question,
    // the answer in words and the right answer come last, so older columns keep their place.
    void export_answers_csv(std::ostream& out);

    // Caps the file at `pages` database pages, so that tests can fill the disk.
    void cap_size_for_tests(int pages);

  private:
    ScoreStore(std::filesystem::path path, std::unique_ptr<Database> db, bool read_only);
    static Opened open_file(const std::filesystem::path& path);
    void migrate();
    void require_writable() const;
    std::vector<ScoreRow> score_rows(Statement& st);

    std::filesystem::path path_;
    std::unique_ptr<Database> db_;
    bool read_only_ = false;
};

// The user's data folder, found the way SDL_GetPrefPath("", "filmquiz") finds it but
// without SDL: $FILMQUIZ_DATA_DIR when set, else $XDG_DATA_HOME/filmquiz (when absolute),
// else $HOME/.local/share/filmquiz. Not created here (ScoreStore::open does that); throws
// StoreError when none of these variables is set.
std::filesystem::path user_data_dir();

// Why saved data cannot be written, in the player's words ("the disk is full"), from a
// SQLite result code or a file system error.
std::string plain_reason(int sqlite_code);
std::string plain_reason(const std::filesystem::path& dir, const std::error_code& error);

// "2026-11-22T15:36:17Z"
std::string utc_now_iso();

// One CSV field: quoted, with quotes doubled (RFC 4180).
std::string csv_field(std::string_view text);

}  // namespace filmquiz::store
