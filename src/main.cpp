// filmquiz: parses the command line and hands over to a subcommand or the game.
#include <iostream>

#include "cli/run.hpp"
#include "screens/game.hpp"

int main(int argc, char** argv) {
    return filmquiz::cli::run(
        argc, argv, std::cout, std::cerr,
        [](const filmquiz::cli::PlayOptions& play, const filmquiz::content::ContentDir& content) {
            filmquiz::app::GameOptions options;
            options.content = content;
            if (play.pack)
                options.pack_dir = *play.pack;
            options.windowed = play.windowed;
            options.fullscreen = play.fullscreen;
            options.mute = play.mute;
            options.renderer = play.renderer;
            options.seed = play.seed;
            options.party = play.party;
            options.host = play.host;
            options.party_keys = play.party_keys;
            options.phones = play.phones;
            if (play.port)
                options.port = static_cast<std::uint16_t>(*play.port);
            return filmquiz::screens::run_game(options, std::cout, std::cerr);
        });
}
