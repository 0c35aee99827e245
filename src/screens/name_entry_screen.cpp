#include "screens/name_entry_screen.hpp"

#include "core/player.hpp"
#include "screens/high_scores_screen.hpp"

namespace filmquiz::screens {

using app::Action;
using app::Align;
using app::Face;
using app::palette;
using app::VAlign;

NameEntryScreen::NameEntryScreen(std::int64_t game_id, std::string saved_as)
    : game_id_(game_id), saved_as_(std::move(saved_as)) {}

NameEntryScreen::NameEntryScreen(std::string heading, std::string initial, Apply apply)
    : heading_(std::move(heading)), initial_(std::move(initial)), apply_(std::move(apply)) {}

void NameEntryScreen::enter(app::Services& services) {
    // Pre-filled with the last name used (or the name being changed).
    entry_.text = initial_.value_or(services.settings().last_player);
    services.set_text_input(true);
    blink_at_ = services.now_ms() + 530;
}

void NameEntryScreen::leave(app::Services& services) {
    services.set_text_input(false);
}

void NameEntryScreen::update(std::uint32_t now, app::Services&) {
    if (blink_at_ && now >= *blink_at_)
        blink_at_ = now + 530 - (now % 530);
}

app::Rect NameEntryScreen::entry_box(const app::Metrics& m) const {
    const int w = std::min(m.width - 2 * m.margin(), m.px(720));
    const int h = std::max(m.px(72), m.body_font() * 2);
    return {(m.width - w) / 2, m.height * 32 / 100, w, h};
}

app::Rect NameEntryScreen::keyboard_area(const app::Metrics& m) const {
    const app::Rect e = entry_box(m);
    const int top = e.bottom() + m.px(56);
    const int h = std::min(OnScreenKeyboard::rows_height(m), m.height - top - m.px(76));
    return {m.margin(), top, m.width - 2 * m.margin(), h};
}

void NameEntryScreen::submit(app::Services& services) {
    const core::NameCheck check = core::check_player_name(entry_.text);
    if (!check.name) {
        error_ = "That name will not do: " + check.error + ".";
        services.play(app::Cue::wrong);
        return;
    }
    if (apply_) {
        error_ = apply_(*check.name, services);
        if (!error_.empty()) {
            services.play(app::Cue::wrong);
            return;
        }
        services.play(app::Cue::select);
        services.pop();
        return;
    }
    std::string problem;
    if (!services.rename_player_in_game(game_id_, saved_as_, *check.name, &problem)) {
        error_ = "Could not save the name: " + problem;
        services.play(app::Cue::wrong);
        return;
    }
    services.settings().last_player = *check.name;
    services.save_settings();
    services.play(app::Cue::select);
    services.replace(std::make_unique<HighScoresScreen>(game_id_));
}

bool NameEntryScreen::handle(const app::Input& in, app::Services& services) {
    if (apply_ && in.action == Action::back) {
        services.play(app::Cue::select);
        services.pop();
        return true;
    }
    if (entry_.handle(in)) {
        error_.clear();
        return true;
    }
    const app::Metrics& m = services.metrics();
    const bool nav = in.action == Action::up || in.action == Action::down ||
                     in.action == Action::left || in.action == Action::right;
    if (nav || in.device != app::Device::keyboard)
        keyboard_focus_ = true;
    switch (type_key(entry_, keyboard_.handle(in, m, keyboard_area(m)))) {
        case OnScreenKeyboard::Key::character:
            services.play(app::Cue::move);
            return true;
        case OnScreenKeyboard::Key::space:
        case OnScreenKeyboard::Key::erase:
            return true;
        case OnScreenKeyboard::Key::done:
            submit(services);
            return true;
        case OnScreenKeyboard::Key::none:
            return nav;
    }
    return false;
}

void NameEntryScreen::draw(app::Canvas& c, const app::Metrics& m) const {
    const auto& p = palette();
    draw_background(c, m);
    draw_heading(c, m, heading_);
    const app::Rect e = entry_box(m);
    entry_.draw(c, m, e, "Your name");
    const std::string below = error_.empty() ? "Up to 24 characters. Enter saves it." : error_;
    c.text(below, {m.margin(), e.bottom() + m.px(8), m.width - 2 * m.margin(), m.px(44)},
           {Face::text, m.small_font(), error_.empty() ? p.text_muted : p.timer_low, Align::center,
            VAlign::middle, m.min_font()});
    keyboard_.draw(c, m, keyboard_area(m), keyboard_focus_);
    draw_hint(c, m, "Type, or use the keys on screen \u00B7 Enter to save");
}

void NameEntryScreen::draw_live(app::Canvas& c, const app::Metrics& m, std::uint32_t now) const {
    entry_.draw_caret(c, m, entry_box(m), now);
}

}  // namespace filmquiz::screens
