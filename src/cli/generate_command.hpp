// `filmquiz generate`: prints a round (or every question) as a printable quiz, JSON, or
// Moodle's GIFT or Aiken.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "cli/command_line.hpp"
#include "content/content_dir.hpp"
#include "core/generator.hpp"
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

// Draws and prints every candidate (as JSON, or as questions_to_text would), on one thread
// or two (`threads` 0: two for long lists); the output is the same either way.
void print_every_question(std::ostream& out, const core::Pack& pack, const core::QuestionBank& bank,
                          const std::vector<const core::Candidate*>& candidates, std::uint64_t seed,
                          bool json, const std::string& heading, int threads = 0);

}  // namespace filmquiz::cli
