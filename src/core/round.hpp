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
    // True/false questions are quick but guessable: at most this many in every ten.
    int true_false_per_ten = 3;
    // Questions that rest only on a weak source (a fan site's quotes and songs): asked
    // with the source named, at most `max_unverified` a round, or not at all.
    bool include_unverified = true;
    int max_unverified = 1;
    bool typed_answers = true;  // false: no type-in questions (a party shares one keyboard)
};

struct Round {
    std::uint64_t seed = 0;
    std::vector<Question> questions;
};

// The candidates that settings allow, before any choice is made.
std::vector<const Candidate*> eligible(const QuestionBank& bank, const RoundSettings& settings);

// The most true/false questions a round of `count` holds under these settings.
int true_false_cap(const RoundSettings& settings, int count);

// Fewer questions than asked for when the filters leave fewer facts.
Round compose(const QuestionBank& bank, const RoundSettings& settings, std::uint64_t seed);

}  // namespace filmquiz::core
