// A round being played: its questions, every participant's score and streak, each answer
// and its points. N participants from the start; solo is one. No SDL, no storage.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/countdown.hpp"
#include "core/question.hpp"
#include "core/round.hpp"
#include "core/scoring.hpp"

namespace filmquiz::core {

struct PlaySettings {
    int timer_seconds = 20;  // 0: no timer
    bool speed_bonus = true;
};

struct Participant {
    std::string name;
    int score = 0;
    int streak = 0;
    int best_streak = 0;
    int correct = 0;
    int answered = 0;
};

// What a participant gave: a choice, an order of choices, typed text, or nothing in time.
struct GivenAnswer {
    int choice = -1;
    std::vector<int> order;
    std::string text;
    bool timed_out = false;
    // As text, for the record: the choice's text, the order as letters, or what was typed.
    std::string describe(const Question& q) const;
    // In words, for a reader without the game: the option chosen, the events in the order
    // given ("A -> B -> C"), or what was typed; empty when time ran out.
    std::string as_text(const Question& q) const;
};

struct Outcome {
    int participant = 0;
    int question_index = 0;
    GivenAnswer given;
    bool correct = false;
    Points points;
    int time_ms = 0;
};

bool is_correct(const Question& q, const GivenAnswer& given);

class RoundSession {
  public:
    RoundSession(Round round, PlaySettings settings, std::vector<std::string> participants);

    // A participant who joins a round already under way; returns their index.
    int add_participant(std::string name);

    const Round& round() const { return round_; }
    const PlaySettings& settings() const { return settings_; }
    int count() const { return static_cast<int>(round_.questions.size()); }
    int index() const { return index_; }
    const Question& current() const {
        return round_.questions.at(static_cast<std::size_t>(index_));
    }
    bool finished() const { return index_ >= count(); }
    const std::vector<Participant>& participants() const { return participants_; }
    const std::vector<Outcome>& outcomes() const { return outcomes_; }

    // The question became visible at `now_ms`: its timer starts.
    void start_question(std::uint32_t now_ms);
    Countdown& countdown() { return countdown_; }
    const Countdown& countdown() const { return countdown_; }
    bool answered(int participant) const;
    // Scores an answer given at `at_ms` (the time of the input event, not of a frame).
    // Nothing when the participant has already answered this question.
    std::optional<Outcome> answer(int participant, GivenAnswer given, std::uint32_t at_ms);
    // Everyone who has not answered gets a timed-out, zero-point outcome.
    std::vector<Outcome> time_up(std::uint32_t now_ms);
    // The same for the given participants only (the others are no longer playing).
    std::vector<Outcome> time_up(std::uint32_t now_ms, const std::vector<int>& who);
    bool all_answered() const;
    // The outcome of `participant` on the current question.
    const Outcome* outcome(int participant) const;
    // A verdict on an answer given off screen (a team writing on paper, judged by a host):
    // scored like an answer without a timer, and replacing any earlier verdict on the same
    // participant and question.
    Outcome judge(int participant, bool correct);
    // Takes back every answer to the current question, as if it had not been asked (a host
    // skips it, or ends the game while it is open).
    void discard_current();
    // Moves to the next question; false when the round is over.
    bool advance();

  private:
    Round round_;
    PlaySettings settings_;
    std::vector<Participant> participants_;
    std::vector<Participant> before_question_;  // as they stood when the question began
    std::vector<Outcome> outcomes_;
    // Per participant: where their outcome of the current question is in outcomes_, or -1.
    std::vector<int> current_;
    Countdown countdown_;
    int index_ = 0;
};

}  // namespace filmquiz::core
