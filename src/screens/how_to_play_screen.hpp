// The controls and the scoring rules: the same text as the README's "How to play".
#pragma once

#include <string>
#include <vector>

#include "app/screen.hpp"
#include "screens/widgets.hpp"

namespace filmquiz::screens {

// The text shown, read from assets/text/how-to-play.txt (sections separated by blank lines,
// each starting with its title).
std::string how_to_play_text(const std::filesystem::path& assets_dir);

class HowToPlayScreen final : public app::Screen {
  public:
    explicit HowToPlayScreen(std::string text = "");
    std::string_view name() const override { return "how-to-play"; }
    void enter(app::Services& services) override;
    bool handle(const app::Input& input, app::Services& services) override;
    void draw(app::Canvas& canvas, const app::Metrics& m) const override;

  private:
    std::string text_;
};

}  // namespace filmquiz::screens
