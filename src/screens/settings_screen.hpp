// Settings: volume, sound, timer, text size, reduced motion, fullscreen, renderer,
// auto-advance. Every change is saved at once.
#pragma once

#include "app/screen.hpp"
#include "screens/widgets.hpp"

namespace filmquiz::screens {

class SettingsScreen final : public app::Screen {
  public:
    std::string_view name() const override { return "settings"; }
    void enter(app::Services& services) override;
    bool handle(const app::Input& input, app::Services& services) override;
    void draw(app::Canvas& canvas, const app::Metrics& m) const override;

    enum Row {
        volume,
        sound,
        timer,
        text_size,
        motion,
        fullscreen,
        renderer,
        auto_advance,
        high_contrast,
        fan_site_questions,
        back
    };

  private:
    void refresh(app::Services& services);
    void change(int delta, app::Services& services);
    app::Rect area(const app::Metrics& m) const;
    Menu menu_;
};

}  // namespace filmquiz::screens
