// `filmquiz import`: turns a teacher's file into a question set folder.
#pragma once

#include <ostream>

#include "cli/command_line.hpp"

namespace filmquiz::cli {

int run_import(const ImportOptions& options, std::ostream& out, std::ostream& err);

}  // namespace filmquiz::cli
