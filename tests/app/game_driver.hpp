// Drives the real game loop in tests: SDL's dummy video and audio drivers (set by CTest),
// a data folder of its own, keys and text pushed as SDL events, gamepads made virtual.
#pragma once

#include <cstdlib>
#include <map>
#include <memory>
#include <sstream>
#include <string>

#include <doctest/doctest.h>

#include "app/game_app.hpp"
#include "screens/party_lobby_screen.hpp"
#include "screens/question_screen.hpp"
#include "screens/title_screen.hpp"
#include "test_support.hpp"

namespace filmquiz::test {

// Runs the real loop with SDL's dummy video and audio drivers (set by CTest), in a data
// folder of its own, with the timer off so the expected score does not depend on speed.
class Game {
  public:
    explicit Game(const TempDir& data, bool party = false) : Game(data.path(), true, party) {}
    // `prepare`: write the settings the tests play with (no timer, player Ana) first.
    // `party`: open the watch-party lobby, as `filmquiz --party` does.
    Game(const std::filesystem::path& data, bool prepare, bool party = false,
         const std::map<std::string, std::string>& settings = {}) {
        setenv("FILMQUIZ_DATA_DIR", data.c_str(), 1);
        if (prepare) {
            auto store = store::ScoreStore::open(data).store;
            store->set_setting("timer_seconds", "0");
            store->set_setting("last_player", "Ana");
            if (!settings.empty())
                store->set_settings(settings);
        }
        app::GameOptions options;
        options.content = content::ContentDir{FILMQUIZ_SOURCE_DIR};
        options.seed = 42;
        options.party = party;
        app = std::make_unique<app::GameApp>(options, log);
        app->start(std::make_unique<screens::TitleScreen>());
        if (party)
            app->push(std::make_unique<screens::PartyLobbyScreen>());
        settle();
    }

    std::string top() const { return std::string(app->top()->name()); }

    // Turns the loop until `name` is on top (or gives up).
    bool until(const std::string& name) {
        for (int i = 0; i < 200 && top() != name; ++i)
            app->step(1);
        return top() == name;
    }
    void settle() {
        for (int i = 0; i < 5; ++i)
            app->step(0);
    }

    void key(SDL_Keycode code) {
        SDL_Event e{};
        e.type = SDL_KEYDOWN;
        e.key.timestamp = SDL_GetTicks();
        e.key.keysym.sym = code;
        SDL_PushEvent(&e);
        settle();
    }
    void text(const std::string& t) {
        SDL_Event e{};
        e.type = SDL_TEXTINPUT;
        e.text.timestamp = SDL_GetTicks();
        std::snprintf(e.text.text, sizeof e.text.text, "%s", t.c_str());
        SDL_PushEvent(&e);
        settle();
    }

    // A key by its place on the keyboard, stamped `at`, queued for the next turn of the loop
    // (SDL_PeepEvents keeps the stamp; SDL_PushEvent would put the current tick on it).
    void add_key(SDL_Scancode code, std::uint32_t at) {
        SDL_Event e{};
        e.type = SDL_KEYDOWN;
        e.key.timestamp = at;
        e.key.keysym.scancode = code;
        e.key.keysym.sym = SDL_GetKeyFromScancode(code);
        REQUIRE(SDL_PeepEvents(&e, 1, SDL_ADDEVENT, SDL_FIRSTEVENT, SDL_LASTEVENT) == 1);
    }
    void press(SDL_Scancode code) {
        add_key(code, SDL_GetTicks());
        settle();
    }

    const core::Question& question() const {
        return dynamic_cast<screens::QuestionScreen&>(*app->top()).session().current();
    }

    std::ostringstream log;
    std::unique_ptr<app::GameApp> app;
};

// A virtual gamepad the game sees plugged in; unplugged when destroyed (or by unplug()).
class VirtualPad {
  public:
    explicit VirtualPad(Game& game, const char* name = "filmquiz test pad") : game_(game) {
        SDL_VirtualJoystickDesc desc{};
        desc.version = SDL_VIRTUAL_JOYSTICK_DESC_VERSION;
        desc.type = SDL_JOYSTICK_TYPE_GAMECONTROLLER;
        desc.naxes = SDL_CONTROLLER_AXIS_MAX;
        desc.nbuttons = SDL_CONTROLLER_BUTTON_MAX;
        desc.name = name;
        // SDL maps only the buttons and axes named in the masks to the gamepad layout.
        desc.button_mask = (1u << SDL_CONTROLLER_BUTTON_MAX) - 1;
        desc.axis_mask = (1u << SDL_CONTROLLER_AXIS_MAX) - 1;
        index_ = SDL_JoystickAttachVirtualEx(&desc);
        REQUIRE(index_ >= 0);
        joy_ = SDL_JoystickOpen(index_);
        REQUIRE(joy_ != nullptr);
        id_ = SDL_JoystickInstanceID(joy_);
        game_.settle();
    }
    ~VirtualPad() { unplug(); }
    VirtualPad(const VirtualPad&) = delete;
    VirtualPad& operator=(const VirtualPad&) = delete;

    SDL_JoystickID id() const { return id_; }
    void press(SDL_GameControllerButton button) {
        SDL_JoystickSetVirtualButton(joy_, button, 1);
        game_.settle();
        SDL_JoystickSetVirtualButton(joy_, button, 0);
        game_.settle();
    }
    void axis(SDL_GameControllerAxis a, Sint16 value) {
        SDL_JoystickSetVirtualAxis(joy_, a, value);
    }
    void unplug() {
        if (joy_ == nullptr)
            return;
        SDL_JoystickClose(joy_);
        joy_ = nullptr;
        // Detaching shifts the indices of pads attached later; find ours by its id.
        for (int i = 0; i < SDL_NumJoysticks(); ++i) {
            if (SDL_JoystickGetDeviceInstanceID(i) == id_) {
                SDL_JoystickDetachVirtual(i);
                break;
            }
        }
        game_.settle();
    }

  private:
    Game& game_;
    int index_ = -1;
    SDL_Joystick* joy_ = nullptr;
    SDL_JoystickID id_ = -1;
};

}  // namespace filmquiz::test
