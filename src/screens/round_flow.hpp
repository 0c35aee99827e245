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

// The round for these settings and the settings' question source: the film's questions, a
// teacher's question set, or half of each, taken in turns. When the set cannot be read,
// `error` says why (in a player's words) and the round has no questions.
core::Round make_round(app::Services& services, const core::RoundSettings& settings,
                       std::string& error);

// "The film", "Quiz night" or "Quiz night and the film": where questions come from.
std::string question_source_label(const app::GameSettings& settings);
// Steps the settings' question source through the film, then each set alone and with the
// film, and round again.
void cycle_question_source(app::Services& services, int delta);

// Composes a round and returns its first question screen (nothing, with `error` set, when
// the round's question set cannot be read).
std::unique_ptr<app::Screen> start_round(app::Services& services, const RoundChoices& choices,
                                         std::string& error);

// How far the player or the group has watched, for "Watched up to": the scene's title in
// the pack ("Milly’s diagnosis"), "Scene 4 of 30" when it has none.
std::string watched_label(const core::Pack& pack, std::optional<int> limit);

// The player a solo round is saved under until they name themselves.
std::string current_player(app::Services& services);

}  // namespace filmquiz::screens
