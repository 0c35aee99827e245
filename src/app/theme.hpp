// The look: a warm palette for a film about friendship, and layout metrics computed from
// the window size and the font scale, so every screen reads from 800x600 to 4K.
#pragma once

#include <algorithm>
#include <utility>
#include <vector>

#include "core/color.hpp"

namespace filmquiz::app {

using core::Rgb;

struct Palette {
    Rgb background = core::rgb(0x2A1A2E);  // deep plum
    Rgb background_glow = core::rgb(0x3B2240);
    Rgb panel = core::rgb(0x3D2542);
    Rgb tile = core::rgb(0x4C2D53);
    Rgb tile_focus = core::rgb(0x6A3A6C);
    Rgb tile_border = core::rgb(0xF2A384);  // rose gold: focus ring, accents
    Rgb text = core::rgb(0xFFF4E8);         // warm cream
    Rgb text_muted = core::rgb(0xE6CFC6);
    Rgb accent = core::rgb(0xF2A384);
    Rgb gold = core::rgb(0xF7C873);
    Rgb correct = core::rgb(0x1E6B47);  // deep green, with a check and "Correct"
    Rgb wrong = core::rgb(0x9A2F33);    // deep red, with a cross and "Wrong"
    Rgb timer = core::rgb(0xF2A384);
    Rgb timer_low = core::rgb(0xFF7A6B);
    Rgb shade = core::rgb(0x140C17);  // behind the pause panel
};

// The look in use: the warm default, or black on white (for a projector or a bright room).
const Palette& palette();
const Palette& warm_palette();
const Palette& high_contrast_palette();
// Chooses what palette() returns; the game sets it from the player's setting.
void use_high_contrast(bool on);

// Every pair of (text colour, background) the screens use, for the contrast test.
std::vector<std::pair<Rgb, Rgb>> text_pairs(const Palette& p);

// Sizes and spacing for a window, scaled from a 1280x720 design.
struct Metrics {
    Metrics(int width, int height, double font_scale);

    int width;
    int height;
    double scale;       // layout scale: 1.0 at 1280x720
    double font_scale;  // the player's setting: 1.0, 1.25, 1.5 (a host's: up to 2.0)

    int px(double design_px) const {
        return std::max(1, static_cast<int>(design_px * scale + 0.5));
    }
    int font(double design_px) const {
        return std::max(11, static_cast<int>(design_px * scale * font_scale + 0.5));
    }

    int margin() const { return px(48); }
    int gap() const { return px(18); }
    int radius() const { return px(18); }
    int title_font() const { return font(64); }
    int heading_font() const { return font(40); }
    int body_font() const { return font(30); }
    int tile_font() const { return font(28); }
    int small_font() const { return font(21); }
    // The smallest a text may shrink to when its box is crowded. Above 150 % (a host's
    // projector text) it stays at the 150 % floor: large text may give way where it must.
    int min_font() const {
        return std::max(11, static_cast<int>(15 * scale * std::min(font_scale, 1.5) + 0.5));
    }
};

}  // namespace filmquiz::app
