// How an ordering question's reveal moves its events: each tile glides from the slot the
// player put it in to its slot in story order, as a pure function of the time since the
// reveal opened, so a test can check any frame.
#pragma once

#include <cstdint>
#include <vector>

#include "app/canvas.hpp"
#include "core/question.hpp"

namespace filmquiz::screens {

// The player's order holds long enough to be seen through the screen's fade-in; then the
// tiles that are out of place set off one after another in story order, so that tiles
// trading places do not all cross the middle at once, and each eases out into its slot.
constexpr std::uint32_t kGlideHoldMs = 250;
constexpr std::uint32_t kGlideMs = 350;
constexpr std::uint32_t kGlideStaggerMs = 50;

// For each event (by its index in `q.choices`), the slot the player put it in: the k-th
// pressed in slot k, then those never pressed, in the order they were shown.
std::vector<int> player_slots(const core::Question& q, const std::vector<int>& order);

// How far one tile has come, from 0 (where the player put it) to 1 (its story slot),
// `ms` after it set off: an ease-out over kGlideMs.
double glide_progress(std::uint32_t ms);

// When the last tile arrives, from the reveal's opening; 0 when nothing moves (every event
// in its place, or reduced motion).
std::uint32_t glide_end_ms(const core::Question& q, const std::vector<int>& order,
                           bool reduced_motion);

// Where the event at story position k is drawn, `elapsed_ms` after the reveal opened:
// from slots[its player slot] to slots[k]. `slots` holds one rect a slot, first to last.
std::vector<app::Rect> ordering_tiles(const std::vector<app::Rect>& slots, const core::Question& q,
                                      const std::vector<int>& order, std::uint32_t elapsed_ms,
                                      bool reduced_motion);

}  // namespace filmquiz::screens
