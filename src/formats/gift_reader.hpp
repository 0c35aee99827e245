// Reads Moodle's GIFT format: multiple choice, true/false, short answer, numeric and
// matching questions, with comments, categories, titles, feedback, escapes and text formats.
#pragma once

#include <vector>

#include "formats/question_set.hpp"
#include "formats/source_text.hpp"

namespace filmquiz::formats {

std::vector<SetQuestion> read_gift(const SourceText& source, Problems& problems);

}  // namespace filmquiz::formats
