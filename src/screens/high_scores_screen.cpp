#include "screens/high_scores_screen.hpp"

#include "screens/title_screen.hpp"

namespace filmquiz::screens {

using app::Action;
using app::Align;
using app::Face;
using app::palette;
using app::VAlign;

void HighScoresScreen::enter(app::Services& services) {
    load(services);
}

void HighScoresScreen::load(app::Services& services) {
    rows_ = services.top_scores(kTableSize, mode_);
    static const char* kNames[] = {"Solo", "Party", "Host"};
    title_ = std::string(kNames[static_cast<int>(mode_)]) + " high scores \u00B7 " +
             services.pack().title;
}

bool HighScoresScreen::handle(const app::Input& in, app::Services& services) {
    if (in.action == Action::left || in.action == Action::right) {
        const int step = in.action == Action::right ? 1 : 2;
        mode_ = static_cast<store::GameMode>((static_cast<int>(mode_) + step) % 3);
        services.play(app::Cue::move);
        load(services);
        return true;
    }
    if (in.action == Action::back || in.action == Action::confirm ||
        in.action == Action::pointer_down) {
        services.play(app::Cue::select);
        // After a round this is the end of the road: back to the title.
        if (highlight_) {
            services.reset_to(std::make_unique<TitleScreen>());
        } else {
            services.pop();
        }
        return true;
    }
    return false;
}

void HighScoresScreen::draw(app::Canvas& c, const app::Metrics& m) const {
    const auto& p = palette();
    draw_background(c, m);
    const app::Rect body = draw_heading(c, m, title_);
    if (rows_.empty()) {
        c.text(
            "No scores yet. Play a round and yours will be the first.", body,
            {Face::text, m.body_font(), p.text_muted, Align::center, VAlign::middle, m.min_font()});
        draw_hint(c, m, "Left/Right: solo, party, host \u00B7 Enter or Esc to go back");
        return;
    }
    const int rows = kTableSize + 1;
    const int row_h = std::min(body.h / rows, m.px(52));
    // The whole width: a name may be 24 wide letters at 150 % text.
    const int w = body.w;
    const int x = body.x + (body.w - w) / 2;
    // Columns: rank, name, score, right, date.
    const int cols[5] = {x, x + w * 7 / 100, x + w * 58 / 100, x + w * 71 / 100, x + w * 82 / 100};
    const int widths[5] = {w * 6 / 100, w * 50 / 100, w * 12 / 100, w * 10 / 100, w * 18 / 100};
    const char* heads[5] = {"#", "Player", "Score", "Right", "Date"};
    const int font = std::min(m.body_font(), std::max(m.min_font(), row_h * 55 / 100));
    for (int i = 0; i < 5; ++i) {
        c.text(heads[i], {cols[i], body.y, widths[i], row_h},
               {Face::bold, m.small_font(), p.accent, i >= 2 ? Align::right : Align::left,
                VAlign::middle, m.min_font()});
    }
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        const store::ScoreRow& row = rows_[r];
        const int y = body.y + static_cast<int>(r + 1) * row_h;
        const bool mine = highlight_ && *highlight_ == row.game_id;
        if (mine) {
            // The row just played: a highlight and a marker, not colour alone.
            c.fill_rounded({x - m.px(12), y, w + m.px(24), row_h}, m.px(10), p.tile_focus);
            c.fill_rounded({x - m.px(26), y + row_h / 4, m.px(8), row_h / 2}, m.px(4), p.gold);
        } else if (r % 2 == 0) {
            c.fill_rounded({x - m.px(12), y, w + m.px(24), row_h}, m.px(10), p.panel);
        }
        const std::string cells[5] = {
            std::to_string(r + 1), row.player, std::to_string(row.score),
            std::to_string(row.correct) + "/" + std::to_string(row.answered),
            row.played_at.substr(0, 10)};
        for (int i = 0; i < 5; ++i) {
            c.text(cells[i], {cols[i], y, widths[i], row_h},
                   {i == 1 || i == 2 ? Face::bold : Face::text, font, mine ? p.gold : p.text,
                    i >= 2 ? Align::right : Align::left, VAlign::middle, m.min_font()});
        }
    }
    draw_hint(c, m, "Left/Right: solo, party, host \u00B7 Enter or Esc to go back");
}

}  // namespace filmquiz::screens
