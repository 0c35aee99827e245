#include "screens/ordering_glide.hpp"

#include <algorithm>
#include <cmath>

namespace filmquiz::screens {

std::vector<int> player_slots(const core::Question& q, const std::vector<int>& order) {
    const int n = static_cast<int>(q.choices.size());
    std::vector<int> slot(static_cast<std::size_t>(n), -1);
    int next = 0;
    for (const int idx : order) {
        if (idx >= 0 && idx < n && slot[static_cast<std::size_t>(idx)] < 0)
            slot[static_cast<std::size_t>(idx)] = next++;
    }
    for (int& s : slot) {
        if (s < 0)
            s = next++;
    }
    return slot;
}

double glide_progress(std::uint32_t ms) {
    if (ms >= kGlideMs)
        return 1.0;
    // Ease-out cubic: quick to leave, gentle to arrive.
    const double t = static_cast<double>(ms) / kGlideMs;
    return 1.0 - (1.0 - t) * (1.0 - t) * (1.0 - t);
}

namespace {

// Where each story position's tile starts (a slot index), and when it sets off (ms from
// the reveal's opening); a tile already in its place never sets off.
struct Departure {
    int from = 0;
    bool moves = false;
    std::uint32_t at_ms = 0;
};

std::vector<Departure> departures(const core::Question& q, const std::vector<int>& order) {
    const std::vector<int> slot = player_slots(q, order);
    std::vector<Departure> out;
    std::uint32_t movers = 0;
    for (std::size_t k = 0; k < q.order.size(); ++k) {
        const int idx = q.order[k];
        Departure d;
        d.from = idx >= 0 && idx < static_cast<int>(slot.size())
                     ? slot[static_cast<std::size_t>(idx)]
                     : static_cast<int>(k);
        d.moves = d.from != static_cast<int>(k);
        if (d.moves)
            d.at_ms = kGlideHoldMs + kGlideStaggerMs * movers++;
        out.push_back(d);
    }
    return out;
}

}  // namespace

std::uint32_t glide_end_ms(const core::Question& q, const std::vector<int>& order,
                           bool reduced_motion) {
    if (reduced_motion)
        return 0;
    std::uint32_t end = 0;
    for (const Departure& d : departures(q, order)) {
        if (d.moves)
            end = std::max(end, d.at_ms + kGlideMs);
    }
    return end;
}

std::vector<app::Rect> ordering_tiles(const std::vector<app::Rect>& slots, const core::Question& q,
                                      const std::vector<int>& order, std::uint32_t elapsed_ms,
                                      bool reduced_motion) {
    const std::vector<Departure> leave = departures(q, order);
    std::vector<app::Rect> out;
    for (std::size_t k = 0; k < leave.size() && k < slots.size(); ++k) {
        const Departure& d = leave[k];
        const app::Rect b = slots[k];
        if (!d.moves || reduced_motion || d.from >= static_cast<int>(slots.size())) {
            out.push_back(b);
            continue;
        }
        const app::Rect a = slots[static_cast<std::size_t>(d.from)];
        const double e = elapsed_ms <= d.at_ms ? 0.0 : glide_progress(elapsed_ms - d.at_ms);
        auto between = [e](int from, int to) {
            return from + static_cast<int>(std::lround((to - from) * e));
        };
        out.push_back({between(a.x, b.x), between(a.y, b.y), between(a.w, b.w), between(a.h, b.h)});
    }
    return out;
}

}  // namespace filmquiz::screens
