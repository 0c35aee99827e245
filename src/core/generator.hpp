// Turns a pack's facts into questions: every family and template the data supports, each
// with a stable id, plausible decoys, sources, difficulty and the story position it spoils.
#pragma once

#include <cstdint>
#include <memory>
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
    bool verified = true;      // false: only low-reliability sources back it
    int truth = -1;            // true/false questions: 1 when the statement is true, 0 when not
    std::uint32_t recipe = 0;  // how the bank draws it
};

// Every candidate of a pack, enumerated once; the pack must outlive the bank. The bank
// keeps each text once (names, events, quote endings) and its candidates refer to them by
// index, so it grows linearly with the pack.
class QuestionBank {
  public:
    // `threads`: 1 builds on this thread, 2 in two halves at once, 0 chooses by the pack's
    // size; the bank is the same either way.
    explicit QuestionBank(const Pack& pack, int threads = 0);
    ~QuestionBank();
    QuestionBank(QuestionBank&&) noexcept;
    QuestionBank& operator=(QuestionBank&&) noexcept;

    const Pack& pack() const { return *pack_; }
    const std::vector<Candidate>& candidates() const { return candidates_; }

    // Draws a candidate's options; the same (seed, candidate) gives the same question.
    Question realize(const Candidate& candidate, std::uint64_t seed, AnswerSlot slot = -1) const;
    // One question per candidate, in enumeration order.
    std::vector<Question> all(std::uint64_t seed) const;

    struct Data;  // the interned texts and recipes, private to the generator

  private:
    const Pack* pack_;
    std::vector<Candidate> candidates_;
    std::unique_ptr<Data> data_;
};

}  // namespace filmquiz::core
