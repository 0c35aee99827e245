// Players' names and the high-score table: rules only, no storage.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace filmquiz::core {

inline constexpr std::size_t kMaxPlayerName = 24;

struct NameCheck {
    std::optional<std::string> name;  // trimmed, when valid
    std::string error;                // why not, when invalid
};

// Trims the name; it must then be 1-24 characters of valid UTF-8 without control characters.
NameCheck check_player_name(std::string_view raw);

// Names are unique ignoring case: "Ana" and "ANA" are one player.
std::string player_key(std::string_view name);

// Where `score` would enter a table that keeps `size` scores, best first (`table` is
// sorted descending). A tie goes below the scores already there. Nothing when it does not
// make the table; a score of zero never does.
std::optional<std::size_t> table_position(const std::vector<int>& table, int score,
                                          std::size_t size);

}  // namespace filmquiz::core
