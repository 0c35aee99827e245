#include "screens/how_to_play_screen.hpp"

#include <fstream>
#include <sstream>

namespace filmquiz::screens {

using app::Action;
using app::Align;
using app::Face;
using app::palette;
using app::VAlign;

namespace {

std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

std::string how_to_play_text(const std::filesystem::path& assets_dir) {
    return read_text(assets_dir / "text" / "how-to-play.txt");
}

std::string how_to_play_party_text(const std::filesystem::path& assets_dir) {
    return read_text(assets_dir / "text" / "how-to-play-party.txt");
}

std::string how_to_play_host_text(const std::filesystem::path& assets_dir) {
    return read_text(assets_dir / "text" / "how-to-play-host.txt");
}

HowToPlayScreen::HowToPlayScreen(std::string text, std::string party_text)
    : text_(std::move(text)), party_text_(std::move(party_text)) {}

void HowToPlayScreen::enter(app::Services& services) {
    if (text_.empty())
        text_ = how_to_play_text(services.assets_dir());
    if (party_text_.empty())
        party_text_ = how_to_play_party_text(services.assets_dir());
    if (host_text_.empty())
        host_text_ = how_to_play_host_text(services.assets_dir());
}

bool HowToPlayScreen::handle(const app::Input& in, app::Services& services) {
    if (in.action == Action::left || in.action == Action::right) {
        page_ = (page_ + (in.action == Action::right ? 1 : kPages - 1)) % kPages;
        services.play(app::Cue::move);
        return true;
    }
    if (in.action == Action::back || in.action == Action::confirm ||
        in.action == Action::pointer_down) {
        services.play(app::Cue::select);
        services.pop();
        return true;
    }
    return false;
}

void HowToPlayScreen::draw(app::Canvas& c, const app::Metrics& m) const {
    const auto& p = palette();
    draw_background(c, m);
    const app::Rect body = draw_heading(c, m,
                                        page_ == 0   ? "How to play \u00B7 solo"
                                        : page_ == 1 ? "How to play \u00B7 party"
                                                     : "How to play \u00B7 hosting");
    // Two sections side by side when the window is wide, one above the other otherwise.
    std::vector<std::pair<std::string, std::string>> sections;
    std::istringstream in(page_ == 0 ? text_ : page_ == 1 ? party_text_ : host_text_);
    std::string line;
    std::string title;
    std::string content;
    auto flush = [&] {
        if (!title.empty())
            sections.emplace_back(title, content);
        title.clear();
        content.clear();
    };
    while (std::getline(in, line)) {
        if (line.empty()) {
            flush();
        } else if (title.empty()) {
            title = line;
        } else {
            content += (content.empty() ? "" : "\n") + line;
        }
    }
    flush();
    const bool wide = m.width >= m.height * 5 / 4;
    const int n = static_cast<int>(sections.size());
    for (int i = 0; i < n; ++i) {
        app::Rect box = wide ? app::Rect{body.x + i * (body.w + m.gap()) / n, body.y,
                                         (body.w - (n - 1) * m.gap()) / n, body.h}
                             : app::Rect{body.x, body.y + i * (body.h + m.gap()) / n, body.w,
                                         (body.h - (n - 1) * m.gap()) / n};
        c.fill_rounded(box, m.radius(), p.panel);
        box = box.inset(m.px(24), m.px(18));
        const int title_h = m.px(52);
        c.text(sections[static_cast<std::size_t>(i)].first, {box.x, box.y, box.w, title_h},
               {Face::display, m.font(34), p.gold, Align::left, VAlign::top, m.min_font()});
        c.text(sections[static_cast<std::size_t>(i)].second,
               {box.x, box.y + title_h, box.w, box.h - title_h},
               {Face::text, m.font(23), p.text, Align::left, VAlign::top, m.min_font()});
    }
    draw_hint(c, m,
              page_ == 0 ? "Right: playing at a party \u00B7 Enter, Esc or click to go back"
              : page_ == 1
                  ? "Left: solo \u00B7 Right: hosting \u00B7 Enter, Esc or click to go back"
                  : "Left: playing at a party \u00B7 Enter, Esc or click to go back");
}

}  // namespace filmquiz::screens
