#include "app/input.hpp"

namespace filmquiz::app {

Input make_input(Action action, std::uint32_t time_ms, Device device) {
    Input in;
    in.action = action;
    in.time_ms = time_ms;
    in.device = device;
    return in;
}

Input make_choice(int choice, std::uint32_t time_ms, Device device) {
    Input in = make_input(Action::choice, time_ms, device);
    in.choice = choice;
    return in;
}

Input make_text(std::string text, std::uint32_t time_ms) {
    Input in = make_input(Action::text, time_ms);
    in.text = std::move(text);
    return in;
}

Input make_pointer(Action action, int x, int y, std::uint32_t time_ms) {
    Input in = make_input(action, time_ms, Device::mouse);
    in.x = x;
    in.y = y;
    return in;
}

namespace {

std::optional<Input> from_key(const SDL_KeyboardEvent& key, const InputContext& context) {
    const SDL_Keycode k = key.keysym.sym;
    const Uint16 mod = key.keysym.mod;
    const std::uint32_t t = key.timestamp;
    if (k == SDLK_F11 || ((k == SDLK_RETURN || k == SDLK_KP_ENTER) && (mod & KMOD_ALT))) {
        return make_input(Action::fullscreen, t);
    }
    switch (k) {
        case SDLK_UP:
            return make_input(Action::up, t);
        case SDLK_DOWN:
            return make_input(Action::down, t);
        case SDLK_LEFT:
            return make_input(Action::left, t);
        case SDLK_RIGHT:
            return make_input(Action::right, t);
        case SDLK_RETURN:
        case SDLK_KP_ENTER:
            return make_input(Action::confirm, t);
        case SDLK_ESCAPE:
            return make_input(context.in_question ? Action::pause : Action::back, t);
        case SDLK_BACKSPACE:
        case SDLK_DELETE:
            return make_input(Action::backspace, t);
        case SDLK_TAB:
            if (context.typing)
                return std::nullopt;
            return make_input(Action::switch_pane, t);
        case SDLK_SPACE:
            // Space is text while typing, and "choose" elsewhere.
            if (context.typing)
                return std::nullopt;
            return make_input(Action::confirm, t);
        default:
            break;
    }
    if (context.typing)
        return std::nullopt;  // letters arrive as SDL_TEXTINPUT
    if (context.host) {
        switch (k) {
            case SDLK_PAGEDOWN:
                return make_input(Action::next_step, t);
            case SDLK_PAGEUP:
                return make_input(Action::previous_step, t);
            case SDLK_b:
            case SDLK_PERIOD:
                return make_input(Action::blank, t);
            case SDLK_h:
                return make_input(Action::notes, t);
            case SDLK_s:
                return make_input(Action::skip, t);
            case SDLK_END:
                return make_input(Action::end_game, t);
            default:
                break;
        }
        const bool no_zones = context.zones == nullptr || context.zones->empty();
        if (no_zones && k >= SDLK_1 && k <= SDLK_9)
            return make_choice(k - SDLK_1, t);
        if (no_zones && k >= SDLK_KP_1 && k <= SDLK_KP_9)
            return make_choice(k - SDLK_KP_1, t);
        if (no_zones)  // letters are not answers on a host's screen
            return k == SDLK_m ? std::optional<Input>(make_input(Action::mute, t)) : std::nullopt;
    }
    if (context.zones != nullptr) {
        if (const auto zk = find_zone_key(*context.zones, key.keysym.scancode)) {
            Input in = make_choice(zk->index, t);
            in.zone = zk->zone;
            return in;
        }
        if (k == SDLK_m)
            return make_input(Action::mute, t);
        return std::nullopt;
    }
    if (k >= SDLK_1 && k <= SDLK_4)
        return make_choice(k - SDLK_1, t);
    if (k >= SDLK_KP_1 && k <= SDLK_KP_4)
        return make_choice(k - SDLK_KP_1, t);
    if (k >= SDLK_a && k <= SDLK_d)
        return make_choice(k - SDLK_a, t);
    if (k == SDLK_m)
        return make_input(Action::mute, t);
    return std::nullopt;
}

std::optional<Input> pad_button(const SDL_ControllerButtonEvent& b, const InputContext& context) {
    const std::uint32_t t = b.timestamp;
    auto pad = [&](Action a) { return make_input(a, t, Device::gamepad); };
    switch (b.button) {
        case SDL_CONTROLLER_BUTTON_DPAD_UP:
            return pad(Action::up);
        case SDL_CONTROLLER_BUTTON_DPAD_DOWN:
            return pad(Action::down);
        case SDL_CONTROLLER_BUTTON_DPAD_LEFT:
            return pad(Action::left);
        case SDL_CONTROLLER_BUTTON_DPAD_RIGHT:
            return pad(Action::right);
        case SDL_CONTROLLER_BUTTON_START:
            if (context.in_question)
                return pad(Action::pause);
            // At a party, Start starts the game; A is "I'm here".
            return pad(context.typing || context.zones != nullptr ? Action::submit
                                                                  : Action::confirm);
        case SDL_CONTROLLER_BUTTON_BACK:
            return pad(context.in_question ? Action::pause : Action::back);
        default:
            break;
    }
    // On a question the face buttons answer: A, B, X, Y are tiles 1-4.
    if (context.in_question && !context.typing) {
        switch (b.button) {
            case SDL_CONTROLLER_BUTTON_A:
                return make_choice(0, t, Device::gamepad);
            case SDL_CONTROLLER_BUTTON_B:
                return make_choice(1, t, Device::gamepad);
            case SDL_CONTROLLER_BUTTON_X:
                return make_choice(2, t, Device::gamepad);
            case SDL_CONTROLLER_BUTTON_Y:
                return make_choice(3, t, Device::gamepad);
            default:
                return std::nullopt;
        }
    }
    switch (b.button) {
        case SDL_CONTROLLER_BUTTON_A:
            return pad(Action::confirm);
        case SDL_CONTROLLER_BUTTON_B:
            return pad(context.typing ? Action::backspace : Action::back);
        case SDL_CONTROLLER_BUTTON_Y:
            return pad(Action::mute);
        default:
            return std::nullopt;
    }
}

std::optional<Input> from_button(const SDL_ControllerButtonEvent& b, const InputContext& context) {
    std::optional<Input> in = pad_button(b, context);
    if (in)
        in->pad = b.which;
    return in;
}

}  // namespace

std::optional<Input> translate(const SDL_Event& event, const InputContext& context) {
    switch (event.type) {
        case SDL_KEYDOWN: {
            std::optional<Input> in = from_key(event.key, context);
            // A key held down answers once: its repeats only move through menus.
            if (in && event.key.repeat != 0 && in->action == Action::choice)
                return std::nullopt;
            return in;
        }
        case SDL_TEXTINPUT:
            if (!context.typing)
                return std::nullopt;
            return make_text(event.text.text, event.text.timestamp);
        case SDL_MOUSEMOTION:
            return make_pointer(Action::pointer_move, event.motion.x, event.motion.y,
                                event.motion.timestamp);
        case SDL_MOUSEBUTTONDOWN:
            if (event.button.button != SDL_BUTTON_LEFT)
                return std::nullopt;
            return make_pointer(Action::pointer_down, event.button.x, event.button.y,
                                event.button.timestamp);
        case SDL_CONTROLLERBUTTONDOWN:
            return from_button(event.cbutton, context);
        default:
            return std::nullopt;
    }
}

}  // namespace filmquiz::app
