// `filmquiz generate`: prints a round (or every question) as a printable quiz, JSON, or
// Moodle's GIFT or Aiken.
#pragma once

#include <ostream>

#include "cli/command_line.hpp"
#include "content/content_dir.hpp"
#include "core/pack.hpp"
#include "core/question.hpp"

namespace filmquiz::cli {

int run_generate(const GenerateOptions& options, const content::ContentDir& content,
                 std::ostream& out, std::ostream& err);
// `generate --set DIR`: the same output for an imported question set.
int run_generate_set(const GenerateOptions& options, const content::ContentDir& content,
                     std::ostream& out, std::ostream& err);

// The JSON form of questions documented in the README.
std::string questions_to_json(const std::vector<core::Question>& questions);

// A numbered quiz with the answer key at the end, for printing.
std::string questions_to_text(const core::Pack& pack, const std::vector<core::Question>& questions,
                              const std::string& heading);

}  // namespace filmquiz::cli
