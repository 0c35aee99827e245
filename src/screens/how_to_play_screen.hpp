// The controls and the scoring rules: the same text as the README's "How to play".
#pragma once

#include <string>
#include <vector>

#include "app/screen.hpp"
#include "screens/widgets.hpp"

namespace filmquiz::screens {

// The pages shown: solo play (assets/text/how-to-play.txt), watch parties
// (how-to-play-party.txt) and hosting (how-to-play-host.txt); sections separated by blank
// lines, each starting with its title.
std::string how_to_play_text(const std::filesystem::path& assets_dir);
std::string how_to_play_party_text(const std::filesystem::path& assets_dir);
std::string how_to_play_host_text(const std::filesystem::path& assets_dir);

class HowToPlayScreen final : public app::Screen {
  public:
    explicit HowToPlayScreen(std::string text = "", std::string party_text = "");
    std::string_view name() const override { return "how-to-play"; }
    void enter(app::Services& services) override;
    bool handle(const app::Input& input, app::Services& services) override;
    void draw(app::Canvas& canvas, const app::Metrics& m) const override;

    // 0: playing solo, 1: a watch party, 2: hosting. Left and Right turn the page.
    int page() const { return page_; }
    static constexpr int kPages = 3;

  private:
    std::string text_;
    std::string party_text_;
    std::string host_text_;
    int page_ = 0;
};

}  // namespace filmquiz::screens
