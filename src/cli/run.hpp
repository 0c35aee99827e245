// Dispatches a parsed command line to the game or to a subcommand.
#pragma once

#include <ostream>

namespace filmquiz::cli {

// The whole program behind main(); returns the exit status.
int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace filmquiz::cli
