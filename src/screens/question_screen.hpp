// A question being asked: the prompt, the answer tiles (or the order being built, or a text
// box), the timer bar, question k of N, score and streak, the family.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "app/screen.hpp"
#include "core/round_session.hpp"
#include "screens/live_match.hpp"
#include "screens/widgets.hpp"

namespace filmquiz::screens {

// Where things go on a question or reveal screen, from the window size alone.
struct QuestionLayout {
    app::Rect header;
    app::Rect timer;
    app::Rect prompt;
    app::Rect tiles_area;
    std::vector<app::Rect> tiles;
    app::Rect entry;     // type-in: the text box
    app::Rect keyboard;  // type-in: the on-screen keyboard
    app::Rect footer;
    app::Rect pause;        // question: a pause button for mouse and touch
    app::Rect banner;       // reveal: the verdict
    app::Rect explanation;  // reveal: why, and the source
};

QuestionLayout question_layout(const app::Metrics& m, const core::Question& q, bool reveal);

// The options a reveal shows: every event of an ordering question, both of true or false,
// else the right answer and the wrong pick (if any), in one row.
std::vector<int> revealed_options(const core::Question& q, const core::Outcome* outcome);

// Header: family icon and name, "Question k of N", and the local player's score and streak.
void draw_question_header(app::Canvas& c, const app::Metrics& m, const QuestionLayout& l,
                          const LiveMatch& live);

class QuestionScreen final : public app::Screen {
  public:
    explicit QuestionScreen(std::shared_ptr<LiveMatch> live);
    std::string_view name() const override { return "question"; }
    void enter(app::Services& services) override;
    void leave(app::Services& services) override;
    bool handle(const app::Input& input, app::Services& services) override;
    void update(std::uint32_t now_ms, app::Services& services) override;
    void draw(app::Canvas& canvas, const app::Metrics& m) const override;
    void draw_live(app::Canvas& canvas, const app::Metrics& m, std::uint32_t now_ms) const override;
    bool animating(std::uint32_t now_ms) const override;
    std::optional<std::uint32_t> wake_at() const override { return blink_at_; }
    app::InputContext input_context() const override;
    void focus_lost(app::Services& services) override;

    const core::RoundSession& session() const { return live_->match().session(); }
    const std::vector<int>& picked_order() const { return order_; }
    int focus() const { return focus_; }

  private:
    void submit(core::GivenAnswer given, std::uint32_t at_ms, app::Services& services);
    void pause(app::Services& services);
    bool handle_choice(int index, std::uint32_t at_ms, app::Services& services);
    // Once the match has moved on from this question, the screen for what comes next.
    void follow(app::Services& services);
    bool open() const { return live_->match().phase() == play::Phase::question && !done_; }

    std::shared_ptr<LiveMatch> live_;
    bool started_ = false;
    bool done_ = false;  // the match has moved on; the next screen is on its way
    int focus_ = 0;
    std::vector<int> order_;  // ordering: indices picked so far, first to last
    TextEntry entry_{40};     // the longest accepted answer in a pack is shorter
    OnScreenKeyboard keyboard_;
    bool keyboard_focus_ = false;  // a gamepad or mouse user is on the on-screen keys
    bool gamepad_ = false;
    int last_tick_ = -1;
    bool paused_ = false;
    std::optional<std::uint32_t> blink_at_;  // type-in without a timer: caret blinks
};

}  // namespace filmquiz::screens
