// A question's timer, driven by the time it is given (milliseconds of some monotonic
// clock), so tests can run twenty seconds in a microsecond. It can be paused.
#pragma once

#include <cstdint>
#include <optional>

namespace filmquiz::core {

class Countdown {
  public:
    Countdown() = default;
    // total_ms 0 means no time limit.
    Countdown(int total_ms, std::uint32_t start_ms) : total_(total_ms), start_(start_ms) {}

    bool limited() const { return total_ > 0; }
    int total_ms() const { return total_; }
    // Time spent on the question so far, pauses excluded.
    int elapsed_ms(std::uint32_t now_ms) const;
    int remaining_ms(std::uint32_t now_ms) const;
    bool expired(std::uint32_t now_ms) const { return limited() && remaining_ms(now_ms) == 0; }
    // Whole seconds left, rounded up: what the display shows.
    int seconds_left(std::uint32_t now_ms) const { return (remaining_ms(now_ms) + 999) / 1000; }

    // When a running, limited clock runs out.
    std::uint32_t ends_at() const {
        return start_ + static_cast<std::uint32_t>(total_) + paused_for_;
    }

    void pause(std::uint32_t now_ms);
    void resume(std::uint32_t now_ms);
    bool paused() const { return paused_at_.has_value(); }

  private:
    int total_ = 0;
    std::uint32_t start_ = 0;
    std::uint32_t paused_for_ = 0;
    std::optional<std::uint32_t> paused_at_;
};

}  // namespace filmquiz::core
