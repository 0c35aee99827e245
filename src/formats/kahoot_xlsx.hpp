// Kahoot's quiz spreadsheet: which questions fit it, and the .xlsx that Kahoot imports.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/question.hpp"

namespace filmquiz::formats {

// Kahoot's own limits for a question of its quiz sheet.
inline constexpr std::size_t kKahootQuestionLimit = 120;  // characters
inline constexpr std::size_t kKahootAnswerLimit = 75;     // characters
// The sheet's layout: a title block above, this header row (1-based, as a spreadsheet
// shows it), then one question per row. Columns: A number, B question, C-F answers 1-4,
// G time limit, H correct answer numbers.
inline constexpr int kKahootHeaderRow = 8;

struct KahootRow {
    std::size_t index = 0;  // position of the question in the generated list
    std::string question;
    std::vector<std::string> answers;  // 2 (true/false) or 4
    int correct = 1;                   // 1-based answer number
};

struct KahootSkip {
    std::size_t index = 0;  // position of the question in the generated list
    std::string reason;     // "Kahoot's quiz sheet has no put-in-order question"
};

struct KahootQuiz {
    std::vector<KahootRow> rows;
    std::vector<KahootSkip> skipped;
};

// Multiple choice keeps its four answers and true/false its two (its prompt loses the
// "True or false: " that Kahoot's True and False answers make redundant; "True or false,
// according to a fan site: ..." becomes "According to a fan site: ..."). Ordering and
// typed answers have no place in the sheet, and a question or answer over Kahoot's limits
// is skipped whole: cut short, it could ask something else or lose what tells the answers
// apart.
KahootQuiz to_kahoot(const std::vector<core::Question>& questions);

struct KahootSheetText {
    std::string title;  // "Miss You Already: a quiz for Kahoot"
    std::string about;  // where the questions come from
    int time_limit_seconds = 20;
};

// Writes the quiz as Kahoot's .xlsx at `path`; a one-line error when it cannot.
std::optional<std::string> write_kahoot_xlsx(const std::filesystem::path& path,
                                             const KahootQuiz& quiz, const KahootSheetText& text);

}  // namespace filmquiz::formats
