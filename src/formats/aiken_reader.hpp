// Reads Moodle's Aiken format: a question line, options "A." or "A)", then "ANSWER: X".
#pragma once

#include <vector>

#include "formats/question_set.hpp"
#include "formats/source_text.hpp"

namespace filmquiz::formats {

std::vector<SetQuestion> read_aiken(const SourceText& source, Problems& problems);

}  // namespace filmquiz::formats
