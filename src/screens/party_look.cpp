#include "screens/party_look.hpp"

#include <algorithm>
#include <cmath>

#include "core/text.hpp"

namespace filmquiz::screens {

using app::Align;
using app::Face;
using app::palette;
using app::Point;
using app::Rect;
using app::VAlign;

namespace {

constexpr double kPi = 3.14159265358979323846;

const Look kPlayers[] = {
    {core::rgb(0xFF8A7A), Shape::circle, "coral circle"},
    {core::rgb(0xF7C873), Shape::square, "gold square"},
    {core::rgb(0x7CC6FE), Shape::triangle, "sky triangle"},
    {core::rgb(0x7EE0B5), Shape::diamond, "mint diamond"},
    {core::rgb(0xC9A7FF), Shape::star, "lilac star"},
    {core::rgb(0xFFB36B), Shape::hexagon, "peach hexagon"},
    {core::rgb(0xFF8FC8), Shape::plus, "rose plus"},
    {core::rgb(0xD4F07A), Shape::ring, "lime ring"},
};

const Look kOptions[] = {
    {core::rgb(0xFF7A6B), Shape::triangle, "triangle"},
    {core::rgb(0x7CC6FE), Shape::diamond, "diamond"},
    {core::rgb(0xF7C873), Shape::circle, "circle"},
    {core::rgb(0x7EE0B5), Shape::square, "square"},
};

const Look kTeams[] = {
    {core::rgb(0xFF8FC8), Shape::star, "Rose"},
    {core::rgb(0xF7C873), Shape::circle, "Gold"},
    {core::rgb(0x7CC6FE), Shape::diamond, "Sky"},
    {core::rgb(0x7EE0B5), Shape::square, "Mint"},
};

std::vector<Point> regular(Point c, int r, int corners, double start) {
    std::vector<Point> ring;
    for (int i = 0; i < corners; ++i) {
        const double a = start + 2 * kPi * i / corners;
        ring.push_back({c.x + static_cast<int>(std::lround(r * std::cos(a))),
                        c.y + static_cast<int>(std::lround(r * std::sin(a)))});
    }
    return ring;
}

}  // namespace

const Look& player_look(int seat) {
    return kPlayers[static_cast<std::size_t>(std::clamp(seat, 0, 7))];
}

const Look& option_look(int option) {
    return kOptions[static_cast<std::size_t>(std::clamp(option, 0, 3))];
}

const Look& team_look(int team) {
    return kTeams[static_cast<std::size_t>(std::clamp(team, 0, 3))];
}

std::string team_name(int team) {
    return std::string("Team ") + team_look(team).name;
}

std::string short_name(const std::string& name, std::size_t max_chars) {
    if (core::utf8_length(name) <= max_chars)
        return name;
    std::size_t chars = 0;
    std::size_t i = 0;
    for (; i < name.size(); ++i) {
        if ((static_cast<unsigned char>(name[i]) & 0xC0) != 0x80 && chars++ == max_chars - 1)
            break;
    }
    return name.substr(0, i) + "\u2026";
}

void draw_shape(app::Canvas& c, Shape shape, Rect box, app::Rgb colour) {
    const int size = std::min(box.w, box.h);
    const Point mid{box.x + box.w / 2, box.y + box.h / 2};
    const int r = size / 2;
    switch (shape) {
        case Shape::circle:
            c.fill_circle(mid, r, colour);
            return;
        case Shape::square: {
            const int s = size * 80 / 100;
            c.fill_rounded({mid.x - s / 2, mid.y - s / 2, s, s}, std::max(1, s / 8), colour);
            return;
        }
        case Shape::triangle:
            c.fill_polygon({mid.x, mid.y + r / 6}, regular({mid.x, mid.y + r / 6}, r, 3, -kPi / 2),
                           colour);
            return;
        case Shape::diamond:
            c.fill_polygon(mid, regular(mid, r, 4, -kPi / 2), colour);
            return;
        case Shape::star: {
            std::vector<Point> ring;
            for (int i = 0; i < 10; ++i) {
                const double a = -kPi / 2 + kPi * i / 5;
                const int rr = i % 2 == 0 ? r : r * 45 / 100;
                ring.push_back({mid.x + static_cast<int>(std::lround(rr * std::cos(a))),
                                mid.y + static_cast<int>(std::lround(rr * std::sin(a)))});
            }
            c.fill_polygon(mid, ring, colour);
            return;
        }
        case Shape::hexagon:
            c.fill_polygon(mid, regular(mid, r, 6, 0), colour);
            return;
        case Shape::plus: {
            const int arm = std::max(2, size * 32 / 100);
            const int len = size * 90 / 100;
            c.fill_rect({mid.x - arm / 2, mid.y - len / 2, arm, len}, colour);
            c.fill_rect({mid.x - len / 2, mid.y - arm / 2, len, arm}, colour);
            return;
        }
        case Shape::ring:
            c.fill_circle(mid, r, colour);
            c.fill_circle(mid, r * 52 / 100, palette().shade);
            return;
    }
}

void draw_badge(app::Canvas& c, Rect box, int seat) {
    const int size = std::min(box.w, box.h);
    const Rect square{box.x + (box.w - size) / 2, box.y + (box.h - size) / 2, size, size};
    c.fill_circle({square.x + size / 2, square.y + size / 2}, size / 2, palette().shade);
    const Look& look = player_look(seat);
    draw_shape(c, look.shape, square.inset(size / 5), look.colour);
}

namespace {

// Two lines of the smallest text (about 1.4 times the font size each) and a margin.
int chip_height(const app::Metrics& m) {
    return std::max(m.px(58), m.min_font() * 28 / 10 + m.px(14));
}

}  // namespace

int score_strip_height(const app::Metrics& m, int seats) {
    const int rows = seats > 4 && m.width < m.px(1500) ? 2 : 1;
    return rows * chip_height(m) + (rows - 1) * m.px(8);
}

void draw_score_strip(app::Canvas& c, const app::Metrics& m, Rect area, const play::Match& match,
                      const std::vector<ChipState>& states) {
    const auto& p = palette();
    const auto& seats = match.seats().all();
    const int n = static_cast<int>(seats.size());
    if (n == 0)
        return;
    const int rows = area.h >= 2 * chip_height(m) ? 2 : 1;
    const int per_row = (n + rows - 1) / rows;
    const int g = m.px(8);
    const int chip_w = (area.w - g * (per_row - 1)) / per_row;
    const int chip_h = (area.h - g * (rows - 1)) / rows;
    const auto& people = match.session().participants();
    for (int i = 0; i < n; ++i) {
        const play::Seat& seat = seats[static_cast<std::size_t>(i)];
        const Rect chip{area.x + (i % per_row) * (chip_w + g),
                        area.y + (i / per_row) * (chip_h + g), chip_w, chip_h};
        c.fill_rounded(chip, m.px(12), p.panel);
        c.fill_rect({chip.x, chip.bottom() - m.px(5), chip.w, m.px(5)},
                    player_look(seat.id).colour);
        const int badge = std::min(chip.h - m.px(14), m.px(48));
        draw_badge(c, {chip.x + m.px(8), chip.y + (chip.h - badge) / 2, badge, badge}, seat.id);
        const Rect text{chip.x + m.px(14) + badge, chip.y + m.px(4), chip.w - badge - m.px(20),
                        chip.h - m.px(10)};
        const int score = static_cast<std::size_t>(seat.id) < people.size()
                              ? people[static_cast<std::size_t>(seat.id)].score
                              : 0;
        const ChipState state = static_cast<std::size_t>(i) < states.size()
                                    ? states[static_cast<std::size_t>(i)]
                                    : ChipState{};
        const bool away = !seat.present || !seat.connected;
        const Rect name_box{text.x, text.y, text.w * 62 / 100, text.h / 2};
        c.text(seat.name, name_box,
               {Face::bold, m.small_font(), away ? p.text_muted : p.text, Align::left,
                VAlign::middle, m.min_font(), true});
        c.text(std::to_string(score), {name_box.right(), text.y, text.w - name_box.w, text.h / 2},
               {Face::bold, m.small_font(), p.gold, Align::right, VAlign::middle, m.min_font()});
        std::string status = state.status;
        if (away && status.empty())
            status = seat.present ? "Disconnected" : "Left";
        const Rect status_box{text.x, text.y + text.h / 2, text.w, text.h - text.h / 2};
        int mark_w = 0;
        if (state.mark != ChipState::Mark::none) {
            mark_w = std::min(status_box.h, m.px(26));
            const Rect mark{status_box.x, status_box.y + (status_box.h - mark_w) / 2, mark_w,
                            mark_w};
            const int t = std::max(2, m.px(4));
            switch (state.mark) {
                case ChipState::Mark::check:
                    draw_check(c, mark, t, p.text);
                    break;
                case ChipState::Mark::cross:
                    draw_cross(c, mark, t, p.text);
                    break;
                case ChipState::Mark::lock: {
                    // A padlock: a shackle over a body.
                    const Rect body{mark.x + mark.w / 6, mark.y + mark.h * 45 / 100, mark.w * 2 / 3,
                                    mark.h * 55 / 100};
                    c.fill_circle({mark.x + mark.w / 2, body.y}, mark.w / 3, p.text);
                    c.fill_circle({mark.x + mark.w / 2, body.y}, mark.w / 3 - t / 2 - 1, p.panel);
                    c.fill_rounded(body, std::max(1, t / 2), p.text);
                    break;
                }
                case ChipState::Mark::buzz:
                    c.fill_circle({mark.x + mark.w / 2, mark.y + mark.h / 2}, mark.w / 2, p.gold);
                    break;
                case ChipState::Mark::away:
                    c.thick_line({mark.x, mark.y + mark.h / 2}, {mark.right(), mark.y + mark.h / 2},
                                 t, p.text_muted);
                    break;
                case ChipState::Mark::none:
                    break;
            }
            mark_w += m.px(6);
        }
        if (!status.empty()) {
            c.text(status,
                   {status_box.x + mark_w, status_box.y, status_box.w - mark_w, status_box.h},
                   {Face::text, m.small_font(), away ? p.text_muted : p.text, Align::left,
                    VAlign::middle, m.min_font()});
        }
    }
}

}  // namespace filmquiz::screens
