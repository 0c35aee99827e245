// Measures a watch party in the real game loop (run under Xvfb by tests/perf/party.sh, or
// with SDL's dummy driver): how long from a key press to the frame that shows its player
// locked in, and how much of a core an 8-player question's countdown takes while nobody
// presses anything. Prints the figures; never fails on them (budgets live in the README).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <sys/resource.h>
#include <vector>

#include "app/game_app.hpp"
#include "screens/party_lobby_screen.hpp"
#include "screens/party_screens.hpp"
#include "screens/title_screen.hpp"
#include "store/score_store.hpp"

using namespace filmquiz;

namespace {

const SDL_Scancode kZones[4][4] = {
    {SDL_SCANCODE_1, SDL_SCANCODE_2, SDL_SCANCODE_3, SDL_SCANCODE_4},
    {SDL_SCANCODE_Q, SDL_SCANCODE_W, SDL_SCANCODE_E, SDL_SCANCODE_R},
    {SDL_SCANCODE_U, SDL_SCANCODE_I, SDL_SCANCODE_O, SDL_SCANCODE_P},
    {SDL_SCANCODE_KP_1, SDL_SCANCODE_KP_2, SDL_SCANCODE_KP_3, SDL_SCANCODE_KP_4},
};

double now_ms() {
    using clock = std::chrono::steady_clock;
    return std::chrono::duration<double, std::milli>(clock::now().time_since_epoch()).count();
}

double cpu_ms() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
}

void add_key(SDL_Scancode code) {
    SDL_Event e{};
    e.type = SDL_KEYDOWN;
    e.key.timestamp = SDL_GetTicks();
    e.key.keysym.scancode = code;
    e.key.keysym.sym = SDL_GetKeyFromScancode(code);
    SDL_PeepEvents(&e, 1, SDL_ADDEVENT, SDL_FIRSTEVENT, SDL_LASTEVENT);
}

const play::Match* party_match(app::GameApp& game) {
    if (auto* v = dynamic_cast<screens::PartyView*>(game.top()))
        return &v->live().match();
    return nullptr;
}

bool run_until(app::GameApp& game, std::string_view screen, double seconds) {
    const double end = now_ms() + seconds * 1000;
    while (game.top()->name() != screen && now_ms() < end)
        game.step(5);
    return game.top()->name() == screen;
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

}  // namespace

int main() {
    const auto data = std::filesystem::temp_directory_path() / "filmquiz-party-perf";
    std::filesystem::remove_all(data);
    setenv("FILMQUIZ_DATA_DIR", data.c_str(), 1);
    {
        auto store = store::ScoreStore::open(data).store;
        store->set_setting("timer_seconds", "30");
        store->set_setting("renderer", "software");
        store->set_setting("round_length", "20");
    }
    SDL_SetHint(SDL_HINT_JOYSTICK_ALLOW_BACKGROUND_EVENTS, "1");
    std::ostringstream log;
    app::GameOptions options;
    options.content = content::ContentDir{FILMQUIZ_SOURCE_DIR};
    options.seed = 7;
    options.windowed = true;
    options.party = true;
    app::GameApp game(options, log);
    game.start(std::make_unique<screens::TitleScreen>());
    game.push(std::make_unique<screens::PartyLobbyScreen>());
    if (!run_until(game, "party-lobby", 5)) {
        std::cerr << "party_perf: the lobby did not open\n";
        return 1;
    }
    // Eight players: four keyboard zones and four virtual gamepads.
    for (const auto& zone : kZones) {
        add_key(zone[0]);
        game.step(5);
    }
    std::vector<SDL_Joystick*> pads;
    for (int i = 0; i < 4; ++i) {
        SDL_VirtualJoystickDesc desc{};
        desc.version = SDL_VIRTUAL_JOYSTICK_DESC_VERSION;
        desc.type = SDL_JOYSTICK_TYPE_GAMECONTROLLER;
        desc.naxes = SDL_CONTROLLER_AXIS_MAX;
        desc.nbuttons = SDL_CONTROLLER_BUTTON_MAX;
        desc.button_mask = (1u << SDL_CONTROLLER_BUTTON_MAX) - 1;
        desc.axis_mask = (1u << SDL_CONTROLLER_AXIS_MAX) - 1;
        desc.name = "perf pad";
        const int index = SDL_JoystickAttachVirtualEx(&desc);
        pads.push_back(SDL_JoystickOpen(index));
        for (int k = 0; k < 5; ++k)
            game.step(5);
        SDL_JoystickSetVirtualButton(pads.back(), SDL_CONTROLLER_BUTTON_A, 1);
        for (int k = 0; k < 5; ++k)
            game.step(5);
        SDL_JoystickSetVirtualButton(pads.back(), SDL_CONTROLLER_BUTTON_A, 0);
        for (int k = 0; k < 5; ++k)
            game.step(5);
    }
    add_key(SDL_SCANCODE_RETURN);
    if (!run_until(game, "party-question", 5)) {
        std::cerr << "party_perf: the game did not start (" << game.top()->name() << ")\n";
        return 1;
    }

    // CPU while an 8-player question counts down and nobody presses anything.
    const double idle_seconds = 5;
    const double c0 = cpu_ms();
    const double w0 = now_ms();
    while (now_ms() - w0 < idle_seconds * 1000)
        game.step(-1);
    const double countdown_cpu = 100.0 * (cpu_ms() - c0) / (now_ms() - w0);

    // Press to locked-in frame: each keyboard player presses; the loop turns until the frame
    // that draws the seat locked in has been presented.
    std::vector<double> latencies;
    for (int question = 0; question < 12 && latencies.size() < 40; ++question) {
        if (!run_until(game, "party-question", 10))
            break;
        for (int zone = 0; zone < 4; ++zone) {
            const play::Match* m = party_match(game);
            if (m == nullptr || m->phase() != play::Phase::question)
                break;
            const auto seat = m->seats().find(play::Binding::zone(zone));
            if (!seat || m->locked_in(*seat))
                continue;
            const std::uint32_t frames = game.frames_drawn();
            const double t0 = now_ms();
            // Every key of the zone, so an ordering question is answered too.
            for (const SDL_Scancode k : kZones[zone])
                add_key(k);
            while (now_ms() - t0 < 1000) {
                game.step(-1);
                const play::Match* after = party_match(game);
                const bool shown = after == nullptr || after->locked_in(*seat);
                if (shown && game.frames_drawn() > frames)
                    break;
            }
            latencies.push_back(now_ms() - t0);
        }
        // The pads answer with A, B, X, Y: the question then reveals.
        for (SDL_Joystick* pad : pads) {
            for (const auto b : {SDL_CONTROLLER_BUTTON_A, SDL_CONTROLLER_BUTTON_B,
                                 SDL_CONTROLLER_BUTTON_X, SDL_CONTROLLER_BUTTON_Y}) {
                SDL_JoystickSetVirtualButton(pad, b, 1);
                game.step(0);
                SDL_JoystickSetVirtualButton(pad, b, 0);
                game.step(0);
            }
        }
        if (!run_until(game, "party-reveal", 35))
            break;
        add_key(SDL_SCANCODE_RETURN);
        run_until(game, "party-scores", 5);
        add_key(SDL_SCANCODE_RETURN);
    }
    std::printf("renderer: %s\n", game.renderer_name().c_str());
    std::printf("frame interval: %.1f ms\n", 1000.0 / 60);
    if (!latencies.empty()) {
        std::printf(
            "press to locked-in frame (%zu presses): p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
            latencies.size(), percentile(latencies, 0.5), percentile(latencies, 0.99),
            *std::max_element(latencies.begin(), latencies.end()));
    }
    std::printf("8-player countdown, no input: %.1f %% of a core\n", countdown_cpu);
    for (SDL_Joystick* pad : pads)
        SDL_JoystickClose(pad);
    std::filesystem::remove_all(data);
    return 0;
}
