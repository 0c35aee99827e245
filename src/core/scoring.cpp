#include "core/scoring.hpp"

#include <algorithm>

namespace filmquiz::core {

Points score_answer(const AnswerFacts& f, const ScoringRules& rules) {
    Points p;
    if (!f.correct)
        return p;
    p.base = rules.base[std::clamp(f.difficulty, 1, 3) - 1];
    if (f.speed_bonus && f.timer_ms > 0) {
        const long left = std::clamp(f.timer_ms - f.elapsed_ms, 0, f.timer_ms);
        const long bonus = rules.max_speed_bonus * left / f.timer_ms;
        p.speed = static_cast<int>(bonus - bonus % 5);
    }
    p.streak = std::min(rules.max_streak_bonus, rules.streak_step * std::max(0, f.streak_before));
    return p;
}

}  // namespace filmquiz::core
