#include "core/answer_match.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace filmquiz::core {

std::string normalize_answer(std::string_view text) {
    const std::u32string folded = decode_utf8(fold_for_matching(text));
    std::string out;
    bool space = false;
    for (const char32_t c : folded) {
        const bool word_char = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
        if (word_char) {
            if (space && !out.empty())
                out += ' ';
            space = false;
            append_utf8(out, c);
        } else if (c != '\'' && c != '.') {
            // Apostrophes and dots join ("J." "it's"); anything else separates words.
            space = true;
        }
    }
    for (const std::string_view article : {"the ", "a ", "an "}) {
        if (out.size() > article.size() && out.compare(0, article.size(), article) == 0) {
            out.erase(0, article.size());
            break;
        }
    }
    return out;
}

std::size_t allowed_typos(std::string_view normalized) {
    if (std::any_of(normalized.begin(), normalized.end(),
                    [](char c) { return c >= '0' && c <= '9'; })) {
        return 0;
    }
    const std::size_t length = utf8_length(normalized);
    if (length <= 3)
        return 0;
    if (length <= 7)
        return 1;
    return 2;
}

bool matches_answer(std::string_view typed, const std::vector<std::string>& accepted) {
    return match_answer(typed, accepted).has_value();
}

std::optional<AnswerMatch> match_answer(std::string_view typed,
                                        const std::vector<std::string>& accepted) {
    const std::string given = normalize_answer(typed);
    if (given.empty())
        return std::nullopt;
    std::vector<std::string> expected;
    expected.reserve(accepted.size());
    for (const std::string& answer : accepted)
        expected.push_back(normalize_answer(answer));
    for (std::size_t i = 0; i < expected.size(); ++i) {
        if (given == expected[i])
            return AnswerMatch{i, true};
    }
    for (std::size_t i = 0; i < expected.size(); ++i) {
        if (edit_distance(given, expected[i]) <= allowed_typos(expected[i])) {
            // Typos may not touch digits: "2016" must not pass for "2015".
            std::string digits_given;
            std::string digits_expected;
            for (const char c : given) {
                if (c >= '0' && c <= '9')
                    digits_given += c;
            }
            for (const char c : expected[i]) {
                if (c >= '0' && c <= '9')
                    digits_expected += c;
            }
            if (digits_given == digits_expected)
                return AnswerMatch{i, false};
        }
    }
    return std::nullopt;
}

}  // namespace filmquiz::core
