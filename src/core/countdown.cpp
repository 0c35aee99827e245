#include "core/countdown.hpp"

#include <algorithm>

namespace filmquiz::core {

int Countdown::elapsed_ms(std::uint32_t now_ms) const {
    const std::uint32_t now = paused_at_ ? *paused_at_ : now_ms;
    if (now < start_)
        return 0;  // an event stamped before the question appeared
    return static_cast<int>(now - start_ - std::min(paused_for_, now - start_));
}

int Countdown::remaining_ms(std::uint32_t now_ms) const {
    if (!limited())
        return 0;
    return std::max(0, total_ - elapsed_ms(now_ms));
}

void Countdown::pause(std::uint32_t now_ms) {
    if (!paused_at_)
        paused_at_ = now_ms;
}

void Countdown::resume(std::uint32_t now_ms) {
    if (!paused_at_)
        return;
    if (now_ms > *paused_at_)
        paused_for_ += now_ms - *paused_at_;
    paused_at_.reset();
}

}  // namespace filmquiz::core
