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

double glide_progress(std::uint32_t elapsed_ms, bool reduced_motion) {
    if (reduced_motion || elapsed_ms >= kGlideDoneMs)
        return 1.0;
    if (elapsed_ms <= kGlideHoldMs)
        return 0.0;
    // Ease-out cubic: quick to leave, gentle to arrive.
    const double t = static_cast<double>(elapsed_ms - kGlideHoldMs) / kGlideMs;
    return 1.0 - (1.0 - t) * (1.0 - t) * (1.0 - t);
}

std::vector<app::Rect> ordering_tiles(const std::vector<app::Rect>& slots, const core::Question& q,
                                      const std::vector<int>& order, std::uint32_t elapsed_ms,
                                      bool reduced_motion) {
    const std::vector<int> from = player_slots(q, order);
    const double e = glide_progress(elapsed_ms, reduced_motion);
    auto between = [e](int a, int b) { return a + static_cast<int>(std::lround((b - a) * e)); };
    std::vector<app::Rect> out;
    for (std::size_t k = 0; k < q.order.size() && k < slots.size(); ++k) {
        const int idx = q.order[k];
        const int f = idx >= 0 && idx < static_cast<int>(from.size())
                          ? from[static_cast<std::size_t>(idx)]
                          : static_cast<int>(k);
        const app::Rect a =
            f < static_cast<int>(slots.size()) ? slots[static_cast<std::size_t>(f)] : slots[k];
        const app::Rect b = slots[k];
        out.push_back({between(a.x, b.x), between(a.y, b.y), between(a.w, b.w), between(a.h, b.h)});
    }
    return out;
}

}  // namespace filmquiz::screens
