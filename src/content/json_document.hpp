// JSON text parsed with nlohmann/json, remembering where every value and key starts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "content/diagnostics.hpp"

namespace filmquiz::content {

// Limits that keep hostile files from exhausting memory or the stack. Documented in
// questions/FORMAT.md; change both together.
struct JsonLimits {
    std::uintmax_t max_bytes = 4u * 1024u * 1024u;
    int max_depth = 32;
    // What the file is, for messages: imports and question sets share these checks.
    std::string kind = "a pack file";
};

class JsonDocument {
  public:
    const std::string& file() const { return file_; }
    const nlohmann::json& root() const { return root_; }

    // Where the value at `pointer` starts; the nearest enclosing value when unknown.
    TextPosition position_of(std::string_view pointer) const;
    // Where the key of the member at `pointer` starts; the value's position otherwise.
    TextPosition key_position_of(std::string_view pointer) const;
    TextPosition position_at(std::size_t offset) const;

  private:
    friend class DocumentBuilder;
    friend std::optional<JsonDocument> parse_json(std::string, const std::string&, Diagnostics&,
                                                  const JsonLimits&);
    std::string file_;
    std::string text_;
    std::vector<std::size_t> line_starts_;
    nlohmann::json root_;
    // Where each value and key starts, by a 64-bit hash of its JSON pointer. Appended in
    // file order while parsing and sorted only when a position is first asked for: a long
    // series' pack has hundreds of thousands of values, and most are never reported.
    using OffsetTable = std::vector<std::pair<std::uint64_t, std::size_t>>;
    static std::optional<std::size_t> find_offset(OffsetTable& table, bool& sorted,
                                                  std::uint64_t hash);
    mutable OffsetTable value_offsets_;
    mutable OffsetTable key_offsets_;
    mutable bool values_sorted_ = false;
    mutable bool keys_sorted_ = false;
};

// Escapes one reference token of a JSON pointer ("a/b" -> "a~1b").
std::string pointer_token(std::string_view key);

// Parses `text`; syntax errors, invalid UTF-8, duplicate keys and excessive nesting are
// reported against `file`. Returns nothing when the text is not usable JSON.
std::optional<JsonDocument> parse_json(std::string text, const std::string& file,
                                       Diagnostics& diagnostics, const JsonLimits& limits = {});

// Reads and parses a file, refusing files that are missing, not regular, or too large.
std::optional<JsonDocument> read_json_file(const std::filesystem::path& path,
                                           const std::string& display_name,
                                           Diagnostics& diagnostics, const JsonLimits& limits = {});

}  // namespace filmquiz::content
