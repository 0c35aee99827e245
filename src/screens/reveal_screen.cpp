#include "screens/reveal_screen.hpp"

#include <algorithm>

#include "core/answer_match.hpp"
#include "core/text.hpp"
#include "screens/ordering_glide.hpp"
#include "screens/question_screen.hpp"

namespace filmquiz::screens {

using app::Action;
using app::Align;
using app::Face;
using app::palette;
using app::Rect;
using app::VAlign;
using core::QuestionType;

TypedReveal typed_reveal(const core::Question& q, const std::string& typed, bool right) {
    TypedReveal r;
    const std::string shown = core::trim(typed);
    r.yours = shown.empty() ? "You typed nothing" : "You typed: " + shown;
    const auto match = core::match_answer(typed, q.accept);
    if (right && match) {
        // An exact answer is said once; a near miss says what it counted as.
        if (!match->exact)
            r.yours += " \u2014 accepted as " + q.accept[match->index];
        return r;
    }
    r.answer = "Answer: " + q.accept.front();
    if (q.accept.size() > 1) {
        r.answer +=
            " (also accepted: " +
            core::join(std::vector<std::string>(q.accept.begin() + 1, q.accept.end()), ", ") + ")";
    }
    return r;
}

namespace {

// A tile of the reveal: a check or a cross, a word, and the option.
struct MarkedTile {
    Rect box;
    std::string text;
    bool right = false;
    bool wrong = false;
    bool lifted = false;  // on its way to another slot: it casts a shadow
};
using MarkedTiles = std::vector<MarkedTile>;

Rect marked_text_box(const app::Metrics& m, Rect r) {
    const int mark_size = std::min(m.px(46), r.h - m.px(16));
    const int mark_right = r.x + m.px(14) + mark_size;
    return Rect{mark_right + m.px(14), r.y + m.px(8), r.right() - mark_right - m.px(28),
                r.h - m.px(16)};
}

app::TextStyle marked_style(const app::Metrics& m) {
    return {Face::bold, m.tile_font(), palette().text, Align::left, VAlign::middle, m.min_font()};
}

// The texts of one question's tiles share the largest size at which all of them fit.
int shared_size(app::Canvas& c, const app::Metrics& m, const MarkedTiles& tiles) {
    std::vector<std::pair<std::string, Rect>> texts;
    for (const MarkedTile& t : tiles)
        texts.emplace_back(t.text, marked_text_box(m, t.box));
    return app::shared_text_size(c, texts, marked_style(m));
}

void draw_marked_tiles(app::Canvas& c, const app::Metrics& m, const MarkedTiles& tiles, int font) {
    const auto& p = palette();
    app::TextStyle style = marked_style(m);
    style.size = font;
    for (const MarkedTile& t : tiles) {
        const Rect r = t.box;
        if (t.lifted)
            c.fill_rounded({r.x, r.y + m.px(6), r.w, r.h}, m.radius(), p.shade, 140);
        c.fill_rounded(r, m.radius(), t.right ? p.correct : t.wrong ? p.wrong : p.tile);
        const int mark_size = std::min(m.px(46), r.h - m.px(16));
        const Rect mk{r.x + m.px(14), r.y + (r.h - mark_size) / 2, mark_size, mark_size};
        if (t.right) {
            draw_check(c, mk, m.px(6), p.text);
        } else if (t.wrong) {
            draw_cross(c, mk, m.px(6), p.text);
        }
        c.text(t.text, marked_text_box(m, r), style);
    }
}

}  // namespace

RevealScreen::RevealScreen(std::shared_ptr<LiveMatch> live, std::vector<int> order)
    : live_(std::move(live)), order_(std::move(order)) {}

void RevealScreen::enter(app::Services& services) {
    const core::Question& q = live_->match().question();
    source_ = "Source: " + core::source_line(services.pack(), q.sources);
    if (!q.verified)
        source_ += " (unverified)";
    if (services.settings().auto_advance)
        advance_at_ = services.now_ms() + kAutoAdvanceMs;
    opened_at_ = services.now_ms();
    reduced_motion_ = services.settings().reduced_motion;
    glide_end_ = glide_end_ms(q, order_, reduced_motion_);
    gliding_ = glide_end_ > 0;
}

void RevealScreen::go_on(app::Services& services) {
    if (gone_)
        return;
    services.play(app::Cue::select);
    if (live_->apply({play::What::next, play::kHost, services.now_ms(), {}, {}, {}, -1},
                     services)) {
        gone_ = true;
        services.replace(view_for(live_));
    }
}

bool RevealScreen::handle(const app::Input& in, app::Services& services) {
    switch (in.action) {
        case Action::confirm:
        case Action::pointer_down:
            go_on(services);
            return true;
        case Action::choice:
            // A gamepad's A (and B, X, Y) also goes on.
            if (in.device == app::Device::gamepad) {
                go_on(services);
                return true;
            }
            return false;
        default:
            return false;
    }
}

void RevealScreen::update(std::uint32_t now, app::Services& services) {
    if (gliding_ && now - opened_at_ >= glide_end_) {
        // The tiles are in story order: from now on they are part of the still picture.
        gliding_ = false;
        services.invalidate();
    }
    if (advance_at_ && now >= *advance_at_)
        go_on(services);
}

void RevealScreen::draw_ordering(app::Canvas& c, const app::Metrics& m,
                                 std::uint32_t elapsed) const {
    // The events move from where the player put them into story order, numbered; a check
    // where the player put the event in its place, a cross where not. The text size is the
    // one at which they all fit in their final slots, so it stays the same as they move.
    const core::Question& q = live_->match().session().current();
    const QuestionLayout l = question_layout(m, q, true);
    const std::vector<Rect> at = ordering_tiles(l.tiles, q, order_, elapsed, reduced_motion_);
    const std::vector<Rect> start = ordering_tiles(l.tiles, q, order_, 0, reduced_motion_);
    auto same = [](Rect a, Rect b) { return a.x == b.x && a.y == b.y && a.w == b.w && a.h == b.h; };
    MarkedTiles still;
    MarkedTiles moving;
    for (std::size_t k = 0; k < at.size(); ++k) {
        const int idx = q.order[k];
        const bool placed_right = k < order_.size() && order_[k] == idx;
        const std::string text =
            std::to_string(k + 1) + ". " + q.choices[static_cast<std::size_t>(idx)];
        still.push_back({l.tiles[k], text, placed_right, !placed_right});
        moving.push_back({at[k], text, placed_right, !placed_right,
                          !same(at[k], start[k]) && !same(at[k], l.tiles[k])});
    }
    // Tiles on their way pass over the others.
    std::stable_partition(moving.begin(), moving.end(),
                          [](const MarkedTile& t) { return !t.lifted; });
    draw_marked_tiles(c, m, moving, shared_size(c, m, still));
}

void RevealScreen::draw_live(app::Canvas& c, const app::Metrics& m, std::uint32_t now) const {
    if (gliding_)
        draw_ordering(c, m, now >= opened_at_ ? now - opened_at_ : 0);
}

void RevealScreen::draw(app::Canvas& c, const app::Metrics& m) const {
    const auto& p = palette();
    const core::RoundSession& session = live_->match().session();
    const core::Question& q = session.current();
    const auto seat = live_->local_seat();
    const core::Outcome* outcome = seat ? live_->match().outcome(*seat) : nullptr;
    const QuestionLayout l = question_layout(m, q, true);
    draw_background(c, m);
    draw_question_header(c, m, l, *live_);

    // The verdict in the timer's place: a shape, a word and the points.
    const bool right = outcome != nullptr && outcome->correct;
    const bool late = outcome != nullptr && outcome->given.timed_out;
    const Rect banner = l.banner;
    const Rect prompt = l.prompt;
    c.fill_rounded(banner, m.radius(), right ? p.correct : p.wrong);
    const Rect mark{banner.x + m.px(14), banner.y + m.px(8), banner.h - m.px(16),
                    banner.h - m.px(16)};
    if (right) {
        draw_check(c, mark, m.px(8), p.text);
    } else {
        draw_cross(c, mark, m.px(8), p.text);
    }
    std::string verdict = right ? "Correct" : late ? "Time's up" : "Wrong";
    std::string points;
    if (outcome != nullptr && right) {
        points = "+" + std::to_string(outcome->points.total()) + ": " +
                 std::to_string(outcome->points.base) + " base";
        if (outcome->points.speed > 0)
            points += " + " + std::to_string(outcome->points.speed) + " speed";
        if (outcome->points.streak > 0)
            points += " + " + std::to_string(outcome->points.streak) + " streak";
    } else {
        points = "No points this time";
    }
    const Rect verdict_box{mark.right() + m.px(14), banner.y, banner.w / 3, banner.h};
    c.text(verdict, verdict_box,
           {Face::display, m.font(34), p.text, Align::left, VAlign::middle, m.min_font()});
    c.text(
        points,
        {verdict_box.right(), banner.y, banner.right() - verdict_box.right() - m.px(20), banner.h},
        {Face::bold, m.small_font(), p.text, Align::right, VAlign::middle, m.min_font()});

    if (prompt.h > 0) {
        c.text(q.prompt, prompt.inset(m.px(12), m.px(4)),
               {Face::bold, m.font(28), p.text_muted, Align::center, VAlign::middle, m.min_font()});
    }

    if (q.type == QuestionType::type_in) {
        const Rect box = l.tiles_area;
        const TypedReveal said = typed_reveal(q, outcome ? outcome->given.text : "", right);
        // Alone (the answer already said), the line sits in the middle of the room.
        const int yours_h = (box.h - m.gap()) / 2;
        const Rect yours{box.x, said.answer.empty() ? box.y + (box.h - yours_h) / 2 : box.y, box.w,
                         yours_h};
        const Rect answer{box.x, yours.bottom() + m.gap(), box.w, box.h - yours.h - m.gap()};
        MarkedTiles tiles{{yours, said.yours, right, !right}};
        if (!said.answer.empty())
            tiles.push_back({answer, said.answer, false, false});
        draw_marked_tiles(c, m, tiles, shared_size(c, m, tiles));
    } else if (q.type == QuestionType::ordering) {
        // Still tiles belong to the cached layer; gliding ones are drawn every frame.
        if (!gliding_)
            draw_ordering(c, m, glide_end_);
    } else {
        const std::vector<int> shown = revealed_options(q, outcome);
        std::vector<Rect> rects = l.tiles;
        if (shown.size() == 1 && !rects.empty()) {
            // Right first time: one tile, in the middle.
            rects[0].x = l.tiles_area.x + (l.tiles_area.w - rects[0].w) / 2;
        }
        MarkedTiles tiles;
        for (std::size_t k = 0; k < shown.size() && k < rects.size(); ++k) {
            const int idx = shown[k];
            const bool is_answer = idx == q.answer;
            const bool picked = outcome != nullptr && outcome->given.choice == idx;
            std::string label = q.choices[static_cast<std::size_t>(idx)];
            if (is_answer)
                label = "Correct: " + label;
            if (picked && !is_answer)
                label = "Wrong: " + label;
            tiles.push_back({rects[k], label, is_answer, picked && !is_answer});
        }
        draw_marked_tiles(c, m, tiles, shared_size(c, m, tiles));
    }

    // Why, and where it comes from.
    c.fill_rounded(l.explanation, m.radius(), p.panel);
    const Rect inner = l.explanation.inset(m.px(22), m.px(12));
    const int source_h = std::max(m.small_font() * 3 / 2, inner.h / 4);
    // The tiles of an ordering question already number the events in story order.
    const std::string why = q.type == QuestionType::ordering
                                ? "The events in story order; a check marks each one you put "
                                  "in its place."
                                : q.explanation;
    c.text(why, {inner.x, inner.y, inner.w, inner.h - source_h},
           {Face::text, m.small_font(), p.text, Align::left, VAlign::top, m.min_font()});
    c.text(source_, {inner.x, inner.bottom() - source_h, inner.w, source_h},
           {Face::text, m.small_font(), p.accent, Align::left, VAlign::bottom, m.min_font()});
    draw_hint(c, m,
              session.index() + 1 < session.count() ? "Enter, A or click: next question"
                                                    : "Enter, A or click: see how you did");
}

}  // namespace filmquiz::screens
