#include "screens/settings_screen.hpp"

#include <algorithm>

namespace filmquiz::screens {

using app::Action;

void SettingsScreen::enter(app::Services& services) {
    refresh(services);
}

void SettingsScreen::refresh(app::Services& services) {
    const app::GameSettings& s = services.settings();
    auto on_off = [](bool b) { return std::string(b ? "On" : "Off"); };
    std::string renderer_name = s.renderer == "gpu"        ? "GPU"
                                : s.renderer == "software" ? "Software"
                                                           : "Automatic";
    const int focus = menu_.focus;
    menu_.items = {
        {"Volume", std::to_string(s.volume) + "%", true},
        {"Sound", s.muted ? "Muted" : "On", true},
        {"Timer", s.timer_seconds == 0 ? "Off" : std::to_string(s.timer_seconds) + " seconds",
         true},
        {"Text size", std::to_string(s.font_scale) + "%", true},
        {"Reduced motion", on_off(s.reduced_motion), true},
        {"Fullscreen", on_off(s.fullscreen), true},
        {"Renderer (next start)", renderer_name, true},
        {"Auto-advance", on_off(s.auto_advance), true},
        {"High contrast", on_off(s.high_contrast), true},
        {"Fan-site questions", on_off(s.fan_site_questions), true},
        {"Back", "", false},
    };
    menu_.focus = focus;
}

void SettingsScreen::change(int delta, app::Services& services) {
    app::GameSettings& s = services.settings();
    switch (menu_.focus) {
        case volume:
            s.volume = std::clamp(s.volume + 10 * delta, 0, 100);
            break;
        case sound:
            s.muted = !s.muted;
            break;
        case timer:
            s.timer_seconds = cycle<int>({10, 20, 30, 0}, s.timer_seconds, delta);
            break;
        case text_size:
            s.font_scale = cycle<int>({100, 125, 150}, s.font_scale, delta);
            break;
        case motion:
            s.reduced_motion = !s.reduced_motion;
            break;
        case fullscreen:
            s.fullscreen = !s.fullscreen;
            break;
        case renderer:
            s.renderer = cycle<std::string>({"auto", "gpu", "software"}, s.renderer, delta);
            break;
        case auto_advance:
            s.auto_advance = !s.auto_advance;
            break;
        case high_contrast:
            s.high_contrast = !s.high_contrast;
            break;
        case fan_site_questions:
            s.fan_site_questions = !s.fan_site_questions;
            break;
        default:
            return;
    }
    services.save_settings();
    services.play(app::Cue::move);  // after saving, so the new volume is heard
    refresh(services);
}

app::Rect SettingsScreen::area(const app::Metrics& m) const {
    const int top = m.px(30) + m.px(84) + m.gap();
    return {m.margin(), top, m.width - 2 * m.margin(), m.height - top - m.px(80)};
}

bool SettingsScreen::handle(const app::Input& in, app::Services& services) {
    if (in.action == Action::back) {
        services.play(app::Cue::select);
        services.pop();
        return true;
    }
    switch (menu_.handle(in, services.metrics(), area(services.metrics()))) {
        case Menu::Event::moved:
            services.play(app::Cue::move);
            return true;
        case Menu::Event::decrease:
            change(-1, services);
            return true;
        case Menu::Event::increase:
            change(+1, services);
            return true;
        case Menu::Event::chosen:
            services.play(app::Cue::select);
            services.pop();
            return true;
        default:
            return false;
    }
}

void SettingsScreen::draw(app::Canvas& c, const app::Metrics& m) const {
    draw_background(c, m);
    draw_heading(c, m, "Settings");
    menu_.draw(c, m, area(m));
    draw_hint(c, m, "Left/Right change \u00B7 saved at once \u00B7 Esc back");
}

}  // namespace filmquiz::screens
