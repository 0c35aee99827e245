// Starts the game: the SDL shell with the title screen on top.
#pragma once

#include <ostream>

#include "app/game_app.hpp"

namespace filmquiz::screens {

// Runs until the player quits. A failure to start (a port in use for phones, say) is one
// line on `err` and exit status 1. With phones, `out` gets the one line saying where to
// join: "Join at http://192.168.1.20:8080/ with code ABCD".
int run_game(const app::GameOptions& options, std::ostream& out, std::ostream& err);

}  // namespace filmquiz::screens
