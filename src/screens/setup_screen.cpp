#include "screens/setup_screen.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "screens/families_screen.hpp"

namespace filmquiz::screens {

using app::Action;
using app::Align;
using app::Face;
using app::palette;
using app::VAlign;

namespace {

std::string families_label(const std::vector<std::string>& families) {
    if (families.empty() || families.size() == core::all_families().size())
        return "All";
    std::vector<std::string> names;
    for (const auto& f : families) {
        if (const auto family = core::family_from_string(f)) {
            names.emplace_back(core::display_name(*family));
        }
    }
    return names.size() <= 2 ? core::join(names, ", ") : std::to_string(names.size()) + " of 6";
}

}  // namespace

void SetupScreen::enter(app::Services& services) {
    last_position_ = services.pack().last_position();
    rows_ = {length, families, difficulty, timer, watched, speed_bonus, start};
    if (!services.question_sets().empty())
        rows_.insert(rows_.end() - 1, source);
    menu_.focus = static_cast<int>(rows_.size()) - 1;
    refresh(services);
}

void SetupScreen::refresh(app::Services& services) {
    const app::GameSettings& s = services.settings();
    static const char* kDifficulty[] = {"Easy only", "Easy and medium", "All levels"};
    const std::string watched_text = watched_label(services.pack(), choices_.spoiler_limit);
    watched_detail_.clear();
    if (choices_.spoiler_limit) {
        if (*choices_.spoiler_limit == 0) {
            watched_detail_ = "No plot questions: nothing is spoiled.";
        } else {
            if (const core::PlotEvent* e = services.pack().event_at(*choices_.spoiler_limit)) {
                std::vector<std::string> names;
                for (const auto& id : e->subjects)
                    names.push_back(services.pack().name_of(id));
                watched_detail_ = "Scene " + std::to_string(e->position) + " of " +
                                  std::to_string(last_position_) +
                                  ". Last seen: " + core::join_and(names) + " " + e->action + ".";
            }
        }
    }
    menu_.items = {
        {"Questions", std::to_string(s.round_length), true},
        {"Families", families_label(s.families), true},
        {"Difficulty", kDifficulty[std::clamp(s.max_difficulty, 1, 3) - 1], true},
        {"Timer", s.timer_seconds == 0 ? "Off" : std::to_string(s.timer_seconds) + " seconds",
         true},
        {"Watched up to", watched_text, true},
        {"Speed bonus", s.speed_bonus && s.timer_seconds > 0 ? "On" : "Off", true},
        {"Start", "", false},
    };
    if (rows_.size() > menu_.items.size()) {
        menu_.items.insert(menu_.items.end() - 1,
                           {"Questions from", question_source_label(s), true});
    }
    length_ = s.round_length;
    available_ = static_cast<int>(
        core::eligible(services.bank(), round_settings(services, choices_)).size());
}

void SetupScreen::change(int row, int delta, app::Services& services) {
    app::GameSettings& s = services.settings();
    switch (row) {
        case length:
            s.round_length = cycle<int>({10, 15, 20}, s.round_length, delta);
            break;
        case families:
            services.push(std::make_unique<FamiliesScreen>());
            return;
        case difficulty:
            s.max_difficulty = cycle<int>({1, 2, 3}, s.max_difficulty, delta);
            break;
        case timer:
            s.timer_seconds = cycle<int>({10, 20, 30, 0}, s.timer_seconds, delta);
            break;
        case watched: {
            // No limit, then 0 (not started) to the last scene.
            std::vector<int> positions{-1, 0};
            for (const auto& e : services.pack().plot)
                positions.push_back(e.position);
            const int current = choices_.spoiler_limit.value_or(-1);
            const int next = cycle<int>(positions, current, delta);
            choices_.spoiler_limit = next < 0 ? std::nullopt : std::optional<int>(next);
            break;
        }
        case speed_bonus:
            if (s.timer_seconds == 0)
                return;  // no timer, no bonus
            s.speed_bonus = !s.speed_bonus;
            break;
        case source:
            cycle_question_source(services, delta);
            message_.clear();
            break;
        default:
            return;
    }
    services.play(app::Cue::move);
    services.save_settings();
    refresh(services);
}

app::Rect SetupScreen::menu_area(const app::Metrics& m) const {
    const int top = m.px(30) + m.px(84) + m.gap();
    return {m.margin(), top, m.width - 2 * m.margin(), m.height - top - m.px(170)};
}

bool SetupScreen::handle(const app::Input& in, app::Services& services) {
    if (in.action == Action::back || (in.action == Action::pointer_down &&
                                      back_button(services.metrics()).contains(in.x, in.y))) {
        services.play(app::Cue::select);
        services.pop();
        return true;
    }
    const Menu::Event e = menu_.handle(in, services.metrics(), menu_area(services.metrics()));
    switch (e) {
        case Menu::Event::moved:
            services.play(app::Cue::move);
            return true;
        case Menu::Event::decrease:
            change(focused_row(), -1, services);
            return true;
        case Menu::Event::increase:
            change(focused_row(), +1, services);
            return true;
        case Menu::Event::chosen: {
            if (focused_row() != start)
                return false;
            if (available_ == 0)
                return true;
            std::string error;
            auto round = start_round(services, choices_, error);
            if (!round) {
                message_ = "Cannot start: " + error + ".";
                services.play(app::Cue::wrong);
                return true;
            }
            services.play(app::Cue::select);
            services.replace(std::move(round));
            return true;
        }
        default:
            return false;
    }
}

void SetupScreen::draw(app::Canvas& c, const app::Metrics& m) const {
    const auto& p = palette();
    draw_background(c, m);
    draw_heading(c, m, "New round");
    draw_back_button(c, m);
    menu_.draw(c, m, menu_area(m));
    const app::Rect note{m.margin(), m.height - m.px(160), m.width - 2 * m.margin(), m.px(92)};
    std::string text = watched_detail_;
    if (!message_.empty()) {
        text = message_;
    } else if (available_ == 0) {
        text = "No question fits these settings: allow more families or harder questions.";
    } else if (available_ < length_) {
        text += (text.empty() ? "" : " ") + std::string("Only ") + std::to_string(available_) +
                " questions fit these settings.";
    }
    if (!text.empty()) {
        c.text(text, note,
               {Face::text, m.small_font(), p.text_muted, Align::center, VAlign::middle,
                m.min_font()});
    }
    draw_hint(c, m, "Left/Right change \u00B7 Enter on Start to play \u00B7 Esc back");
}

}  // namespace filmquiz::screens
