// Dispatches a parsed command line to a subcommand, or to the game through `play`.
#pragma once

#include <functional>
#include <ostream>

#include "cli/command_line.hpp"
#include "content/content_dir.hpp"

namespace filmquiz::cli {

// Starts the game; main() supplies it, so the command line does not depend on the SDL shell.
using PlayLauncher = std::function<int(const PlayOptions&, const content::ContentDir&)>;

// The whole program behind main(); returns the exit status.
int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err,
        const PlayLauncher& play);

}  // namespace filmquiz::cli
