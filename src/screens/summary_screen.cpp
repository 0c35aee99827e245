#include "screens/summary_screen.hpp"

#include <algorithm>
#include <map>

#include "core/player.hpp"
#include "screens/high_scores_screen.hpp"
#include "screens/name_entry_screen.hpp"
#include "screens/round_flow.hpp"
#include "screens/setup_screen.hpp"
#include "screens/title_screen.hpp"

namespace filmquiz::screens {

using app::Action;
using app::Align;
using app::Face;
using app::palette;
using app::Rect;
using app::VAlign;

SummaryScreen::SummaryScreen(std::shared_ptr<LiveMatch> live) : live_(std::move(live)) {}

const core::Participant* SummaryScreen::me() const {
    const auto seat = live_->local_seat();
    const auto& people = live_->match().session().participants();
    if (!seat || static_cast<std::size_t>(*seat) >= people.size())
        return nullptr;
    return &people[static_cast<std::size_t>(*seat)];
}

void SummaryScreen::enter(app::Services& services) {
    if (entered_)
        return;
    entered_ = true;
    const auto seat = live_->local_seat();
    made_table_ = seat && live_->made_table(*seat);
    const core::RoundSession& session = live_->match().session();

    std::map<core::Family, FamilyScore> by_family;
    for (const core::Outcome& o : session.outcomes()) {
        const core::Question& q =
            session.round().questions[static_cast<std::size_t>(o.question_index)];
        FamilyScore& f = by_family[q.family];
        f.family = q.family;
        ++f.asked;
        if (o.correct)
            ++f.correct;
    }
    for (const auto& [family, score] : by_family)
        families_.push_back(score);
    if (const core::Participant* player = me()) {
        for (const auto& row : services.history(player->name, 20))
            history_.push_back(row.score);
    }
    focus_ = next;
}

std::vector<Rect> SummaryScreen::buttons(const app::Metrics& m) const {
    const int h = std::max(m.px(60), m.body_font() * 2);
    const int y = m.height - h - m.px(70);
    const int g = m.gap();
    const int w = (m.width - 2 * m.margin() - 2 * g) / 3;
    std::vector<Rect> out;
    for (int i = 0; i < 3; ++i)
        out.push_back({m.margin() + i * (w + g), y, w, h});
    return out;
}

void SummaryScreen::choose(int button, app::Services& services) {
    services.play(app::Cue::select);
    switch (button) {
        case next:
            if (made_table_ && live_->saved_game() && me()) {
                services.replace(
                    std::make_unique<NameEntryScreen>(*live_->saved_game(), me()->name));
            } else {
                services.replace(std::make_unique<HighScoresScreen>(live_->saved_game()));
            }
            break;
        case again: {
            // A set gone since the round began: the round setup says why.
            std::string error;
            auto round =
                start_round(services, RoundChoices{live_->settings().spoiler_limit}, error);
            if (round)
                services.replace(std::move(round));
            else
                services.replace(std::make_unique<SetupScreen>());
            break;
        }
        default:
            services.reset_to(std::make_unique<TitleScreen>());
            break;
    }
}

bool SummaryScreen::handle(const app::Input& in, app::Services& services) {
    const auto rects = buttons(services.metrics());
    switch (in.action) {
        case Action::left:
        case Action::up:
            focus_ = (focus_ + 2) % 3;
            services.play(app::Cue::move);
            return true;
        case Action::right:
        case Action::down:
            focus_ = (focus_ + 1) % 3;
            services.play(app::Cue::move);
            return true;
        case Action::confirm:
            choose(focus_, services);
            return true;
        case Action::back:
            choose(title, services);
            return true;
        case Action::pointer_move:
        case Action::pointer_down:
            for (int i = 0; i < 3; ++i) {
                if (!rects[static_cast<std::size_t>(i)].contains(in.x, in.y))
                    continue;
                if (in.action == Action::pointer_down) {
                    choose(i, services);
                    return true;
                }
                const bool moved = focus_ != i;
                focus_ = i;
                return moved;
            }
            return false;
        default:
            return false;
    }
}

void SummaryScreen::draw(app::Canvas& c, const app::Metrics& m) const {
    const auto& p = palette();
    draw_background(c, m);
    const core::Participant none;
    const core::Participant& me = this->me() ? *this->me() : none;
    const play::Match& match = live_->match();
    const Rect body = draw_heading(c, m, made_table_ ? "A new high score!" : "Round complete");
    const auto rects = buttons(m);
    const int bottom = rects.front().y - m.gap();
    const int col_w = (body.w - m.gap()) / 2;

    // Left: the numbers.
    const Rect left{body.x, body.y, col_w, bottom - body.y};
    c.fill_rounded(left, m.radius(), p.panel);
    const Rect li = left.inset(m.px(24), m.px(16));
    c.text(std::to_string(me.score), {li.x, li.y, li.w, li.h * 36 / 100},
           {Face::display, m.font(96), p.gold, Align::center, VAlign::middle, m.min_font()});
    const int secs = match.duration_ms() / 1000;
    char time[16];
    std::snprintf(time, sizeof time, "%d:%02d", secs / 60, secs % 60);
    const std::string lines = std::to_string(me.correct) + " of " + std::to_string(match.asked()) +
                              " right\nBest streak " + std::to_string(me.best_streak) + "\nTime " +
                              time;
    c.text(lines, {li.x, li.y + li.h * 36 / 100, li.w, li.h * 64 / 100},
           {Face::text, m.body_font(), p.text, Align::center, VAlign::middle, m.min_font()});

    // Right: accuracy per family, then the progress chart.
    const Rect right{body.x + col_w + m.gap(), body.y, col_w, bottom - body.y};
    c.fill_rounded(right, m.radius(), p.panel);
    const Rect ri = right.inset(m.px(24), m.px(14));
    const int bars_h = ri.h * 52 / 100;
    const int n = std::max<int>(1, static_cast<int>(families_.size()));
    const int row = bars_h / n;
    for (int i = 0; i < static_cast<int>(families_.size()); ++i) {
        const FamilyScore& f = families_[static_cast<std::size_t>(i)];
        const int y = ri.y + i * row;
        const Rect label{ri.x, y, ri.w * 40 / 100, row};
        c.text(std::string(core::display_name(f.family)), label,
               {Face::text, m.small_font(), p.text, Align::left, VAlign::middle, m.min_font()});
        const Rect track{ri.x + ri.w * 42 / 100, y + row / 4, ri.w * 40 / 100,
                         std::max(4, row / 2)};
        c.fill_rounded(track, track.h / 2, p.tile);
        if (f.correct > 0) {
            c.fill_rounded({track.x, track.y, track.w * f.correct / f.asked, track.h}, track.h / 2,
                           p.gold);
        }
        c.text(std::to_string(f.correct) + "/" + std::to_string(f.asked),
               {track.right() + m.px(8), y, ri.right() - track.right() - m.px(8), row},
               {Face::bold, m.small_font(), p.text, Align::right, VAlign::middle, m.min_font()});
    }
    const Rect chart{ri.x, ri.y + bars_h + m.gap(), ri.w, ri.h - bars_h - m.gap()};
    const int caption_h = std::min(chart.h / 3, m.px(34));
    c.text("Your last " + std::to_string(history_.size()) +
               (history_.size() == 1 ? " score" : " scores"),
           {chart.x, chart.y, chart.w, caption_h},
           {Face::text, m.small_font(), p.text_muted, Align::left, VAlign::top, m.min_font()});
    const Rect plot{chart.x + m.px(6), chart.y + caption_h + m.px(6), chart.w - m.px(12),
                    chart.h - caption_h - m.px(12)};
    c.fill_rect({plot.x, plot.bottom(), plot.w, std::max(1, m.px(2))}, p.tile);
    if (!history_.empty() && plot.h > 4) {
        const int top = std::max(1, *std::max_element(history_.begin(), history_.end()));
        std::vector<app::Point> points;
        const int count = static_cast<int>(history_.size());
        for (int i = 0; i < count; ++i) {
            const int x = count == 1 ? plot.x + plot.w / 2 : plot.x + plot.w * i / (count - 1);
            const int y = plot.bottom() - plot.h * history_[static_cast<std::size_t>(i)] / top;
            points.push_back({x, y});
        }
        draw_polyline(c, points, m.px(3), p.accent);
        c.fill_circle(points.back(), m.px(7), p.gold);  // this round
    }

    if (!live_->save_error().empty()) {
        c.text(
            "Scores can't be saved: " + live_->save_error() + ". This round is not kept.",
            {m.margin(), bottom - m.px(4), m.width - 2 * m.margin(), m.px(1)},
            {Face::text, m.small_font(), p.timer_low, Align::center, VAlign::bottom, m.min_font()});
    }
    const char* labels[3] = {made_table_ ? "Enter your name" : "High scores", "Play again",
                             "Title"};
    for (int i = 0; i < 3; ++i) {
        const Rect r = rects[static_cast<std::size_t>(i)];
        c.fill_rounded(r, m.radius(), i == focus_ ? p.tile_focus : p.tile);
        if (i == focus_)
            c.outline_rounded(r, m.radius(), m.px(4), p.tile_border);
        c.text(labels[i], r.inset(m.px(10), m.px(4)),
               {Face::bold, m.body_font(), p.text, Align::center, VAlign::middle, m.min_font()});
    }
    draw_hint(c, m, "Left/Right choose \u00B7 Enter");
}

}  // namespace filmquiz::screens
