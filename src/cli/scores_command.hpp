// `filmquiz scores`: the high-score table or a player's history, as text, CSV or JSON, and
// the export of every answer for teachers.
#pragma once

#include <ostream>

#include "cli/command_line.hpp"

namespace filmquiz::cli {

int run_scores(const ScoresOptions& options, std::ostream& out, std::ostream& err);

}  // namespace filmquiz::cli
