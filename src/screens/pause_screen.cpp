#include "screens/pause_screen.hpp"

#include "screens/title_screen.hpp"

namespace filmquiz::screens {

using app::Action;
using app::Align;
using app::Face;
using app::palette;
using app::VAlign;

void PauseScreen::enter(app::Services&) {
    set_confirming(false);
}

void PauseScreen::set_confirming(bool on) {
    confirming_ = on;
    if (on) {
        menu_.items = {{"Keep playing", "", false}, {"Quit round", "", false}};
    } else {
        menu_.items = {{"Resume", "", false}, {"Quit round", "", false}};
    }
    menu_.focus = 0;  // the safe choice first
}

app::Rect PauseScreen::panel(const app::Metrics& m) const {
    const int w = std::min(m.width - 2 * m.margin(), m.px(720));
    const int h = std::min(m.height - 2 * m.margin(), m.px(430));
    return {(m.width - w) / 2, (m.height - h) / 2, w, h};
}

app::Rect PauseScreen::menu_area(const app::Metrics& m) const {
    const app::Rect p = panel(m);
    return {p.x + m.px(40), p.y + p.h * 45 / 100, p.w - m.px(80), p.h * 50 / 100};
}

void PauseScreen::resume(app::Services& services) {
    services.play(app::Cue::select);
    services.pop();
    if (on_resume_)
        on_resume_(services);
}

bool PauseScreen::handle(const app::Input& in, app::Services& services) {
    if (in.action == Action::back || in.action == Action::pause) {
        if (confirming_) {
            set_confirming(false);
            services.play(app::Cue::move);
        } else {
            resume(services);
        }
        return true;
    }
    const Menu::Event e = menu_.handle(in, services.metrics(), menu_area(services.metrics()));
    if (e == Menu::Event::moved) {
        services.play(app::Cue::move);
        return true;
    }
    if (e != Menu::Event::chosen)
        return false;
    if (menu_.focus == 0) {
        resume(services);
    } else if (!confirming_) {
        set_confirming(true);
        services.play(app::Cue::select);
    } else {
        // Quit: the round is thrown away, unsaved.
        services.play(app::Cue::select);
        services.reset_to(std::make_unique<TitleScreen>());
    }
    return true;
}

void PauseScreen::draw(app::Canvas& c, const app::Metrics& m) const {
    const auto& p = palette();
    const app::Rect box = panel(m);
    c.fill_rounded(box, m.radius(), p.background);
    c.outline_rounded(box, m.radius(), m.px(3), p.tile_border);
    const app::Rect title{box.x + m.px(30), box.y + m.px(24), box.w - m.px(60), box.h * 20 / 100};
    c.text(confirming_ ? "Quit this round?" : "Paused", title,
           {Face::display, m.heading_font(), p.gold, Align::center, VAlign::middle, m.min_font()});
    const app::Rect body{box.x + m.px(30), title.bottom(), box.w - m.px(60),
                         box.h * 45 / 100 - title.bottom() + box.y};
    c.text(confirming_ ? "Your answers so far will not be saved."
                       : "The timer is stopped. Enter or Esc to resume.",
           body, {Face::text, m.small_font(), p.text, Align::center, VAlign::middle, m.min_font()});
    menu_.draw(c, m, menu_area(m));
}

}  // namespace filmquiz::screens
