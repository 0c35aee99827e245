// Starting a solo round from the settings: a match of one seat, and its first view.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "app/screen.hpp"
#include "core/round_session.hpp"

namespace filmquiz::screens {

// The spoiler limit chosen in round setup: nothing set means the whole film.
struct RoundChoices {
    std::optional<int> spoiler_limit;
};

// What the settings allow, as the composer's settings.
core::RoundSettings round_settings(app::Services& services, const RoundChoices& choices);

// Composes a round and returns its first question screen.
std::unique_ptr<app::Screen> start_round(app::Services& services, const RoundChoices& choices);

// How far the player or the group has watched, for "Watched up to": the scene's title in
// the pack ("Milly’s diagnosis"), "Scene 4 of 30" when it has none.
std::string watched_label(const core::Pack& pack, std::optional<int> limit);

// The player a solo round is saved under until they name themselves.
std::string current_player(app::Services& services);

}  // namespace filmquiz::screens
