// What a finished match leaves behind: the game record the store saves (the game and every
// answer), and whether a score enters a high-score table.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "core/pack.hpp"
#include "core/round.hpp"
#include "play/match.hpp"
#include "store/score_store.hpp"

namespace filmquiz::play {

// How the game is stored: solo as solo, both party modes as party, host as host.
store::GameMode stored_mode(Mode mode);

// The whole game as the store keeps it: every seat (also those who left, with the points
// they had) and every answer of every question asked (skipped ones are not).
store::GameRecord game_record(const Match& match, const core::Pack& pack,
                              const core::RoundSettings& settings);

// Where `score` would enter a table of `size` rows (`table` best first), asked before the
// game is saved so that it is not compared with itself.
std::optional<std::size_t> table_place(const std::vector<store::ScoreRow>& table, int score,
                                       std::size_t size);

}  // namespace filmquiz::play
