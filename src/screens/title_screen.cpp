#include "screens/title_screen.hpp"

#include "screens/high_scores_screen.hpp"
#include "screens/how_to_play_screen.hpp"
#include "screens/party_lobby_screen.hpp"
#include "screens/settings_screen.hpp"
#include "screens/setup_screen.hpp"

namespace filmquiz::screens {

using app::Action;
using app::Align;
using app::Face;
using app::palette;
using app::VAlign;

TitleScreen::TitleScreen() {
    menu_.items = {{"Play solo", "", false},    {"Play party", "", false},
                   {"Play as host", "", false}, {"High scores", "", false},
                   {"Settings", "", false},     {"How to play", "", false},
                   {"Quit", "", false}};
    menu_.focus = play;  // Enter, Enter starts a round
}

void TitleScreen::enter(app::Services& services) {
    // Back at the title, the game no longer listens for phones.
    services.stop_phones();
    const core::Pack& pack = services.pack();
    subtitle_ = pack.title +
                (pack.film.year.value > 0 ? " (" + std::to_string(pack.film.year.value) + ")" : "");
    if (!notice_)
        notice_ = services.take_notice();
}

namespace {

// A notice (a damaged scores file, say) is a panel over the menu until dismissed.
app::Rect notice_box(const app::Metrics& m) {
    const int w = std::min(m.width - 2 * m.margin(), m.px(900));
    const int h = std::min(m.height - 2 * m.margin(), m.px(380));
    return {(m.width - w) / 2, (m.height - h) / 2, w, h};
}

}  // namespace

app::Rect TitleScreen::menu_area(const app::Metrics& m) const {
    const int top = m.height * 40 / 100;
    return {m.margin(), top, m.width - 2 * m.margin(), m.height - m.px(80) - top};
}

bool TitleScreen::handle(const app::Input& in, app::Services& services) {
    if (notice_) {
        // The notice is read once: any confirming input dismisses it.
        if (in.action == Action::confirm || in.action == Action::back ||
            in.action == Action::pointer_down || in.action == Action::submit) {
            notice_.reset();
            services.play(app::Cue::select);
            return true;
        }
        return false;
    }
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
    switch (menu_.focus) {
        case play:
            services.push(std::make_unique<SetupScreen>());
            break;
        case party:
            services.push(std::make_unique<PartyLobbyScreen>());
            break;
        case host:
            services.push(std::make_unique<PartyLobbyScreen>(true));
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
    draw_hint(
        c, m,
        "Arrows or mouse to choose \u00B7 Enter to start \u00B7 F11 fullscreen \u00B7 M mute");
    if (notice_) {
        c.fill_rect({0, 0, m.width, m.height}, p.shade, 170);
        const app::Rect box = notice_box(m);
        c.fill_rounded(box, m.radius(), p.background);
        c.outline_rounded(box, m.radius(), m.px(3), p.tile_border);
        const app::Rect inner = box.inset(m.px(30), m.px(20));
        const int title_h = inner.h / 5;
        const int ok_h = inner.h / 6;
        c.text(
            "Please note", {inner.x, inner.y, inner.w, title_h},
            {Face::display, m.heading_font(), p.gold, Align::center, VAlign::middle, m.min_font()});
        c.text(*notice_, {inner.x, inner.y + title_h, inner.w, inner.h - title_h - ok_h},
               {Face::text, m.body_font(), p.text, Align::center, VAlign::middle, m.min_font()});
        c.text("Enter or click: OK", {inner.x, inner.bottom() - ok_h, inner.w, ok_h},
               {Face::bold, m.small_font(), p.accent, Align::center, VAlign::middle, m.min_font()});
    }
}

}  // namespace filmquiz::screens
