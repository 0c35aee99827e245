// Runs one reader on in-memory text: its questions and its diagnostics as text.
#pragma once

#include <string>
#include <vector>

#include "formats/question_set.hpp"
#include "formats/source_text.hpp"

namespace filmquiz::test {

struct ReadResult {
    std::vector<formats::SetQuestion> questions;
    std::string problems;
};

template <typename Reader>
ReadResult read_with(Reader reader, const std::string& text, const std::string& file) {
    formats::Problems problems;
    const formats::SourceText source(file, text);
    ReadResult result;
    result.questions = reader(source, problems);
    result.problems = problems.finish(file).format();
    return result;
}

}  // namespace filmquiz::test
