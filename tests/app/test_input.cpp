// Keys as a host's screen reads them: a presenter clicker's keys come first, the number
// keys mark teams when nobody plays on the keyboard, and players' zones keep their keys.
#include <doctest/doctest.h>

#include "app/input.hpp"

using namespace filmquiz;
using app::Action;

namespace {

SDL_Event key(SDL_Keycode sym, SDL_Scancode code, std::uint32_t at = 5) {
    SDL_Event e{};
    e.type = SDL_KEYDOWN;
    e.key.timestamp = at;
    e.key.keysym.sym = sym;
    e.key.keysym.scancode = code;
    return e;
}

}  // namespace

TEST_CASE("input: a host's clicker keys, and what they are elsewhere") {
    app::InputContext host;
    host.host = true;
    const std::vector<app::KeyZone> none;
    host.zones = &none;
    const struct {
        SDL_Keycode sym;
        SDL_Scancode code;
        Action action;
    } keys[] = {
        {SDLK_PAGEDOWN, SDL_SCANCODE_PAGEDOWN, Action::next_step},
        {SDLK_PAGEUP, SDL_SCANCODE_PAGEUP, Action::previous_step},
        {SDLK_b, SDL_SCANCODE_B, Action::blank},
        {SDLK_PERIOD, SDL_SCANCODE_PERIOD, Action::blank},
        {SDLK_h, SDL_SCANCODE_H, Action::notes},
        {SDLK_s, SDL_SCANCODE_S, Action::skip},
        {SDLK_END, SDL_SCANCODE_END, Action::end_game},
        {SDLK_RIGHT, SDL_SCANCODE_RIGHT, Action::right},
        {SDLK_RETURN, SDL_SCANCODE_RETURN, Action::confirm},
    };
    for (const auto& k : keys) {
        CAPTURE(k.sym);
        const auto in = app::translate(key(k.sym, k.code), host);
        REQUIRE(in);
        CHECK(in->action == k.action);
        CHECK(in->time_ms == 5);
    }
    // Teams on paper: 1-9 are a team's number; letters are nothing, not answers.
    auto eight = app::translate(key(SDLK_8, SDL_SCANCODE_8), host);
    REQUIRE(eight);
    CHECK(eight->action == Action::choice);
    CHECK(eight->choice == 7);
    CHECK(eight->zone == -1);
    CHECK_FALSE(app::translate(key(SDLK_a, SDL_SCANCODE_A), host));
    CHECK(app::translate(key(SDLK_m, SDL_SCANCODE_M), host)->action == Action::mute);

    // With players on zones, a zone's key is its player's, the clicker's keys the host's.
    const app::ZoneSetup zones = app::default_zones();
    host.zones = &zones.zones;
    auto one = app::translate(key(SDLK_1, SDL_SCANCODE_1), host);
    REQUIRE(one);
    CHECK(one->zone == 0);
    CHECK(one->choice == 0);
    CHECK_FALSE(app::translate(key(SDLK_8, SDL_SCANCODE_8), host));
    CHECK(app::translate(key(SDLK_PAGEDOWN, SDL_SCANCODE_PAGEDOWN), host)->action ==
          Action::next_step);

    // Outside a host's screen Page Down is nothing and B is an answer.
    app::InputContext solo;
    solo.in_question = true;
    CHECK_FALSE(app::translate(key(SDLK_PAGEDOWN, SDL_SCANCODE_PAGEDOWN), solo));
    const auto b = app::translate(key(SDLK_b, SDL_SCANCODE_B), solo);
    REQUIRE(b);
    CHECK(b->action == Action::choice);
    CHECK(b->choice == 1);
}
