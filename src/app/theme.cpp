#include "app/theme.hpp"

namespace filmquiz::app {

const Palette& palette() {
    static const Palette p;
    return p;
}

std::vector<std::pair<Rgb, Rgb>> text_pairs() {
    const Palette& p = palette();
    return {
        {p.text, p.background},   {p.text_muted, p.background},
        {p.accent, p.background}, {p.gold, p.background},
        {p.text, p.panel},        {p.text_muted, p.panel},
        {p.gold, p.panel},        {p.accent, p.panel},
        {p.text, p.tile},         {p.text_muted, p.tile},
        {p.text, p.tile_focus},   {p.text, p.correct},
        {p.text, p.wrong},        {p.gold, p.tile},
    };
}

Metrics::Metrics(int w, int h, double fs)
    : width(w), height(h), scale(std::min(w / 1280.0, h / 720.0)), font_scale(fs) {}

}  // namespace filmquiz::app
