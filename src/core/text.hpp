// Text helpers shared by the rules: UTF-8 checks, case folding, edit distance, suggestions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace filmquiz::core {

// Byte offset of the first byte that breaks UTF-8 (overlong forms, surrogates and code
// points above U+10FFFF included), or nullopt when the whole text is valid.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

// Decodes valid UTF-8 into code points. Invalid bytes become U+FFFD.
std::u32string decode_utf8(std::string_view text);
std::string encode_utf8(std::u32string_view text);
void append_utf8(std::string& out, char32_t code_point);

// Number of code points (not bytes) in valid UTF-8.
std::size_t utf8_length(std::string_view text);

// Removes the last code point; used by text boxes for Backspace.
void pop_utf8(std::string& text);

// Leading and trailing ASCII and Unicode spaces removed.
std::string trim(std::string_view text);

// Lower case for Latin, Greek and Cyrillic letters; enough for names and answers.
char32_t fold_case(char32_t c);
std::string fold_case(std::string_view text);

// Folds case, strips accents from Latin letters, maps curly quotes and dashes to ASCII.
// "Brontë" and "bronte" fold to the same key.
std::string fold_for_matching(std::string_view text);

// Restricted Damerau-Levenshtein distance (adjacent swaps count once), on code points.
std::size_t edit_distance(std::u32string_view a, std::u32string_view b);
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `wrong` when it is close enough to be a likely typo.
std::optional<std::string> did_you_mean(std::string_view wrong,
                                        const std::vector<std::string>& candidates);

std::string join(const std::vector<std::string>& parts, std::string_view separator);

// "A", "A and B", "A, B and C".
std::string join_and(const std::vector<std::string>& parts);

}  // namespace filmquiz::core
