// Writes questions in Moodle's GIFT and Aiken formats, so a teacher can put filmquiz's
// questions (a round, a whole pack or an imported set) into a Moodle question bank.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/question.hpp"

namespace filmquiz::formats {

struct Export {
    std::string text;
    // One line per question left out, saying why (printed on standard error).
    std::vector<std::string> notes;
};

// Multiple choice, true/false, typed answers (short answer) and ordering (matching each
// item to its place: 1, 2, 3...). Each question's id is its GIFT title.
Export to_gift(const std::vector<core::Question>& questions, std::string_view heading);

// Multiple choice and true/false only; Aiken has no other type and no feedback.
Export to_aiken(const std::vector<core::Question>& questions);

// GIFT's escapes for ~ = # { } : and the backslash itself.
std::string gift_escape(std::string_view text);

}  // namespace filmquiz::formats
