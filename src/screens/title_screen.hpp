// The first screen: play solo, play a watch party, high scores, settings, how to play, quit.
#pragma once

#include <optional>
#include <string>

#include "app/screen.hpp"
#include "screens/widgets.hpp"

namespace filmquiz::screens {

class TitleScreen final : public app::Screen {
  public:
    TitleScreen();
    std::string_view name() const override { return "title"; }
    void enter(app::Services& services) override;
    bool handle(const app::Input& input, app::Services& services) override;
    void draw(app::Canvas& canvas, const app::Metrics& m) const override;

    enum Item { play, party, host, scores, settings, how_to_play, quit };
    int focus() const { return menu_.focus; }
    // The message shown over the menu until dismissed (a damaged scores file, say).
    const std::optional<std::string>& notice() const { return notice_; }

  private:
    app::Rect menu_area(const app::Metrics& m) const;
    Menu menu_;
    std::string subtitle_;
    std::optional<std::string> notice_;
};

}  // namespace filmquiz::screens
