// Loads a pack folder into core::Pack, checking every file and cross-reference.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "content/diagnostics.hpp"
#include "content/json_document.hpp"
#include "core/pack.hpp"

namespace filmquiz::content {

// The files of a pack; the first six are required.
inline const std::vector<std::string>& pack_file_names() {
    static const std::vector<std::string> names{
        "pack.json", "sources.json", "film.json",   "characters.json", "cast.json",
        "plot.json", "quotes.json",  "trivia.json", "soundtrack.json", "decoys.json"};
    return names;
}
inline constexpr std::size_t kRequiredPackFiles = 6;

struct PackLoad {
    std::optional<core::Pack> pack;  // set only when there is no error
    Diagnostics diagnostics;
};

// `display_dir` is how the folder is named in messages (the path as the user gave it).
// `threads`: files are parsed on 1 or 2 threads; 0 chooses by their size. The result is the
// same either way.
PackLoad load_pack(const std::filesystem::path& dir, const std::string& display_dir,
                   const JsonLimits& limits = {}, int threads = 0);

// The same checks on files held in memory, by file name (used by the fuzzer and tests).
PackLoad load_pack_from_memory(const std::map<std::string, std::string>& files,
                               const std::string& display_dir, const JsonLimits& limits = {},
                               int threads = 0);

// The pack folders directly under `questions_dir` (folders holding a pack.json), sorted.
std::vector<std::filesystem::path> list_packs(const std::filesystem::path& questions_dir);

}  // namespace filmquiz::content
