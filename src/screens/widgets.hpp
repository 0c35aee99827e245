// Pieces several screens share: the background, menus of options, a text entry with an
// on-screen keyboard (so mouse and gamepad players can type), family icons.
#pragma once

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "app/canvas.hpp"
#include "app/input.hpp"
#include "app/screen.hpp"
#include "app/theme.hpp"
#include "core/question.hpp"

namespace filmquiz::screens {

using app::Canvas;
using app::Metrics;
using app::Rect;

void draw_background(Canvas& canvas, const Metrics& m);
// A screen title at the top; returns the area below it.
Rect draw_heading(Canvas& canvas, const Metrics& m, const std::string& title);
// A "Back" button in the top-left corner, for players with a mouse or a touch screen.
Rect back_button(const Metrics& m);
void draw_back_button(Canvas& canvas, const Metrics& m);
// A short line of help at the bottom ("Enter: choose   Esc: back").
void draw_hint(Canvas& canvas, const Metrics& m, const std::string& hint);
void draw_family_icon(Canvas& canvas, Rect box, core::Family family, app::Rgb color);

// A vertical list of choices: arrows, mouse or d-pad move the focus, Enter/click/A picks.
// An item may have a value that left/right change (settings, round setup).
struct MenuItem {
    std::string label;
    std::string value;  // shown on the right; empty for plain actions
    bool adjustable = false;
};

class Menu {
  public:
    std::vector<MenuItem> items;
    int focus = 0;

    enum class Event { none, moved, chosen, decrease, increase };
    // Rects of the items inside `area` (also used for hit-testing the mouse).
    std::vector<Rect> layout(const Metrics& m, Rect area) const;
    Event handle(const app::Input& input, const Metrics& m, Rect area);
    void draw(Canvas& canvas, const Metrics& m, Rect area) const;
};

// A line of typed text: UTF-8 aware, with a length limit and a blinking caret.
class TextEntry {
  public:
    explicit TextEntry(std::size_t max_chars = 40) : max_(max_chars) {}
    std::string text;
    bool handle(const app::Input& input);  // text and backspace
    void draw(Canvas& canvas, const Metrics& m, Rect box, const std::string& placeholder) const;
    void draw_caret(Canvas& canvas, const Metrics& m, Rect box, std::uint32_t now_ms) const;

  private:
    std::size_t max_;
};

// Keys on screen, for typing with a mouse or a gamepad.
class OnScreenKeyboard {
  public:
    OnScreenKeyboard();
    enum class Key { none, character, space, erase, done };
    struct Press {
        Key key = Key::none;
        std::string character;
    };
    std::vector<Rect> layout(const Metrics& m, Rect area) const;
    // Arrows/d-pad move between keys, Enter or A on a key presses it, clicks press.
    Press handle(const app::Input& input, const Metrics& m, Rect area);
    void draw(Canvas& canvas, const Metrics& m, Rect area, bool show_focus) const;
    static int rows_height(const Metrics& m);

  private:
    struct KeyCap {
        std::string label;
        Key key;
        int row;
        int span;  // width in key units
    };
    std::vector<KeyCap> keys_;
    int focus_ = 0;
};

// The value `delta` steps after `current` in `values`, wrapping round (left/right on a
// setting). The first value when `current` is not among them.
template <typename T>
T cycle(const std::vector<T>& values, const T& current, int delta) {
    const auto it = std::find(values.begin(), values.end(), current);
    const int n = static_cast<int>(values.size());
    const int i = it == values.end() ? 0 : static_cast<int>(it - values.begin());
    return values[static_cast<std::size_t>(((i + delta) % n + n) % n)];
}

// Applies an on-screen key to the text: characters (capital only at the start of a word),
// space and erase. Returns the key, so the caller can act on "done".
OnScreenKeyboard::Key type_key(TextEntry& entry, const OnScreenKeyboard::Press& press);

// Labels for the four answer tiles and what picks them.
std::string tile_label(int index, bool gamepad);

}  // namespace filmquiz::screens
