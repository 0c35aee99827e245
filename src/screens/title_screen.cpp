#include "screens/title_screen.hpp"

#include "screens/high_scores_screen.hpp"
#include "screens/how_to_play_screen.hpp"
#include "screens/settings_screen.hpp"
#include "screens/setup_screen.hpp"

namespace filmquiz::screens {

using app::Action;
using app::Align;
using app::Face;
using app::palette;
using app::VAlign;

TitleScreen::TitleScreen() {
    menu_.items = {{"Play solo", "", false},
                   {"High scores", "", false},
                   {"Settings", "", false},
                   {"How to play", "", false},
                   {"Quit", "", false}};
    menu_.focus = play;  // Enter, Enter starts a round
}

void TitleScreen::enter(app::Services& services) {
    const core::Pack& pack = services.pack();
    subtitle_ = pack.title +
                (pack.film.year.value > 0 ? " (" + std::to_string(pack.film.year.value) + ")" : "");
    if (!notice_)
        notice_ = services.take_notice();
}

app::Rect TitleScreen::menu_area(const app::Metrics& m) const {
    const int top = m.height * 40 / 100;
    const int bottom = m.height - m.px(notice_ ? 150 : 80);
    return {m.margin(), top, m.width - 2 * m.margin(), bottom - top};
}

bool TitleScreen::handle(const app::Input& in, app::Services& services) {
    if (in.action == Action::back) {
        menu_.focus = quit;
        services.play(app::Cue::move);
        return true;
    }
    const Menu::Event e = menu_.handle(in, services.metrics(), menu_area(services.metrics()));
    if (e == Menu::Event::moved) {
        services.play(app::Cue::move);
        return true;
    }
    if (e != Menu::Event::chosen)
        return false;
    services.play(app::Cue::select);
    notice_.reset();
    switch (menu_.focus) {
        case play:
            services.push(std::make_unique<SetupScreen>());
            break;
        case scores:
            services.push(std::make_unique<HighScoresScreen>());
            break;
        case settings:
            services.push(std::make_unique<SettingsScreen>());
            break;
        case how_to_play:
            services.push(std::make_unique<HowToPlayScreen>());
            break;
        case quit:
            services.quit();
            break;
        default:
            break;
    }
    return true;
}

void TitleScreen::draw(app::Canvas& c, const app::Metrics& m) const {
    const auto& p = palette();
    draw_background(c, m);
    c.text("filmquiz",
           {m.margin(), m.height * 6 / 100, m.width - 2 * m.margin(), m.height * 20 / 100},
           {Face::display, m.font(110), p.gold, Align::center, VAlign::bottom, m.min_font()});
    c.text(subtitle_,
           {m.margin(), m.height * 27 / 100, m.width - 2 * m.margin(), m.height * 10 / 100},
           {Face::text, m.heading_font(), p.text, Align::center, VAlign::top, m.min_font()});
    menu_.draw(c, m, menu_area(m));
    if (notice_) {
        const app::Rect box{m.margin(), m.height - m.px(142), m.width - 2 * m.margin(), m.px(70)};
        c.fill_rounded(box, m.radius(), p.panel);
        c.text(*notice_, box.inset(m.px(16), m.px(6)),
               {Face::text, m.small_font(), p.gold, Align::center, VAlign::middle, m.min_font()});
    }
    draw_hint(
        c, m,
        "Arrows or mouse to choose \u00B7 Enter to start \u00B7 F11 fullscreen \u00B7 M mute");
}

}  // namespace filmquiz::screens
