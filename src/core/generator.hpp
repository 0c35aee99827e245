// Turns a pack's facts into questions: every family and template the data supports, each
// with a stable id, fair distractors, sources, difficulty and the story position it spoils.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/pack.hpp"
#include "core/question.hpp"
#include "core/rng.hpp"

namespace filmquiz::core {

// Where the right answer of a multiple-choice question goes; any place when negative.
using AnswerSlot = int;

// One question the pack can produce, before its options are drawn.
struct Candidate {
    std::string id;
    std::string fact_id;
    Family family = Family::cast;
    QuestionType type = QuestionType::multiple_choice;
    int difficulty = 1;
    int spoils = 0;
    std::function<Question(Rng&, AnswerSlot)> make;
};

// Every candidate of a pack, enumerated once; the pack must outlive the bank.
class QuestionBank {
  public:
    explicit QuestionBank(const Pack& pack);

    const Pack& pack() const { return *pack_; }
    const std::vector<Candidate>& candidates() const { return candidates_; }

    // Draws a candidate's options; the same (seed, candidate) gives the same question.
    Question realize(const Candidate& candidate, std::uint64_t seed, AnswerSlot slot = -1) const;
    // One question per candidate, in enumeration order.
    std::vector<Question> all(std::uint64_t seed) const;

  private:
    const Pack* pack_;
    std::vector<Candidate> candidates_;
};

}  // namespace filmquiz::core
