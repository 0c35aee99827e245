// The strategies a player might try without knowing the film, scored over many questions:
// used on the whole bank and on composed rounds.
#pragma once

#include <map>
#include <string>

#include <doctest/doctest.h>

#include "core/question.hpp"
#include "core/text.hpp"

namespace filmquiz::test {

// Scores of the strategies a player might try without knowing the film.
struct Strategies {
    struct Tally {
        double right = 0;
        double chance = 0;
        int asked = 0;
        double accuracy() const { return asked == 0 ? 0 : right / asked; }
        double chance_rate() const { return asked == 0 ? 0 : chance / asked; }
    };
    std::map<std::string, Tally> tallies;

    void add(const core::Question& q) {
        if (q.type != core::QuestionType::multiple_choice &&
            q.type != core::QuestionType::true_false)
            return;
        const double chance = 1.0 / static_cast<double>(q.choices.size());
        auto score = [&](const char* name, bool right) {
            Tally& t = tallies[name];
            t.right += right ? 1 : 0;
            t.chance += chance;
            ++t.asked;
        };
        score("always A", q.answer == 0);
        std::size_t longest = 0;
        for (std::size_t i = 1; i < q.choices.size(); ++i) {
            if (core::utf8_length(q.choices[i]) > core::utf8_length(q.choices[longest]))
                longest = i;
        }
        score("longest option", static_cast<int>(longest) == q.answer);
        if (q.type == core::QuestionType::true_false) {
            score("always True", q.answer == 0);
            score("always False", q.answer == 1);
        }
    }

    // Each strategy was tried more than `min_asked` times and did no better than chance
    // plus 5 points.
    void check(int min_asked) const {
        REQUIRE(tallies.size() == 4);
        for (const auto& [name, t] : tallies) {
            CAPTURE(name);
            CAPTURE(t.asked);
            CAPTURE(t.accuracy());
            CAPTURE(t.chance_rate());
            CHECK(t.asked > min_asked);
            CHECK(t.accuracy() <= t.chance_rate() + 0.05);
        }
    }
};

}  // namespace filmquiz::test
