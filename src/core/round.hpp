// Composes a round from a question bank: a mix of families, a gentle difficulty ramp, no
// fact twice, spoiler-safe, and the same round for the same seed on every machine.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/generator.hpp"

namespace filmquiz::core {

struct RoundSettings {
    int count = 10;
    std::vector<Family> families;  // empty: every family
    int max_difficulty = 3;
    std::optional<int> spoiler_limit;      // only facts up to this plot position
    std::set<std::string> recently_asked;  // question ids to avoid while others remain
    bool typed_answers = true;  // false: no type-in questions (a party shares one keyboard)
};

struct Round {
    std::uint64_t seed = 0;
    std::vector<Question> questions;
};

// The candidates that settings allow, before any choice is made.
std::vector<const Candidate*> eligible(const QuestionBank& bank, const RoundSettings& settings);

// Fewer questions than asked for when the filters leave fewer facts.
Round compose(const QuestionBank& bank, const RoundSettings& settings, std::uint64_t seed);

}  // namespace filmquiz::core
