// A score made the table: the player names themselves (the last name used is filled in).
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "app/screen.hpp"
#include "screens/widgets.hpp"

namespace filmquiz::screens {

class NameEntryScreen final : public app::Screen {
  public:
    NameEntryScreen(std::int64_t game_id, std::string saved_as);
    // Any other name (a party player's): `apply` takes the checked name and returns the
    // reason it is refused, or "" when it is taken (the screen then closes). Esc cancels.
    using Apply = std::function<std::string(const std::string& name, app::Services& services)>;
    NameEntryScreen(std::string heading, std::string initial, Apply apply);
    std::string_view name() const override { return "name-entry"; }
    void enter(app::Services& services) override;
    void leave(app::Services& services) override;
    bool handle(const app::Input& input, app::Services& services) override;
    void update(std::uint32_t now_ms, app::Services& services) override;
    void draw(app::Canvas& canvas, const app::Metrics& m) const override;
    void draw_live(app::Canvas& canvas, const app::Metrics& m, std::uint32_t now_ms) const override;
    std::optional<std::uint32_t> wake_at() const override { return blink_at_; }
    app::InputContext input_context() const override { return {true, false}; }
    const std::string& text() const { return entry_.text; }
    const std::string& error() const { return error_; }

  private:
    void submit(app::Services& services);
    app::Rect entry_box(const app::Metrics& m) const;
    app::Rect keyboard_area(const app::Metrics& m) const;

    std::int64_t game_id_ = 0;
    std::string saved_as_;
    std::string heading_ = "Your name for the high scores";
    std::optional<std::string> initial_;
    Apply apply_;
    TextEntry entry_{24};
    OnScreenKeyboard keyboard_;
    bool keyboard_focus_ = false;
    std::string error_;
    std::optional<std::uint32_t> blink_at_;
};

}  // namespace filmquiz::screens
