#include "screens/game.hpp"

#include "screens/party_lobby_screen.hpp"
#include "screens/title_screen.hpp"

namespace filmquiz::screens {

int run_game(const app::GameOptions& options, std::ostream& err) {
    try {
        app::GameApp game(options, err);
        game.start(std::make_unique<TitleScreen>());
        if (options.party)
            game.push(std::make_unique<PartyLobbyScreen>());
        else if (options.host)
            game.push(std::make_unique<PartyLobbyScreen>(true));
        return game.run();
    } catch (const app::StartupError& e) {
        err << "filmquiz: " << e.what() << '\n';
        return 1;
    } catch (const std::exception& e) {
        err << "filmquiz: " << e.what() << '\n';
        return 1;
    }
}

}  // namespace filmquiz::screens
