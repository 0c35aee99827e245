#include "screens/question_screen.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "screens/pause_screen.hpp"

namespace filmquiz::screens {

using app::Action;
using app::Align;
using app::Face;
using app::palette;
using app::Rect;
using app::VAlign;
using core::QuestionType;

std::vector<int> revealed_options(const core::Question& q, const core::Outcome* outcome) {
    std::vector<int> shown;
    if (q.type == QuestionType::ordering || q.type == QuestionType::true_false) {
        for (int i = 0; i < static_cast<int>(q.choices.size()); ++i)
            shown.push_back(i);
        return shown;
    }
    if (q.type == QuestionType::type_in)
        return shown;
    shown.push_back(q.answer);
    if (outcome != nullptr && outcome->given.choice >= 0 && outcome->given.choice != q.answer) {
        shown.push_back(outcome->given.choice);
    }
    return shown;
}

QuestionLayout question_layout(const app::Metrics& m, const core::Question& q, bool reveal) {
    QuestionLayout l;
    const int mx = m.margin();
    const int w = m.width - 2 * mx;
    const int g = m.gap();
    l.header = {mx, m.px(22), w, m.px(56)};
    if (!reveal)
        l.pause = {l.header.right() - l.header.h * 3 / 2, l.header.y, l.header.h * 3 / 2,
                   l.header.h};
    l.timer = {mx, l.header.bottom() + m.px(12), w, m.px(14)};
    const int footer_h = m.px(56);
    l.footer = {mx, m.height - footer_h - m.px(8), w, footer_h};

    if (reveal) {
        // Verdict, question, what was right (and wrong), why.
        l.banner = {mx, l.header.bottom() + m.px(10), w, m.px(64)};
        const int top = l.banner.bottom() + m.px(12);
        const int available = l.footer.y - m.px(12) - top;
        const bool ordering = q.type == QuestionType::ordering;
        const int prompt_h = ordering ? 0 : available * 20 / 100;
        // True or false needs one word a tile: its explanation has the room instead.
        const int tiles_pct = ordering ? 60 : q.type == QuestionType::true_false ? 30 : 40;
        const int tiles_h = available * tiles_pct / 100;
        l.prompt = {mx, top, w, prompt_h};
        l.tiles_area = {mx, top + prompt_h + (prompt_h > 0 ? g : 0), w, tiles_h};
        l.explanation = {mx, l.tiles_area.bottom() + g, w,
                         l.footer.y - m.px(12) - l.tiles_area.bottom() - g};
        if (ordering) {
            const int n = static_cast<int>(q.choices.size());
            const int rows = (n + 1) / 2;
            const int tw = (w - g) / 2;
            const int th = (tiles_h - g * (rows - 1)) / rows;
            for (int i = 0; i < n; ++i) {
                l.tiles.push_back(
                    {mx + (i % 2) * (tw + g), l.tiles_area.y + (i / 2) * (th + g), tw, th});
            }
        } else if (q.type != QuestionType::type_in) {
            // One row, sized for the most options this type can reveal.
            const int n = q.type == QuestionType::true_false ? 2 : 2;
            const int tw = (w - g * (n - 1)) / n;
            for (int i = 0; i < n; ++i)
                l.tiles.push_back({mx + i * (tw + g), l.tiles_area.y, tw, tiles_h});
        }
        return l;
    }

    const int top = l.timer.bottom() + m.px(20);
    const int available = l.footer.y - m.px(12) - top;
    if (q.type == QuestionType::type_in) {
        const int kb_h = std::min(OnScreenKeyboard::rows_height(m), available * 45 / 100);
        const int entry_h = std::max(m.px(64), m.body_font() * 2);
        const int prompt_h = available - kb_h - entry_h - 2 * g;
        l.prompt = {mx, top, w, prompt_h};
        l.entry = {mx + w / 8, l.prompt.bottom() + g, w * 3 / 4, entry_h};
        l.keyboard = {mx, l.entry.bottom() + g, w, kb_h};
        return l;
    }
    const int prompt_h = available * 33 / 100;
    l.prompt = {mx, top, w, prompt_h};
    l.tiles_area = {mx, l.prompt.bottom() + g, w, available - prompt_h - g};
    const int n = static_cast<int>(q.choices.size());
    if (n == 2) {
        // True or false: two wide tiles, not taller than they need to be.
        const int tw = (w - g) / 2;
        const int th = std::min(l.tiles_area.h, std::max(m.px(150), l.tiles_area.h * 55 / 100));
        const int ty = l.tiles_area.y + (l.tiles_area.h - th) / 2;
        for (int i = 0; i < 2; ++i)
            l.tiles.push_back({mx + i * (tw + g), ty, tw, th});
        return l;
    }
    // Two columns of two (three events: two and one).
    const int rows = (n + 1) / 2;
    const int tw = (w - g) / 2;
    const int th = (l.tiles_area.h - g * (rows - 1)) / rows;
    for (int i = 0; i < n; ++i) {
        l.tiles.push_back({mx + (i % 2) * (tw + g), l.tiles_area.y + (i / 2) * (th + g), tw, th});
    }
    return l;
}

void draw_question_header(app::Canvas& c, const app::Metrics& m, const QuestionLayout& l,
                          const LiveMatch& live) {
    const auto& p = palette();
    const core::RoundSession& s = live.match().session();
    const core::Question& q = s.current();
    const Rect icon{l.header.x, l.header.y, l.header.h, l.header.h};
    c.fill_rounded(icon, m.px(12), p.panel);
    draw_family_icon(c, icon.inset(m.px(8)), q.family, p.accent);
    const int third = l.header.w / 3;
    c.text(std::string(core::display_name(q.family)),
           {icon.right() + m.px(14), l.header.y, third - icon.w - m.px(14), l.header.h},
           {Face::bold, m.small_font(), p.accent, Align::left, VAlign::middle, m.min_font()});
    c.text("Question " + std::to_string(s.index() + 1) + " of " + std::to_string(s.count()),
           {l.header.x + third, l.header.y, third, l.header.h},
           {Face::bold, m.small_font(), p.text, Align::center, VAlign::middle, m.min_font()});
    std::string right;
    if (const auto seat = live.local_seat();
        seat && static_cast<std::size_t>(*seat) < s.participants().size()) {
        const core::Participant& me = s.participants()[static_cast<std::size_t>(*seat)];
        right = "Score " + std::to_string(me.score);
        if (me.streak >= 2)
            right += " \u00B7 Streak " + std::to_string(me.streak);
    }
    const int right_w = third - (l.pause.w > 0 ? l.pause.w + m.px(14) : 0);
    c.text(right, {l.header.x + 2 * third, l.header.y, right_w, l.header.h},
           {Face::bold, m.small_font(), p.gold, Align::right, VAlign::middle, m.min_font()});
}

QuestionScreen::QuestionScreen(std::shared_ptr<LiveMatch> live) : live_(std::move(live)) {}

void QuestionScreen::enter(app::Services& services) {
    gamepad_ = services.has_controller();
    if (session().current().type == QuestionType::type_in)
        services.set_text_input(true);
}

void QuestionScreen::leave(app::Services& services) {
    services.set_text_input(false);
}

app::InputContext QuestionScreen::input_context() const {
    app::InputContext ctx;
    ctx.in_question = true;
    ctx.typing = session().current().type == QuestionType::type_in;
    return ctx;
}

bool QuestionScreen::animating(std::uint32_t) const {
    return open() && !paused_ && session().countdown().limited();
}

void QuestionScreen::follow(app::Services& services) {
    if (done_ || live_->match().phase() == play::Phase::question)
        return;
    done_ = true;
    services.replace(view_for(live_, order_));
}

void QuestionScreen::update(std::uint32_t now, app::Services& services) {
    if (session().current().type == QuestionType::type_in && open()) {
        if (!blink_at_ || now >= *blink_at_)
            blink_at_ = now + 530 - (now % 530);
    }
    if (!started_) {
        // The timer starts when the question is on screen, not when it was built.
        started_ = true;
        if (!live_->match().shown())
            live_->apply({play::What::show, play::kHost, now, {}, {}, {}, -1}, services);
        return;
    }
    if (!open() || paused_)
        return;
    const core::Countdown& cd = session().countdown();
    if (cd.limited()) {
        const int left = cd.seconds_left(now);
        if (left <= 5 && left >= 1 && left != last_tick_) {
            last_tick_ = left;
            services.play(app::Cue::tick);
        }
    }
    live_->update(now, services);
    follow(services);
}

void QuestionScreen::submit(core::GivenAnswer given, std::uint32_t at_ms, app::Services& services) {
    const auto seat = live_->local_seat();
    if (!open() || !seat)
        return;
    started_ = true;
    live_->apply({play::What::answer, *seat, at_ms, std::move(given), {}, {}, -1}, services);
    follow(services);
}

void QuestionScreen::pause(app::Services& services) {
    if (!open() || paused_)
        return;
    paused_ = true;
    live_->apply({play::What::pause, play::kHost, services.now_ms(), {}, {}, {}, -1}, services);
    services.push(std::make_unique<PauseScreen>([this](app::Services& s) {
        paused_ = false;
        live_->apply({play::What::resume, play::kHost, s.now_ms(), {}, {}, {}, -1}, s);
        s.invalidate();
    }));
}

void QuestionScreen::focus_lost(app::Services& services) {
    pause(services);
}

bool QuestionScreen::handle_choice(int index, std::uint32_t at, app::Services& services) {
    const core::Question& q = session().current();
    if (index < 0 || index >= static_cast<int>(q.choices.size()))
        return false;
    focus_ = index;
    if (q.type == QuestionType::ordering) {
        if (std::find(order_.begin(), order_.end(), index) != order_.end())
            return true;
        order_.push_back(index);
        services.play(app::Cue::select);
        if (order_.size() == q.choices.size()) {
            core::GivenAnswer given;
            given.order = order_;
            submit(given, at, services);
        }
        return true;
    }
    core::GivenAnswer given;
    given.choice = index;
    submit(given, at, services);
    return true;
}

bool QuestionScreen::handle(const app::Input& in, app::Services& services) {
    if (in.device == app::Device::gamepad)
        gamepad_ = true;
    if (in.action == Action::pause || in.action == Action::back) {
        pause(services);
        return true;
    }
    if (!open() || paused_)
        return false;
    const core::Question& q = session().current();
    const app::Metrics& m = services.metrics();
    const QuestionLayout l = question_layout(m, q, false);
    if (in.action == Action::pointer_down && l.pause.contains(in.x, in.y)) {
        pause(services);
        return true;
    }

    if (q.type == QuestionType::type_in) {
        if (entry_.handle(in))
            return true;
        if (in.action == Action::pointer_down && l.entry.contains(in.x, in.y))
            return true;
        const bool nav = in.action == Action::up || in.action == Action::down ||
                         in.action == Action::left || in.action == Action::right;
        if (nav || in.device != app::Device::keyboard)
            keyboard_focus_ = true;
        switch (type_key(entry_, keyboard_.handle(in, m, l.keyboard))) {
            case OnScreenKeyboard::Key::character:
                services.play(app::Cue::move);
                return true;
            case OnScreenKeyboard::Key::space:
            case OnScreenKeyboard::Key::erase:
                return true;
            case OnScreenKeyboard::Key::done: {
                if (core::trim(entry_.text).empty())
                    return true;
                core::GivenAnswer given;
                given.text = entry_.text;
                submit(given, in.time_ms, services);
                return true;
            }
            case OnScreenKeyboard::Key::none:
                return nav;
        }
        return false;
    }

    const int n = static_cast<int>(q.choices.size());
    switch (in.action) {
        case Action::choice:
            return handle_choice(in.choice, in.time_ms, services);
        case Action::left:
        case Action::right:
            focus_ = (focus_ % 2 == 0) ? std::min(focus_ + 1, n - 1) : focus_ - 1;
            services.play(app::Cue::move);
            return true;
        case Action::up:
        case Action::down:
            if (n > 2) {
                focus_ = (focus_ + 2) % (((n + 1) / 2) * 2);
                if (focus_ >= n)
                    focus_ = n - 1;
            }
            services.play(app::Cue::move);
            return true;
        case Action::confirm:
            return handle_choice(focus_, in.time_ms, services);
        case Action::backspace:
            if (q.type == QuestionType::ordering && !order_.empty()) {
                order_.pop_back();
                services.play(app::Cue::move);
                return true;
            }
            return false;
        case Action::pointer_move:
            for (int i = 0; i < n; ++i) {
                if (l.tiles[static_cast<std::size_t>(i)].contains(in.x, in.y) && focus_ != i) {
                    focus_ = i;
                    return true;
                }
            }
            return false;
        case Action::pointer_down:
            for (int i = 0; i < n; ++i) {
                if (l.tiles[static_cast<std::size_t>(i)].contains(in.x, in.y)) {
                    return handle_choice(i, in.time_ms, services);
                }
            }
            return false;
        default:
            return false;
    }
}

void QuestionScreen::draw(app::Canvas& c, const app::Metrics& m) const {
    const auto& p = palette();
    const core::Question& q = session().current();
    const QuestionLayout l = question_layout(m, q, false);
    draw_background(c, m);
    draw_question_header(c, m, l, *live_);
    // A pause button, for players with only a mouse or a touch screen: two bars.
    c.fill_rounded(l.pause, m.px(12), p.panel);
    const int bar_w = std::max(3, l.pause.h / 8);
    const int bar_h = l.pause.h / 2;
    const int cx = l.pause.x + l.pause.w / 2;
    const int by = l.pause.y + (l.pause.h - bar_h) / 2;
    c.fill_rounded({cx - bar_w * 2, by, bar_w, bar_h}, bar_w / 2, p.text);
    c.fill_rounded({cx + bar_w, by, bar_w, bar_h}, bar_w / 2, p.text);
    c.fill_rounded(l.timer, l.timer.h / 2, p.panel);

    c.fill_rounded(l.prompt, m.radius(), p.panel);
    c.text(q.prompt, l.prompt.inset(m.px(28), m.px(16)),
           {Face::bold, m.font(36), p.text, Align::center, VAlign::middle, m.min_font()});

    if (q.type == QuestionType::type_in) {
        entry_.draw(c, m, l.entry, "Type your answer, then Enter");
        keyboard_.draw(c, m, l.keyboard, keyboard_focus_);
        draw_hint(c, m, "Type and press Enter \u00B7 or use the keys on screen \u00B7 Esc pause");
        return;
    }
    // Every tile's text at one size, the largest at which all of them fit.
    const bool two = q.type == QuestionType::true_false;
    auto text_box = [&](Rect r) {
        const int badge = std::min(m.px(52), r.h - m.px(16));
        const int chip_right = r.x + m.px(14) + badge * 2;
        return Rect{chip_right + m.px(16), r.y + m.px(10), r.right() - chip_right - m.px(30),
                    r.h - m.px(20)};
    };
    app::TextStyle tile_style{two ? Face::bold : Face::text,
                              two ? m.heading_font() : m.tile_font(),
                              p.text,
                              two ? Align::center : Align::left,
                              VAlign::middle,
                              m.min_font()};
    std::vector<std::pair<std::string, Rect>> texts;
    for (std::size_t i = 0; i < l.tiles.size() && i < q.choices.size(); ++i)
        texts.emplace_back(q.choices[i], text_box(l.tiles[i]));
    tile_style.size = app::shared_text_size(c, texts, tile_style);
    for (std::size_t i = 0; i < l.tiles.size(); ++i) {
        const Rect r = l.tiles[i];
        const bool focused = static_cast<int>(i) == focus_;
        const auto picked = std::find(order_.begin(), order_.end(), static_cast<int>(i));
        const bool was_picked = picked != order_.end();
        c.fill_rounded(r, m.radius(), focused ? p.tile_focus : p.tile);
        if (focused)
            c.outline_rounded(r, m.radius(), m.px(4), p.tile_border);
        // The badge: the keys that pick the tile ("1 · A"; a gamepad's "1 · X"), or its
        // place in the order being built.
        const int badge = std::min(m.px(52), r.h - m.px(16));
        const Rect chip{r.x + m.px(14), r.y + (r.h - badge) / 2, badge * 2, badge};
        std::string chip_text = tile_label(static_cast<int>(i), gamepad_);
        if (was_picked)
            chip_text = std::to_string(picked - order_.begin() + 1) + ".";
        c.fill_rounded(chip, badge / 2, was_picked ? p.gold : p.panel);
        c.text(chip_text, chip.inset(m.px(4), 0),
               {Face::bold, std::min(m.small_font(), badge * 50 / 100),
                was_picked ? p.panel : p.gold, Align::center, VAlign::middle, m.min_font()});
        app::TextStyle style = tile_style;
        if (was_picked)
            style.color = p.text_muted;
        c.text(q.choices[i], text_box(r), style);
    }
    std::string hint;
    if (q.type == QuestionType::ordering) {
        hint = "Press the events first to last (1-4) \u00B7 Backspace undoes \u00B7 Esc pause";
    } else if (gamepad_) {
        hint = "A B X Y answer \u00B7 d-pad and A \u00B7 Start pause";
    } else {
        hint = "1-" + std::to_string(q.choices.size()) + " or A-" +
               std::string(1, static_cast<char>('A' + q.choices.size() - 1)) +
               " to answer \u00B7 or click \u00B7 Esc pause";
    }
    draw_hint(c, m, hint);
}

void QuestionScreen::draw_live(app::Canvas& c, const app::Metrics& m, std::uint32_t now) const {
    const auto& p = palette();
    const core::Question& q = session().current();
    const QuestionLayout l = question_layout(m, q, false);
    const core::Countdown& cd = session().countdown();
    if (cd.limited()) {
        const int remaining = started_ ? cd.remaining_ms(now) : cd.total_ms();
        const int w = static_cast<int>(static_cast<long>(l.timer.w) * remaining / cd.total_ms());
        if (w > 0) {
            c.fill_rounded({l.timer.x, l.timer.y, w, l.timer.h}, l.timer.h / 2,
                           remaining <= 5000 ? p.timer_low : p.timer);
        }
    }
    if (q.type == QuestionType::type_in)
        entry_.draw_caret(c, m, l.entry, now);
}

}  // namespace filmquiz::screens
