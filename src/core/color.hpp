// Colours and their WCAG contrast, so the theme can be checked in a plain test.
#pragma once

#include <cstdint>

namespace filmquiz::core {

struct Rgb {
    std::uint8_t r = 0;
    std::uint8_t g = 0;
    std::uint8_t b = 0;
};

constexpr Rgb rgb(std::uint32_t hex) {
    return {static_cast<std::uint8_t>(hex >> 16), static_cast<std::uint8_t>(hex >> 8),
            static_cast<std::uint8_t>(hex)};
}

// WCAG 2 relative luminance and contrast ratio (1 to 21).
double relative_luminance(Rgb c);
double contrast_ratio(Rgb a, Rgb b);

// a blended over b by t (0: b, 1: a).
Rgb mix(Rgb a, Rgb b, double t);

}  // namespace filmquiz::core
