#include "screens/families_screen.hpp"

#include <algorithm>

namespace filmquiz::screens {

using app::Action;

void FamiliesScreen::enter(app::Services& services) {
    refresh(services);
}

void FamiliesScreen::refresh(app::Services& services) {
    const auto& chosen = services.settings().families;
    const int focus = menu_.focus;
    menu_.items.clear();
    for (const core::Family f : core::all_families()) {
        const bool on = chosen.empty() ||
                        std::find(chosen.begin(), chosen.end(), std::string(core::to_string(f))) !=
                            chosen.end();
        menu_.items.push_back({std::string(core::display_name(f)), on ? "On" : "Off", true});
    }
    menu_.items.push_back({"Done", "", false});
    menu_.focus = focus;
}

app::Rect FamiliesScreen::area(const app::Metrics& m) const {
    const int top = m.px(30) + m.px(84) + m.gap();
    return {m.margin(), top, m.width - 2 * m.margin(), m.height - top - m.px(80)};
}

bool FamiliesScreen::handle(const app::Input& in, app::Services& services) {
    if (in.action == Action::back) {
        services.pop();
        return true;
    }
    const Menu::Event e = menu_.handle(in, services.metrics(), area(services.metrics()));
    if (e == Menu::Event::moved) {
        services.play(app::Cue::move);
        return true;
    }
    if (e == Menu::Event::chosen) {
        services.play(app::Cue::select);
        services.pop();
        return true;
    }
    if (e != Menu::Event::increase && e != Menu::Event::decrease)
        return false;
    const auto& all = core::all_families();
    std::vector<std::string> on;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const bool was = menu_.items[i].value == "On";
        const bool now = static_cast<int>(i) == menu_.focus ? !was : was;
        if (now)
            on.emplace_back(core::to_string(all[i]));
    }
    if (on.empty())
        return true;  // at least one family stays on
    services.settings().families = on.size() == all.size() ? std::vector<std::string>{} : on;
    services.play(app::Cue::move);
    services.save_settings();
    refresh(services);
    return true;
}

void FamiliesScreen::draw(app::Canvas& c, const app::Metrics& m) const {
    draw_background(c, m);
    draw_heading(c, m, "Question families");
    menu_.draw(c, m, area(m));
    draw_hint(c, m, "Enter or Left/Right switch \u00B7 at least one stays on \u00B7 Esc back");
}

}  // namespace filmquiz::screens
