#include "screens/reveal_screen.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "screens/question_screen.hpp"
#include "screens/summary_screen.hpp"

namespace filmquiz::screens {

using app::Action;
using app::Align;
using app::Face;
using app::palette;
using app::Rect;
using app::VAlign;
using core::QuestionType;

RevealScreen::RevealScreen(std::shared_ptr<core::RoundSession> session,
                           core::RoundSettings settings, std::vector<int> order)
    : session_(std::move(session)), settings_(std::move(settings)), order_(std::move(order)) {}

void RevealScreen::enter(app::Services& services) {
    const core::Question& q = session_->current();
    source_ = "Source: " + core::source_line(services.pack(), q.sources);
    if (!q.verified)
        source_ += " (unverified)";
    if (services.settings().auto_advance)
        advance_at_ = services.now_ms() + kAutoAdvanceMs;
}

void RevealScreen::go_on(app::Services& services) {
    if (gone_)
        return;
    gone_ = true;
    services.play(app::Cue::select);
    if (session_->advance()) {
        services.replace(std::make_unique<QuestionScreen>(session_, settings_));
    } else {
        services.replace(std::make_unique<SummaryScreen>(session_, settings_));
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
    if (advance_at_ && now >= *advance_at_)
        go_on(services);
}

void RevealScreen::draw(app::Canvas& c, const app::Metrics& m) const {
    const auto& p = palette();
    const core::Question& q = session_->current();
    const core::Outcome* outcome = session_->outcome(0);
    const QuestionLayout l = question_layout(m, q, true);
    draw_background(c, m);
    draw_question_header(c, m, l, *session_);

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

    c.text(q.prompt, prompt.inset(m.px(12), m.px(4)),
           {Face::bold, m.font(28), p.text_muted, Align::center, VAlign::middle, m.min_font()});

    // The options, marked.
    if (q.type == QuestionType::type_in) {
        const Rect box = l.tiles_area;
        const Rect yours{box.x, box.y, box.w, box.h * 45 / 100};
        const Rect answer{box.x, yours.bottom() + m.gap(), box.w, box.h - yours.h - m.gap()};
        const std::string given = outcome ? outcome->given.text : "";
        c.fill_rounded(yours, m.radius(), right ? p.correct : p.wrong);
        const Rect ymark{yours.x + m.px(14), yours.y + (yours.h - m.px(44)) / 2, m.px(44),
                         m.px(44)};
        right ? draw_check(c, ymark, m.px(6), p.text) : draw_cross(c, ymark, m.px(6), p.text);
        c.text(
            (right ? "Correct: " : "Wrong: ") + (given.empty() ? std::string("(nothing)") : given),
            {ymark.right() + m.px(14), yours.y, yours.right() - ymark.right() - m.px(28), yours.h},
            {Face::bold, m.tile_font(), p.text, Align::left, VAlign::middle, m.min_font()});
        std::string accepted = "Answer: " + q.accept.front();
        if (q.accept.size() > 1) {
            accepted +=
                " (also accepted: " +
                core::join(std::vector<std::string>(q.accept.begin() + 1, q.accept.end()), ", ") +
                ")";
        }
        c.fill_rounded(answer, m.radius(), p.tile);
        c.text(accepted, answer.inset(m.px(20), m.px(8)),
               {Face::text, m.tile_font(), p.text, Align::left, VAlign::middle, m.min_font()});
    } else {
        for (std::size_t i = 0; i < l.tiles.size(); ++i) {
            const Rect r = l.tiles[i];
            const int idx = static_cast<int>(i);
            bool is_answer = false;
            bool is_wrong_pick = false;
            std::string badge = std::to_string(i + 1);
            if (q.type == QuestionType::ordering) {
                // Each event shows its true place; a check when the player put it there.
                const int truth = static_cast<int>(std::find(q.order.begin(), q.order.end(), idx) -
                                                   q.order.begin());
                const auto mine = std::find(order_.begin(), order_.end(), idx);
                const bool placed_right = mine != order_.end() && mine - order_.begin() == truth;
                is_answer = placed_right;
                is_wrong_pick = !placed_right;
                badge = std::to_string(truth + 1) + ".";
            } else {
                is_answer = idx == q.answer;
                is_wrong_pick = outcome != nullptr && outcome->given.choice == idx && !is_answer;
            }
            const app::Rgb fill = is_answer                                           ? p.correct
                                  : is_wrong_pick && q.type != QuestionType::ordering ? p.wrong
                                                                                      : p.tile;
            c.fill_rounded(r, m.radius(),
                           q.type == QuestionType::ordering && !is_answer ? p.wrong : fill);
            const int mark_size = std::min(m.px(46), r.h - m.px(16));
            const Rect mk{r.x + m.px(12), r.y + (r.h - mark_size) / 2, mark_size, mark_size};
            if (is_answer) {
                draw_check(c, mk, m.px(6), p.text);
            } else if (is_wrong_pick) {
                draw_cross(c, mk, m.px(6), p.text);
            } else {
                c.text(badge, mk,
                       {Face::bold, m.small_font(), p.text_muted, Align::center, VAlign::middle,
                        m.min_font()});
            }
            std::string label;
            if (q.type == QuestionType::ordering) {
                label = badge + " " + q.choices[i];
            } else {
                label = q.choices[i];
                if (is_answer)
                    label = "Correct: " + label;
                if (is_wrong_pick)
                    label = "Wrong: " + label;
            }
            c.text(label,
                   {mk.right() + m.px(12), r.y + m.px(8), r.right() - mk.right() - m.px(24),
                    r.h - m.px(16)},
                   {is_answer || is_wrong_pick ? Face::bold : Face::text, m.tile_font(),
                    is_answer || is_wrong_pick ? p.text : p.text_muted, Align::left, VAlign::middle,
                    m.min_font()});
        }
    }

    // Why, and where it comes from.
    c.fill_rounded(l.explanation, m.radius(), p.panel);
    const Rect inner = l.explanation.inset(m.px(22), m.px(12));
    const int source_h = std::max(m.small_font() * 3 / 2, inner.h / 4);
    c.text(q.explanation, {inner.x, inner.y, inner.w, inner.h - source_h},
           {Face::text, m.small_font(), p.text, Align::left, VAlign::top, m.min_font()});
    c.text(source_, {inner.x, inner.bottom() - source_h, inner.w, source_h},
           {Face::text, m.small_font(), p.accent, Align::left, VAlign::bottom, m.min_font()});
    draw_hint(c, m,
              session_->index() + 1 < session_->count() ? "Enter, A or click: next question"
                                                        : "Enter, A or click: see how you did");
}

}  // namespace filmquiz::screens
