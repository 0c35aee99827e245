// Starts the game: the SDL shell with the title screen on top.
#pragma once

#include <ostream>

#include "app/game_app.hpp"

namespace filmquiz::screens {

// Runs until the player quits. A failure to start is one line on `err` and exit status 1.
int run_game(const app::GameOptions& options, std::ostream& err);

}  // namespace filmquiz::screens
