#include "screens/game.hpp"

#include "screens/party_lobby_screen.hpp"
#include "screens/title_screen.hpp"

namespace filmquiz::screens {

int run_game(const app::GameOptions& options, std::ostream& out, std::ostream& err) {
    try {
        app::GameApp game(options, err);
        game.start(std::make_unique<TitleScreen>());
        if ((options.party || options.host) && options.phones) {
            const net::StartResult started = game.start_phones();
            if (!started.ok) {
                err << "filmquiz: " << started.error << '\n';
                return 1;
            }
            const net::Hub& hub = *game.phones();
            const auto urls = hub.urls();
            if (urls.empty())
                err << "filmquiz: " << hub.network_note() << '\n';
            const std::string url = urls.empty()
                                        ? "http://127.0.0.1:" + std::to_string(hub.port()) + "/"
                                        : urls.front();
            out << "Join at " << url << " with code " << hub.room_code() << std::endl;
        }
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
