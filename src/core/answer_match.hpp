// Accepting a typed answer: case, punctuation, accents, a leading article and small typos
// do not matter; digits must be exact (2015 is not 2016).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace filmquiz::core {

// The form answers are compared in: folded, accents and punctuation gone, one space
// between words, no leading "the", "a" or "an".
std::string normalize_answer(std::string_view text);

// Edits allowed for an accepted answer of this normalized form.
std::size_t allowed_typos(std::string_view normalized);

bool matches_answer(std::string_view typed, const std::vector<std::string>& accepted);

// How a typed answer was accepted: which of `accepted` it matched (an exact match first,
// then one within the typos allowed), and whether it took a typo to match.
struct AnswerMatch {
    std::size_t index = 0;
    bool exact = true;
};
std::optional<AnswerMatch> match_answer(std::string_view typed,
                                        const std::vector<std::string>& accepted);

}  // namespace filmquiz::core
