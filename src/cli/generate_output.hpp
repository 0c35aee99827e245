// Where `filmquiz generate` puts its quiz: text and JSON on standard output or in a file;
// the printable PDF and Kahoot's spreadsheet in a file or a pipe, never on a terminal.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "cli/command_line.hpp"
#include "content/content_dir.hpp"
#include "core/pack.hpp"
#include "core/question.hpp"

namespace filmquiz::cli {

// The usage error (already reported on `err`) of an output that cannot work, such as a PDF
// without --output or for a terminal; checked before any work is done.
std::optional<int> check_generate_output(const GenerateOptions& options, const std::ostream& out,
                                         std::ostream& err);

// Whether the output is text or JSON for standard output, which `generate --all` prints as
// each question is drawn instead of holding them all.
bool streams_to_standard_output(const GenerateOptions& options);

// Writes the questions in options.format; returns the exit status.
int write_generated(const GenerateOptions& options, const content::ContentDir& content,
                    const core::Pack& pack, const std::vector<core::Question>& questions,
                    const std::string& heading, std::ostream& out, std::ostream& err);

}  // namespace filmquiz::cli
