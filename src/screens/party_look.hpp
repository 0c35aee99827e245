// How players, teams and answer options look at a watch party: each has a colour *and* a
// shape (never colour alone), and the scoreboard strip every party screen shows.
#pragma once

#include <string>
#include <vector>

#include "app/canvas.hpp"
#include "app/theme.hpp"
#include "play/match.hpp"

namespace filmquiz::screens {

enum class Shape { circle, square, triangle, diamond, star, hexagon, plus, ring };

struct Look {
    app::Rgb colour;
    Shape shape;
    const char* name;  // "Coral circle": said where colour cannot be seen
};

// Seat i's look (0-7).
const Look& player_look(int seat);
// Option i's look (0-3): 1 a coral triangle, 2 a sky diamond, 3 a gold circle, 4 a mint
// square, as on the phones later.
const Look& option_look(int option);
// Team i's look and name (0-3): "Team Rose", ...
const Look& team_look(int team);
std::string team_name(int team);
// A name for a sentence on a banner: at most `max_chars` characters, then "…".
std::string short_name(const std::string& name, std::size_t max_chars = 14);

void draw_shape(app::Canvas& canvas, Shape shape, app::Rect box, app::Rgb colour);
// A player's badge: their shape in their colour on a dark disc.
void draw_badge(app::Canvas& canvas, app::Rect box, int seat);

// What a chip on the strip says under the name, and how it is marked.
struct ChipState {
    std::string status;  // "Locked in", "Answering", "+250", ...
    enum class Mark { none, lock, check, cross, buzz, away } mark = Mark::none;
};

// The scoreboard strip: one chip per seat (badge, name, score, state), two rows when eight
// players do not fit in one. `states` has one entry per seat (or is empty).
void draw_score_strip(app::Canvas& canvas, const app::Metrics& m, app::Rect area,
                      const play::Match& match, const std::vector<ChipState>& states);
// The strip's height for `seats` players across a window of this size.
int score_strip_height(const app::Metrics& m, int seats);

}  // namespace filmquiz::screens
