// A question set: a teacher's questions imported from another format, kept as set.json in
// a folder of its own, and loaded back to be printed or played.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "content/diagnostics.hpp"
#include "core/question.hpp"

namespace filmquiz::formats {

// The set.json format this build writes; older ones are read, newer ones refused.
inline constexpr int kSetFormatVersion = 1;
inline constexpr const char* kSetFormatName = "filmquiz-set";
inline constexpr const char* kSetFileName = "set.json";
// A set.json is written from at most a 4 MiB import, which JSON's quoting can triple.
inline constexpr std::uintmax_t kMaxSetBytes = 16u * 1024u * 1024u;

struct SetQuestion {
    core::Question question;  // family custom; sources holds `source` alone
    std::string source;       // where it came from: "quiz.gift:12"
    std::string category;     // the source's own category, when it has one
};

struct QuestionSet {
    int version = kSetFormatVersion;
    std::string title;
    std::string imported_file;    // the file as it was named on the command line
    std::string imported_format;  // "gift", "aiken", "csv" or "opentdb"
    std::string imported_at;      // ISO 8601 UTC
    std::vector<SetQuestion> questions;

    std::vector<core::Question> plain_questions() const;
};

// set.json's text.
std::string set_to_json(const QuestionSet& set);

struct SetLoad {
    std::optional<QuestionSet> set;  // only when there is no error
    content::Diagnostics diagnostics;
};

// Reads `dir`/set.json and checks every field; `display_dir` names the folder in messages
// (`dir` itself when empty).
SetLoad load_set(const std::filesystem::path& dir, const std::string& display_dir = {});
// The same checks on set.json's text in memory.
SetLoad load_set_from_text(std::string text, const std::string& display_file);

// Writes `dir`/set.json through a temporary file and a rename, so a crash leaves the old
// set or the new one, never half of one. Creates `dir`. Returns a message on failure.
std::optional<std::string> write_set(const std::filesystem::path& dir, const QuestionSet& set);

// The set folders directly under `sets_dir` (those holding a set.json), sorted by name.
std::vector<std::filesystem::path> list_sets(const std::filesystem::path& sets_dir);

// A round from a set: `count` questions drawn with `seed` (all of them, in a seeded order,
// when there are fewer), the options of each multiple-choice question shuffled as Moodle
// does, so the right answer is not always where the author wrote it. Same seed, same round.
std::vector<core::Question> draw_round(const QuestionSet& set, int count, std::uint64_t seed);

}  // namespace filmquiz::formats
