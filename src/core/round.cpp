#include "core/round.hpp"

#include <algorithm>
#include <map>

namespace filmquiz::core {

std::vector<const Candidate*> eligible(const QuestionBank& bank, const RoundSettings& settings) {
    std::vector<const Candidate*> out;
    for (const Candidate& c : bank.candidates()) {
        if (!settings.families.empty() &&
            std::find(settings.families.begin(), settings.families.end(), c.family) ==
                settings.families.end()) {
            continue;
        }
        if (c.difficulty > settings.max_difficulty)
            continue;
        if (settings.spoiler_limit && c.spoils > *settings.spoiler_limit)
            continue;
        if (!c.verified && (!settings.include_unverified || settings.max_unverified <= 0))
            continue;
        if (!settings.typed_answers && c.type == QuestionType::type_in)
            continue;
        out.push_back(&c);
    }
    return out;
}

int true_false_cap(const RoundSettings& settings, int count) {
    return std::max(0, count) * std::max(0, settings.true_false_per_ten) / 10;
}

Round compose(const QuestionBank& bank, const RoundSettings& settings, std::uint64_t seed) {
    Round round;
    round.seed = seed;
    Rng rng(seed);

    // Per family: fresh candidates in random order, then recently asked ones.
    std::map<Family, std::vector<const Candidate*>> by_family;
    {
        std::vector<const Candidate*> pool = eligible(bank, settings);
        rng.shuffle(pool);
        std::stable_partition(pool.begin(), pool.end(), [&](const Candidate* c) {
            return settings.recently_asked.count(c->id) == 0;
        });
        for (const Candidate* c : pool)
            by_family[c->family].push_back(c);
    }
    std::vector<Family> rotation;
    for (const auto& entry : by_family)
        rotation.push_back(entry.first);
    rng.shuffle(rotation);

    const int count = std::max(0, settings.count);
    int true_false_left = true_false_cap(settings, count);
    int unverified_left = settings.include_unverified ? std::max(0, settings.max_unverified) : 0;
    // True and false answers take turns from a first one drawn for the round, so "always
    // True" is a coin toss even though easy true statements outnumber easy false ones.
    int wanted_truth = static_cast<int>(rng.index(2));
    std::vector<const Candidate*> chosen;
    std::set<std::string> facts;
    // The candidate of `list` nearest the target difficulty that the caps still allow.
    auto best_in = [&](const std::vector<const Candidate*>& list, int target) {
        const Candidate* best = nullptr;
        int best_gap = 99;
        for (const Candidate* c : list) {
            if (facts.count(c->fact_id) > 0)
                continue;
            const bool true_false = c->type == QuestionType::true_false;
            if (true_false && true_false_left <= 0)
                continue;
            if (!c->verified && unverified_left <= 0)
                continue;
            const bool fresh = settings.recently_asked.count(c->id) == 0;
            const bool lopsided = true_false && c->truth != wanted_truth;
            // A fresh question at any difficulty beats a recent one at the right one.
            const int gap =
                std::abs(c->difficulty - target) + (lopsided ? 5 : 0) + (fresh ? 0 : 10);
            if (gap < best_gap) {
                best = c;
                best_gap = gap;
                if (gap == 0)
                    break;
            }
        }
        return std::pair{best, best_gap};
    };
    std::size_t turn = 0;
    int idle_turns = 0;
    while (static_cast<int>(chosen.size()) < count && !rotation.empty() &&
           idle_turns < static_cast<int>(rotation.size())) {
        Family family = rotation[turn % rotation.size()];
        ++turn;
        // Aim the difficulty up through the round: easy first, hard last.
        const int slot = static_cast<int>(chosen.size());
        const int target = std::min(settings.max_difficulty, 1 + (3 * slot) / std::max(1, count));
        auto [best, best_gap] = best_in(by_family[family], target);
        // The round opens with an easy question: look at the next families when this one
        // has none left that the caps allow.
        for (std::size_t k = 1; chosen.empty() && best_gap > 0 && k < rotation.size(); ++k) {
            const Family other = rotation[(turn - 1 + k) % rotation.size()];
            const auto [b, g] = best_in(by_family[other], target);
            if (b != nullptr && g < best_gap) {
                best = b;
                best_gap = g;
                family = other;
            }
        }
        auto& list = by_family[family];
        if (best == nullptr) {
            ++idle_turns;
            continue;
        }
        idle_turns = 0;
        if (best->type == QuestionType::true_false) {
            --true_false_left;
            wanted_truth = 1 - best->truth;
        }
        if (!best->verified)
            --unverified_left;
        chosen.push_back(best);
        facts.insert(best->fact_id);
        list.erase(std::find(list.begin(), list.end(), best));
    }
    std::stable_sort(chosen.begin(), chosen.end(), [](const Candidate* a, const Candidate* b) {
        return a->difficulty < b->difficulty;
    });

    // Spread the right answers of multiple-choice questions evenly over the four places:
    // each place in turn, in an order drawn for this round.
    std::vector<int> slots;
    const auto mc = std::count_if(chosen.begin(), chosen.end(), [](const Candidate* c) {
        return c->type == QuestionType::multiple_choice;
    });
    while (static_cast<long>(slots.size()) < mc) {
        std::vector<int> block{0, 1, 2, 3};
        rng.shuffle(block);
        slots.insert(slots.end(), block.begin(), block.end());
    }
    slots.resize(static_cast<std::size_t>(mc));
    rng.shuffle(slots);
    std::size_t next_slot = 0;
    for (const Candidate* c : chosen) {
        const AnswerSlot slot = c->type == QuestionType::multiple_choice ? slots[next_slot++] : -1;
        round.questions.push_back(bank.realize(*c, seed, slot));
    }
    return round;
}

}  // namespace filmquiz::core
