#include "core/player.hpp"

#include "core/text.hpp"

namespace filmquiz::core {

NameCheck check_player_name(std::string_view raw) {
    if (first_invalid_utf8(raw))
        return {std::nullopt, "the name is not valid UTF-8 text"};
    const std::string name = trim(raw);
    if (name.empty())
        return {std::nullopt, "a name needs at least one character"};
    for (const char c : name) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
            return {std::nullopt, "a name cannot hold control characters"};
        }
    }
    if (utf8_length(name) > kMaxPlayerName) {
        return {std::nullopt,
                "a name is at most " + std::to_string(kMaxPlayerName) + " characters"};
    }
    return {name, ""};
}

std::string player_key(std::string_view name) {
    return fold_case(trim(name));
}

std::optional<std::size_t> table_position(const std::vector<int>& table, int score,
                                          std::size_t size) {
    if (score <= 0 || size == 0)
        return std::nullopt;
    std::size_t position = 0;
    while (position < table.size() && table[position] >= score)
        ++position;
    if (position >= size)
        return std::nullopt;
    return position;
}

}  // namespace filmquiz::core
