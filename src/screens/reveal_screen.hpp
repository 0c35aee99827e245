// After an answer: the right answer marked with a check and "Correct", a wrong pick with a
// cross and "Wrong" (never colour alone), an ordering's events gliding from the player's
// order into story order, the points and their parts, the explanation and its source. Enter or a
// click goes on; so does the clock when auto-advance is on.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/screen.hpp"
#include "core/round_session.hpp"
#include "screens/live_match.hpp"
#include "screens/widgets.hpp"

namespace filmquiz::screens {

// The reveal of a typed answer: what the player typed and how it counted ("You typed:
// Kodalien — accepted as Kodaline"), then the answer, empty when the first line has
// said it already.
struct TypedReveal {
    std::string yours;
    std::string answer;
};
TypedReveal typed_reveal(const core::Question& q, const std::string& typed, bool right);

class RevealScreen final : public app::Screen {
  public:
    // `order`: for ordering questions, the order the player built (may be partial).
    RevealScreen(std::shared_ptr<LiveMatch> live, std::vector<int> order);
    std::string_view name() const override { return "reveal"; }
    void enter(app::Services& services) override;
    bool handle(const app::Input& input, app::Services& services) override;
    void update(std::uint32_t now_ms, app::Services& services) override;
    void draw(app::Canvas& canvas, const app::Metrics& m) const override;
    // An ordering's tiles while they glide; drawn into the cached layer once they are still.
    void draw_live(app::Canvas& canvas, const app::Metrics& m, std::uint32_t now_ms) const override;
    bool animating(std::uint32_t /*now_ms*/) const override { return gliding_; }
    std::optional<std::uint32_t> wake_at() const override { return advance_at_; }

    static constexpr std::uint32_t kAutoAdvanceMs = 6000;

  private:
    void go_on(app::Services& services);
    void draw_ordering(app::Canvas& canvas, const app::Metrics& m, std::uint32_t elapsed_ms) const;

    std::shared_ptr<LiveMatch> live_;
    std::vector<int> order_;
    std::optional<std::uint32_t> advance_at_;
    std::string source_;
    bool gone_ = false;
    std::uint32_t opened_at_ = 0;
    bool reduced_motion_ = false;
    std::uint32_t glide_end_ = 0;  // from opened_at_: the last tile in its story slot
    // Until update() sees the glide end: frames keep coming even if one is late.
    bool gliding_ = false;
};

}  // namespace filmquiz::screens
