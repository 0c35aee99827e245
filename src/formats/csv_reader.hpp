// Reads questions from CSV: Kahoot's spreadsheet template saved as CSV (a title block, then
// a header row naming the question, answer, time limit and correct-answer columns), or plain
// rows of question, answer, wrong answers.
#pragma once

#include <vector>

#include "formats/question_set.hpp"
#include "formats/source_text.hpp"

namespace filmquiz::formats {

std::vector<SetQuestion> read_csv_questions(const SourceText& source, Problems& problems);

}  // namespace filmquiz::formats
