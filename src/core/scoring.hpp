// Points for an answer: base by difficulty, a speed bonus from the time left, a capped
// streak bonus. Pure rules, documented in the README and on the How to play screen.
#pragma once

namespace filmquiz::core {

struct ScoringRules {
    int base[3] = {100, 200, 300};  // by difficulty 1, 2, 3
    int max_speed_bonus = 100;      // for answering the instant the question appears
    int streak_step = 25;           // per right answer in a row after the first
    int max_streak_bonus = 100;
};

struct Points {
    int base = 0;
    int speed = 0;
    int streak = 0;
    int total() const { return base + speed + streak; }
};

struct AnswerFacts {
    bool correct = false;
    int difficulty = 1;
    int timer_ms = 0;    // 0: no timer
    int elapsed_ms = 0;  // from the question appearing to the answer
    bool speed_bonus = true;
    int streak_before = 0;  // right answers in a row before this one
};

// Wrong or timed-out answers score nothing. The speed bonus scales with the time left and
// is rounded down to a multiple of 5; there is none without a timer or with it disabled.
Points score_answer(const AnswerFacts& facts, const ScoringRules& rules = {});

}  // namespace filmquiz::core
