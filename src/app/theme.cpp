#include "app/theme.hpp"

namespace filmquiz::app {

namespace {

Palette make_high_contrast() {
    Palette p;
    p.background = core::rgb(0xFFFFFF);
    p.background_glow = core::rgb(0xF2F2F2);
    p.panel = core::rgb(0xEFEFEF);
    p.tile = core::rgb(0xE2E2E2);
    p.tile_focus = core::rgb(0xFFE27A);
    p.tile_border = core::rgb(0x000000);
    p.text = core::rgb(0x000000);
    p.text_muted = core::rgb(0x2E2E2E);
    p.accent = core::rgb(0x8A2B00);
    p.gold = core::rgb(0x5E4000);
    p.correct = core::rgb(0xB9E8C5);  // light, with black text, a check and "Correct"
    p.wrong = core::rgb(0xF5C2C2);
    p.timer = core::rgb(0x000000);
    p.timer_low = core::rgb(0xA80000);
    p.shade = core::rgb(0x000000);
    return p;
}

const Palette* current = nullptr;

}  // namespace

const Palette& warm_palette() {
    static const Palette p;
    return p;
}

const Palette& high_contrast_palette() {
    static const Palette p = make_high_contrast();
    return p;
}

void use_high_contrast(bool on) {
    current = on ? &high_contrast_palette() : &warm_palette();
}

const Palette& palette() {
    return current != nullptr ? *current : warm_palette();
}

std::vector<std::pair<Rgb, Rgb>> text_pairs(const Palette& p) {
    return {
        {p.text, p.background},
        {p.text_muted, p.background},
        {p.accent, p.background},
        {p.gold, p.background},
        {p.text, p.panel},
        {p.text_muted, p.panel},
        {p.gold, p.panel},
        {p.accent, p.panel},
        {p.text, p.tile},
        {p.text_muted, p.tile},
        {p.text, p.tile_focus},
        {p.text, p.correct},
        {p.text, p.wrong},
        {p.gold, p.tile},
        {p.timer_low, p.background},
        {p.gold, p.tile_focus},
        {p.text, p.background_glow},
        {p.text_muted, p.background_glow},
    };
}

Metrics::Metrics(int w, int h, double fs)
    : width(w), height(h), scale(std::min(w / 1280.0, h / 720.0)), font_scale(fs) {}

}  // namespace filmquiz::app
