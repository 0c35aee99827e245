// How an ordering question's reveal moves its events: each tile glides from the slot the
// player put it in to its slot in story order, as a pure function of the time since the
// reveal opened, so a test can check any frame.
#pragma once

#include <cstdint>
#include <vector>

#include "app/canvas.hpp"
#include "core/question.hpp"

namespace filmquiz::screens {

// The player's order holds long enough to be seen through the screen's fade-in, then the
// tiles ease out into story order; with reduced motion they are there at once.
constexpr std::uint32_t kGlideHoldMs = 250;
constexpr std::uint32_t kGlideMs = 350;
constexpr std::uint32_t kGlideDoneMs = kGlideHoldMs + kGlideMs;

// For each event (by its index in `q.choices`), the slot the player put it in: the k-th
// pressed in slot k, then those never pressed, in the order they were shown.
std::vector<int> player_slots(const core::Question& q, const std::vector<int>& order);

// How far the tiles have come, from 0 (the player's order) to 1 (story order).
double glide_progress(std::uint32_t elapsed_ms, bool reduced_motion);

// Where the event at story position k is drawn, `elapsed_ms` after the reveal opened:
// between slots[player slot of q.order[k]] and slots[k]. `slots` holds one rect a slot,
// first to last.
std::vector<app::Rect> ordering_tiles(const std::vector<app::Rect>& slots, const core::Question& q,
                                      const std::vector<int>& order, std::uint32_t elapsed_ms,
                                      bool reduced_motion);

}  // namespace filmquiz::screens
