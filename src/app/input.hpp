// What the player did, independent of the device: screens react to these, not to SDL
// events, so tests can drive screens with plain values.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <SDL_events.h>

#include "app/keyboard_zones.hpp"

namespace filmquiz::app {

enum class Action {
    up,
    down,
    left,
    right,
    confirm,  // Enter, gamepad A (outside questions), click
    submit,   // gamepad Start while typing a name: done
    back,     // Esc, gamepad B (outside questions)
    pause,    // Esc during a question, gamepad Start
    choice,   // 1-4, A-D, gamepad face buttons on a question
    text,     // typed text (UTF-8)
    backspace,
    mute,        // M
    fullscreen,  // F11, Alt+Enter
    pointer_move,
    pointer_down,
    pad_added,    // a gamepad was plugged in (`pad`: its instance id)
    pad_removed,  // a gamepad went away
    pad_noise,    // a gamepad's sticks move with nobody touching them (told once)
    switch_pane,  // Tab: between the parts of a screen (the party lobby's players and setup)
    // A host's keys (only where the context is a host's): a presenter clicker sends Page
    // Down/Page Up and B or period.
    next_step,      // Page Down: start the timer, reveal, go on
    previous_step,  // Page Up: look back at the previous reveal
    blank,          // B, period: blank the screen, or show it again
    notes,          // H: the presenter strip (the answer, before the reveal)
    skip,           // S: drop this question
    end_game,       // End: end the quiz now (asked twice)
};

enum class Device { keyboard, mouse, gamepad };

struct Input {
    Action action = Action::confirm;
    int choice = -1;   // 0-3 for Action::choice
    std::string text;  // for Action::text
    int x = 0;         // pointer position for pointer_* actions
    int y = 0;
    std::uint32_t time_ms = 0;  // the event's own timestamp (SDL ticks)
    Device device = Device::keyboard;
    // Which device, for a game with several players: a gamepad's SDL instance id, and the
    // keyboard zone of a key (-1: none; zones exist only where the context has them).
    std::int32_t pad = -1;
    int zone = -1;
};

// Builders, for screens' tests and the translator.
Input make_input(Action action, std::uint32_t time_ms = 0, Device device = Device::keyboard);
Input make_choice(int choice, std::uint32_t time_ms = 0, Device device = Device::keyboard);
Input make_text(std::string text, std::uint32_t time_ms = 0);
Input make_pointer(Action action, int x, int y, std::uint32_t time_ms = 0);

// How keys are read right now: while text is being typed, letters are text, not choices.
struct InputContext {
    bool typing = false;
    bool in_question = false;  // face buttons answer and Esc pauses
    // A watch party's keyboard zones: their keys are choices of their zone, and the
    // single-player answer keys (1-4, A-D) are off.
    const std::vector<KeyZone>* zones = nullptr;
    // A host's screen: the host's keys come first, and without zones the number keys 1-9
    // are choices (a team's number, to mark it).
    bool host = false;
};

// Translates one SDL event; nothing for events that are not input (or that are ignored).
std::optional<Input> translate(const SDL_Event& event, const InputContext& context);

}  // namespace filmquiz::app
