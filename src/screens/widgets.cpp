#include "screens/widgets.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace filmquiz::screens {

using app::Action;
using app::Align;
using app::Face;
using app::Input;
using app::palette;
using app::Point;
using app::TextStyle;
using app::VAlign;

void draw_background(Canvas& c, const Metrics& m) {
    const auto& p = palette();
    c.clear(p.background);
    // Two soft circles that overlap a little: two friends. Decoration only, so the
    // high-contrast theme (a projector, a bright room) leaves them out.
    if (&p == &app::high_contrast_palette())
        return;
    const int r = std::max(m.width, m.height) * 38 / 100;
    c.fill_circle({m.width * 8 / 100, m.height * 10 / 100}, r, p.background_glow);
    c.fill_circle({m.width * 95 / 100, m.height * 98 / 100}, r * 85 / 100, p.background_glow);
}

Rect draw_heading(Canvas& c, const Metrics& m, const std::string& title) {
    const int top = m.px(30);
    const int h = m.px(84);
    TextStyle style{Face::display, m.heading_font(), palette().gold,
                    Align::center, VAlign::middle,   m.min_font()};
    c.text(title, {m.margin(), top, m.width - 2 * m.margin(), h}, style);
    const int below = top + h + m.gap();
    return {m.margin(), below, m.width - 2 * m.margin(), m.height - below - m.px(70)};
}

Rect back_button(const Metrics& m) {
    return {m.margin() / 2, m.px(30) + m.px(14), std::max(m.px(130), m.small_font() * 5), m.px(56)};
}

void draw_back_button(Canvas& c, const Metrics& m) {
    const Rect r = back_button(m);
    c.fill_rounded(r, m.px(12), palette().panel);
    c.text(
        "\u2039 Back", r.inset(m.px(8), m.px(4)),
        {Face::bold, m.small_font(), palette().text, Align::center, VAlign::middle, m.min_font()});
}

void draw_hint(Canvas& c, const Metrics& m, const std::string& hint) {
    TextStyle style{Face::text,    m.small_font(), palette().text_muted,
                    Align::center, VAlign::middle, m.min_font()};
    c.text(hint, {m.margin(), m.height - m.px(62), m.width - 2 * m.margin(), m.px(48)}, style);
}

void draw_family_icon(Canvas& c, Rect b, core::Family family, app::Rgb color) {
    const int s = std::min(b.w, b.h);
    const int x = b.x + (b.w - s) / 2;
    const int y = b.y + (b.h - s) / 2;
    const int t = std::max(2, s / 12);
    const app::Rgb bg = palette().panel;
    switch (family) {
        case core::Family::cast:
            c.fill_circle({x + s / 2, y + s * 3 / 10}, s / 5, color);
            c.fill_rounded({x + s / 5, y + s * 55 / 100, s * 3 / 5, s * 40 / 100}, s / 5, color);
            break;
        case core::Family::characters:
            c.fill_circle({x + s * 35 / 100, y + s * 3 / 10}, s / 6, color);
            c.fill_rounded({x + s / 10, y + s * 52 / 100, s * 48 / 100, s * 40 / 100}, s / 6,
                           color);
            c.fill_circle({x + s * 68 / 100, y + s * 36 / 100}, s / 6, color);
            c.fill_rounded({x + s * 44 / 100, y + s * 58 / 100, s * 48 / 100, s * 36 / 100}, s / 6,
                           color);
            break;
        case core::Family::crew: {
            // A clapperboard.
            c.fill_rounded({x + s / 10, y + s * 40 / 100, s * 8 / 10, s * 48 / 100}, t, color);
            c.fill_rounded({x + s / 10, y + s * 18 / 100, s * 8 / 10, s * 16 / 100}, t, color);
            for (int i = 0; i < 4; ++i) {
                const int sx = x + s / 10 + s * (4 + 18 * i) / 100;
                c.thick_line({sx, y + s * 32 / 100}, {sx + s / 10, y + s * 20 / 100}, t, bg);
            }
            break;
        }
        case core::Family::plot: {
            // A strip of film.
            c.fill_rounded({x + s / 10, y + s / 5, s * 8 / 10, s * 3 / 5}, t, color);
            for (int i = 0; i < 4; ++i) {
                const int hx = x + s / 10 + s * (8 + 18 * i) / 100;
                c.fill_rect({hx, y + s * 25 / 100, s / 12, s / 12}, bg);
                c.fill_rect({hx, y + s * 67 / 100, s / 12, s / 12}, bg);
            }
            c.fill_rect({x + s / 4, y + s * 38 / 100, s / 2, s / 4}, bg);
            break;
        }
        case core::Family::quotes:
            for (int i = 0; i < 2; ++i) {
                const int qx = x + s * (30 + 36 * i) / 100;
                c.fill_circle({qx, y + s * 42 / 100}, s / 7, color);
                c.thick_line({qx + s / 8, y + s * 44 / 100}, {qx - s / 16, y + s * 74 / 100}, t * 2,
                             color);
            }
            break;
        case core::Family::custom:
            // A page with lines: questions someone wrote.
            c.fill_rounded({x + s * 22 / 100, y + s * 12 / 100, s * 56 / 100, s * 76 / 100}, t,
                           color);
            for (int i = 0; i < 3; ++i) {
                const int ly = y + s * (32 + 16 * i) / 100;
                c.thick_line({x + s * 32 / 100, ly}, {x + s * 68 / 100, ly}, std::max(1, t / 2),
                             bg);
            }
            break;
        case core::Family::trivia:
            // A light bulb: an idea.
            c.fill_circle({x + s / 2, y + s * 40 / 100}, s * 27 / 100, color);
            c.fill_rounded({x + s * 37 / 100, y + s * 58 / 100, s * 26 / 100, s * 24 / 100}, t,
                           color);
            c.thick_line({x + s * 38 / 100, y + s * 74 / 100}, {x + s * 62 / 100, y + s * 74 / 100},
                         std::max(1, t / 2), bg);
            break;
    }
}

std::vector<Rect> Menu::layout(const Metrics& m, Rect area) const {
    std::vector<Rect> rects;
    if (items.empty())
        return rects;
    const int n = static_cast<int>(items.size());
    // Long menus (settings) close up so that big text still fits a row.
    const int gap = n > 8 ? m.px(6) : m.px(12);
    const int ideal = std::max(m.px(64), m.body_font() * 2);
    const int h = std::min(ideal, (area.h - gap * (n - 1)) / n);
    const int w = std::min(area.w, m.px(760));
    const int total = h * n + gap * (n - 1);
    int y = area.y + std::max(0, (area.h - total) / 2);
    for (int i = 0; i < n; ++i) {
        rects.push_back({area.x + (area.w - w) / 2, y, w, h});
        y += h + gap;
    }
    return rects;
}

Menu::Event Menu::handle(const Input& in, const Metrics& m, Rect area) {
    const int n = static_cast<int>(items.size());
    if (n == 0)
        return Event::none;
    switch (in.action) {
        case Action::up:
            focus = (focus + n - 1) % n;
            return Event::moved;
        case Action::down:
            focus = (focus + 1) % n;
            return Event::moved;
        case Action::left:
            return items[static_cast<std::size_t>(focus)].adjustable ? Event::decrease
                                                                     : Event::none;
        case Action::right:
            return items[static_cast<std::size_t>(focus)].adjustable ? Event::increase
                                                                     : Event::none;
        case Action::confirm:
            return items[static_cast<std::size_t>(focus)].adjustable ? Event::increase
                                                                     : Event::chosen;
        case Action::pointer_move:
        case Action::pointer_down: {
            const auto rects = layout(m, area);
            for (int i = 0; i < n; ++i) {
                if (!rects[static_cast<std::size_t>(i)].contains(in.x, in.y))
                    continue;
                const bool moved = focus != i;
                focus = i;
                if (in.action == Action::pointer_move)
                    return moved ? Event::moved : Event::none;
                const Rect& r = rects[static_cast<std::size_t>(i)];
                if (!items[static_cast<std::size_t>(i)].adjustable)
                    return Event::chosen;
                // Clicking the left third lowers the value, elsewhere raises it.
                return in.x < r.x + r.w / 3 ? Event::decrease : Event::increase;
            }
            return Event::none;
        }
        default:
            return Event::none;
    }
}

void Menu::draw(Canvas& c, const Metrics& m, Rect area) const {
    const auto& p = palette();
    const auto rects = layout(m, area);
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Rect r = rects[i];
        const bool focused = static_cast<int>(i) == focus;
        c.fill_rounded(r, m.radius(), focused ? p.tile_focus : p.tile);
        if (focused)
            c.outline_rounded(r, m.radius(), m.px(4), p.tile_border);
        const int pad = m.px(24);
        const Rect inner = r.inset(pad, m.px(3));
        const int font = std::min(m.body_font(), std::max(m.min_font(), r.h * 45 / 100));
        const MenuItem& item = items[i];
        if (item.value.empty()) {
            c.text(item.label, inner,
                   {app::Face::bold, font, p.text, Align::center, VAlign::middle, m.min_font()});
            continue;
        }
        // The label takes what it needs, at most 45 %; the value (a scene's title, say)
        // has the rest.
        const app::TextStyle label_style{app::Face::bold, font,           p.text,
                                         Align::left,     VAlign::middle, m.min_font()};
        const int label_w =
            std::min(inner.w * 45 / 100, c.measure(item.label, inner, label_style).width);
        const int gap = m.px(16);
        const Rect label{inner.x, inner.y, label_w, inner.h};
        const Rect value{label.right() + gap, inner.y, inner.right() - label.right() - gap,
                         inner.h};
        c.text(item.label, label, label_style);
        const std::string shown =
            item.adjustable && focused ? "\u2039 " + item.value + " \u203A" : item.value;
        c.text(shown, value,
               {app::Face::text, font, focused ? p.gold : p.text_muted, Align::right,
                VAlign::middle, m.min_font()});
    }
}

bool TextEntry::handle(const Input& in) {
    if (in.action == Action::text) {
        for (const char32_t cp : core::decode_utf8(in.text)) {
            if (core::utf8_length(text) >= max_)
                break;
            if (cp < 0x20)
                continue;
            core::append_utf8(text, cp);
        }
        return true;
    }
    if (in.action == Action::backspace) {
        core::pop_utf8(text);
        return true;
    }
    return false;
}

void TextEntry::draw(Canvas& c, const Metrics& m, Rect box, const std::string& placeholder) const {
    const auto& p = palette();
    c.fill_rounded(box, m.radius(), p.panel);
    c.outline_rounded(box, m.radius(), m.px(3), p.tile_border);
    const Rect inner = box.inset(m.px(20), m.px(6));
    const bool empty = text.empty();
    c.text(empty ? placeholder : text, inner,
           {app::Face::text, m.body_font(), empty ? p.text_muted : p.text, Align::left,
            VAlign::middle, m.min_font()});
}

void TextEntry::draw_caret(Canvas& c, const Metrics& m, Rect box, std::uint32_t now) const {
    if ((now / 530) % 2 == 1)
        return;  // blink
    const Rect inner = box.inset(m.px(20), m.px(6));
    const auto layout = c.measure(text.empty() ? " " : text, inner,
                                  {app::Face::text, m.body_font(), palette().text, Align::left,
                                   VAlign::middle, m.min_font()});
    const int x = inner.x + (text.empty() ? 0 : layout.lines.back().width) + m.px(2);
    const int h = layout.line_height;
    c.fill_rect({std::min(x, inner.right() - m.px(3)), inner.y + (inner.h - h) / 2, m.px(3), h},
                palette().gold);
}

OnScreenKeyboard::OnScreenKeyboard() {
    const char* rows[] = {"1234567890", "QWERTYUIOP", "ASDFGHJKL'", "ZXCVBNM-."};
    for (int r = 0; r < 4; ++r) {
        for (const char* k = rows[r]; *k; ++k)
            keys_.push_back({std::string(1, *k), Key::character, r, 1});
    }
    keys_.push_back({"Del", Key::erase, 3, 1});
    keys_.push_back({"Space", Key::space, 4, 6});
    keys_.push_back({"Done", Key::done, 4, 4});
}

int OnScreenKeyboard::rows_height(const Metrics& m) {
    return 5 * m.px(46) + 4 * m.px(6);
}

std::vector<Rect> OnScreenKeyboard::layout(const Metrics& m, Rect area) const {
    std::vector<Rect> rects;
    const int gap = m.px(6);
    const int unit = std::min((area.w - 9 * gap) / 10, m.px(64));
    const int row_h = std::min(m.px(46), (area.h - 4 * gap) / 5);
    const int total_w = unit * 10 + gap * 9;
    const int x0 = area.x + (area.w - total_w) / 2;
    int col = 0;
    int row = 0;
    for (const KeyCap& k : keys_) {
        if (k.row != row) {
            row = k.row;
            col = 0;
        }
        const int x = x0 + col * (unit + gap);
        const int w = unit * k.span + gap * (k.span - 1);
        rects.push_back({x, area.y + row * (row_h + gap), w, row_h});
        col += k.span;
    }
    return rects;
}

OnScreenKeyboard::Press OnScreenKeyboard::handle(const Input& in, const Metrics& m, Rect area) {
    const int n = static_cast<int>(keys_.size());
    auto press = [&](int i) {
        const KeyCap& k = keys_[static_cast<std::size_t>(i)];
        return Press{k.key, k.key == Key::character ? k.label : std::string()};
    };
    auto move_row = [&](int delta) {
        const auto rects = layout(m, area);
        const Rect cur = rects[static_cast<std::size_t>(focus_)];
        const int target_row = keys_[static_cast<std::size_t>(focus_)].row + delta;
        int best = focus_;
        int best_d = 1 << 30;
        for (int i = 0; i < n; ++i) {
            if (keys_[static_cast<std::size_t>(i)].row != target_row)
                continue;
            const Rect r = rects[static_cast<std::size_t>(i)];
            const int d = std::abs((r.x + r.w / 2) - (cur.x + cur.w / 2));
            if (d < best_d) {
                best = i;
                best_d = d;
            }
        }
        focus_ = best;
    };
    switch (in.action) {
        case Action::left:
            focus_ = (focus_ + n - 1) % n;
            return {};
        case Action::right:
            focus_ = (focus_ + 1) % n;
            return {};
        case Action::up:
            move_row(-1);
            return {};
        case Action::down:
            move_row(1);
            return {};
        case Action::confirm:
            // Enter on a real keyboard submits; A on a gamepad presses the focused key.
            if (in.device == app::Device::gamepad)
                return press(focus_);
            return {Key::done, ""};
        case Action::submit:
            return {Key::done, ""};
        case Action::pointer_down: {
            const auto rects = layout(m, area);
            for (int i = 0; i < n; ++i) {
                if (rects[static_cast<std::size_t>(i)].contains(in.x, in.y)) {
                    focus_ = i;
                    return press(i);
                }
            }
            return {};
        }
        default:
            return {};
    }
}

void OnScreenKeyboard::draw(Canvas& c, const Metrics& m, Rect area, bool show_focus) const {
    const auto& p = palette();
    const auto rects = layout(m, area);
    for (std::size_t i = 0; i < keys_.size(); ++i) {
        const bool focused = show_focus && static_cast<int>(i) == focus_;
        c.fill_rounded(rects[i], m.px(8), focused ? p.tile_focus : p.tile);
        if (focused)
            c.outline_rounded(rects[i], m.px(8), m.px(3), p.tile_border);
        c.text(
            keys_[i].label, rects[i].inset(m.px(4), m.px(2)),
            {app::Face::bold, m.small_font(), p.text, Align::center, VAlign::middle, m.min_font()});
    }
}

OnScreenKeyboard::Key type_key(TextEntry& entry, const OnScreenKeyboard::Press& press) {
    switch (press.key) {
        case OnScreenKeyboard::Key::character: {
            std::string ch = press.character;
            if (!entry.text.empty() && entry.text.back() != ' ' && ch[0] >= 'A' && ch[0] <= 'Z')
                ch[0] = static_cast<char>(ch[0] + 32);
            entry.handle(app::make_text(ch));
            break;
        }
        case OnScreenKeyboard::Key::space:
            entry.handle(app::make_text(" "));
            break;
        case OnScreenKeyboard::Key::erase:
            entry.handle(app::make_input(Action::backspace));
            break;
        default:
            break;
    }
    return press.key;
}

std::string tile_label(int index, bool gamepad) {
    static const char* kPad[] = {"A", "B", "X", "Y"};
    std::string label = std::to_string(index + 1) + " \u00B7 ";
    if (gamepad) {
        label += kPad[index % 4];
    } else {
        label += static_cast<char>('A' + index);
    }
    return label;
}

}  // namespace filmquiz::screens
