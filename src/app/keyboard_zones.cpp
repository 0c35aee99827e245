#include "app/keyboard_zones.hpp"

#include <SDL_keyboard.h>

#include "core/text.hpp"

namespace filmquiz::app {

namespace {

bool reserved(SDL_Scancode key) {
    switch (key) {
        case SDL_SCANCODE_RETURN:
        case SDL_SCANCODE_KP_ENTER:
        case SDL_SCANCODE_ESCAPE:
        case SDL_SCANCODE_BACKSPACE:
        case SDL_SCANCODE_TAB:
        case SDL_SCANCODE_UP:
        case SDL_SCANCODE_DOWN:
        case SDL_SCANCODE_LEFT:
        case SDL_SCANCODE_RIGHT:
        case SDL_SCANCODE_SPACE:
        case SDL_SCANCODE_M:
        case SDL_SCANCODE_F11:
            return true;
        default:
            return false;
    }
}

std::vector<std::string> split(std::string_view text, char separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(separator, start);
        parts.emplace_back(text.substr(start, end - start));
        if (end == std::string_view::npos)
            return parts;
        start = end + 1;
    }
}

std::string scancode_name(SDL_Scancode key) {
    return SDL_GetScancodeName(key);
}

}  // namespace

ZoneSetup default_zones() {
    ZoneSetup setup;
    setup.zones = {
        {{SDL_SCANCODE_1, SDL_SCANCODE_2, SDL_SCANCODE_3, SDL_SCANCODE_4}, true},
        {{SDL_SCANCODE_Q, SDL_SCANCODE_W, SDL_SCANCODE_E, SDL_SCANCODE_R}, true},
        {{SDL_SCANCODE_U, SDL_SCANCODE_I, SDL_SCANCODE_O, SDL_SCANCODE_P}, true},
        {{SDL_SCANCODE_KP_1, SDL_SCANCODE_KP_2, SDL_SCANCODE_KP_3, SDL_SCANCODE_KP_4}, true},
    };
    return setup;
}

ZoneSetup parse_zones(std::string_view setting) {
    if (core::trim(setting).empty())
        return default_zones();
    ZoneSetup setup;
    std::vector<std::string> groups = split(setting, '|');
    if (groups.size() > static_cast<std::size_t>(kMaxZones)) {
        setup.problems.push_back("party keys: " + std::to_string(groups.size()) +
                                 " zones given; the first " + std::to_string(kMaxZones) +
                                 " are used");
        groups.resize(kMaxZones);
    }
    for (std::size_t z = 0; z < groups.size(); ++z) {
        const std::string zone_name = "zone " + std::to_string(z + 1);
        KeyZone zone;
        std::vector<std::string> names;
        // Key names may hold spaces ("Keypad 1"): a name is one word, or "Keypad" and the
        // word after it.
        const std::vector<std::string> words = split(core::trim(groups[z]), ' ');
        for (std::size_t i = 0; i < words.size(); ++i) {
            if (words[i].empty())
                continue;
            if (core::fold_case(words[i]) == "keypad" && i + 1 < words.size()) {
                names.push_back(words[i] + " " + words[i + 1]);
                ++i;
            } else {
                names.push_back(words[i]);
            }
        }
        if (names.size() != 4) {
            setup.problems.push_back("party keys: " + zone_name + " has " +
                                     std::to_string(names.size()) +
                                     " keys; it needs 4, so it is off");
            zone.enabled = false;
        }
        for (std::size_t k = 0; k < names.size() && k < 4; ++k) {
            const SDL_Scancode key = SDL_GetScancodeFromName(names[k].c_str());
            zone.keys[k] = key;
            if (key == SDL_SCANCODE_UNKNOWN) {
                setup.problems.push_back("party keys: " + zone_name + ": no key is called \"" +
                                         names[k] + "\", so the zone is off");
                zone.enabled = false;
            } else if (reserved(key)) {
                setup.problems.push_back("party keys: " + zone_name + ": " + names[k] +
                                         " is kept for the menus, so the zone is off");
                zone.enabled = false;
            }
        }
        if (zone.enabled) {
            for (std::size_t k = 0; k < 4 && zone.enabled; ++k) {
                for (std::size_t other = 0; other < setup.zones.size(); ++other) {
                    const KeyZone& o = setup.zones[other];
                    if (!o.enabled)
                        continue;
                    for (const SDL_Scancode key : o.keys) {
                        if (key == zone.keys[k] && zone.enabled) {
                            setup.problems.push_back("party keys: " + scancode_name(key) +
                                                     " is in zone " + std::to_string(other + 1) +
                                                     " and " + zone_name + ", so " + zone_name +
                                                     " is off");
                            zone.enabled = false;
                        }
                    }
                }
                for (std::size_t j = 0; j < k && zone.enabled; ++j) {
                    if (zone.keys[j] == zone.keys[k]) {
                        setup.problems.push_back("party keys: " + zone_name + " has " +
                                                 scancode_name(zone.keys[k]) +
                                                 " twice, so it is off");
                        zone.enabled = false;
                    }
                }
            }
        }
        setup.zones.push_back(zone);
    }
    return setup;
}

std::optional<ZoneKey> find_zone_key(const std::vector<KeyZone>& zones, SDL_Scancode key) {
    for (std::size_t z = 0; z < zones.size(); ++z) {
        if (!zones[z].enabled)
            continue;
        for (std::size_t k = 0; k < 4; ++k) {
            if (zones[z].keys[k] == key)
                return ZoneKey{static_cast<int>(z), static_cast<int>(k)};
        }
    }
    return std::nullopt;
}

std::string key_label(SDL_Scancode key) {
    const SDL_Keycode code = SDL_GetKeyFromScancode(key);
    std::string name = SDL_GetKeyName(code);
    if (name.empty())
        name = SDL_GetScancodeName(key);
    if (name.rfind("Keypad ", 0) == 0)
        return name.substr(7);
    return name;
}

bool is_keypad(SDL_Scancode key) {
    return key >= SDL_SCANCODE_KP_DIVIDE && key <= SDL_SCANCODE_KP_PERIOD;
}

std::string zone_label(const KeyZone& zone) {
    bool keypad = true;
    std::string keys;
    for (const SDL_Scancode k : zone.keys) {
        keypad = keypad && is_keypad(k);
        keys += (keys.empty() ? "" : " ") + key_label(k);
    }
    return (keypad ? "Keypad " : "Keys ") + keys;
}

}  // namespace filmquiz::app
