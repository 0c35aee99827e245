// The shared keyboard of a watch party, split into zones of four keys, one zone per player.
// Keys are physical positions (scancodes), so Q-W-E-R is the same four keys on an AZERTY
// keyboard (where they read A-Z-E-R); the lobby shows each key by its label on this layout.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <SDL_scancode.h>

namespace filmquiz::app {

inline constexpr int kMaxZones = 4;

struct KeyZone {
    std::array<SDL_Scancode, 4> keys{};  // answer 1-4 (and buzz, with any of them)
    bool enabled = true;                 // false: its keys clash with another zone
};

struct ZoneSetup {
    std::vector<KeyZone> zones;
    std::vector<std::string> problems;  // one line each, for the lobby to show
};

// 1 2 3 4, Q W E R, U I O P, and keypad 1 2 3 4.
ZoneSetup default_zones();

// Zones from the `party_keys` setting: zones separated by '|', keys by spaces, each key
// by its SDL name ("Q", "Keypad 1"). A zone with an unknown key, a reserved key (Enter,
// Escape, Backspace, Tab, the arrows, M, F11) or a key another zone has is turned off,
// with a line saying why. An empty setting gives the defaults.
ZoneSetup parse_zones(std::string_view setting);

// The zone and place (0-3) of a key, when it is an enabled zone's.
struct ZoneKey {
    int zone = -1;
    int index = -1;
};
std::optional<ZoneKey> find_zone_key(const std::vector<KeyZone>& zones, SDL_Scancode key);

// A key's label on the current keyboard layout ("Q", "A" on AZERTY; a keypad key's digit).
std::string key_label(SDL_Scancode key);
bool is_keypad(SDL_Scancode key);
// How a zone is named on screen: "Keys 1 2 3 4", "Keypad 1 2 3 4".
std::string zone_label(const KeyZone& zone);

}  // namespace filmquiz::app
