// `filmquiz import`'s engine: reads a teacher's file in any supported format into a
// question set, with every problem found, and nothing when there is an error.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "content/diagnostics.hpp"
#include "formats/question_set.hpp"

namespace filmquiz::formats {

enum class Format { gift, aiken, csv, opentdb };
std::string_view to_string(Format f);
std::optional<Format> format_from_string(std::string_view s);

// From the extension (.gift, .csv, .json), then from the content (.txt is GIFT or Aiken).
std::optional<Format> guess_format(const std::filesystem::path& file, std::string_view text);

struct Import {
    std::optional<QuestionSet> set;  // only when there is no error; never empty
    content::Diagnostics diagnostics;
};

// `display_name` names the file in messages; the set's title is its stem.
Import import_text(std::string bytes, std::optional<Format> format,
                   const std::string& display_name);
Import import_file(const std::filesystem::path& path, std::optional<Format> format,
                   const std::string& display_name);

}  // namespace filmquiz::formats
