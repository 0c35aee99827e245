// Paused: resume, or quit the round after confirming (an abandoned round is not saved).
#pragma once

#include <functional>

#include "app/screen.hpp"
#include "screens/widgets.hpp"

namespace filmquiz::screens {

class PauseScreen final : public app::Screen {
  public:
    using Resume = std::function<void(app::Services&)>;
    explicit PauseScreen(Resume on_resume) : on_resume_(std::move(on_resume)) {}
    std::string_view name() const override { return confirming_ ? "confirm-quit" : "pause"; }
    void enter(app::Services& services) override;
    bool handle(const app::Input& input, app::Services& services) override;
    void draw(app::Canvas& canvas, const app::Metrics& m) const override;
    bool opaque() const override { return false; }

  private:
    app::Rect panel(const app::Metrics& m) const;
    app::Rect menu_area(const app::Metrics& m) const;
    void resume(app::Services& services);
    void set_confirming(bool on);

    Resume on_resume_;
    Menu menu_;
    bool confirming_ = false;
};

}  // namespace filmquiz::screens
