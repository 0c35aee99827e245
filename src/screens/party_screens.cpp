#include "screens/party_screens.hpp"

#include <algorithm>
#include <cmath>

#include "core/text.hpp"
#include "screens/high_scores_screen.hpp"
#include "screens/ordering_glide.hpp"
#include "screens/party_lobby_screen.hpp"
#include "screens/question_screen.hpp"
#include "screens/title_screen.hpp"

namespace filmquiz::screens {

using app::Action;
using app::Align;
using app::Face;
using app::palette;
using app::Rect;
using app::VAlign;
using core::QuestionType;

namespace {

std::string mode_label(play::Mode mode) {
    switch (mode) {
        case play::Mode::buzz:
            return "Buzz in";
        case play::Mode::host:
            return "Hosted quiz";
        default:
            return "Everyone answers";
    }
}

// Host mode: how many seats answer on a device, and how many of them have answered.
std::pair<int, int> device_answers(const play::Match& match) {
    int devices = 0;
    int answered = 0;
    for (const play::Seat& s : match.seats().all()) {
        if (!s.present || !match.answers_on_device(s.id))
            continue;
        ++devices;
        if (match.locked_in(s.id))
            ++answered;
    }
    return {devices, answered};
}

// The header of a party question or reveal: family, question k of N, the answer mode.
void draw_party_header(app::Canvas& c, const app::Metrics& m, Rect header,
                       const play::Match& match) {
    const auto& p = palette();
    const core::Question& q = match.question();
    const Rect icon{header.x, header.y, header.h, header.h};
    c.fill_rounded(icon, m.px(12), p.panel);
    draw_family_icon(c, icon.inset(m.px(8)), q.family, p.accent);
    const int third = header.w / 3;
    c.text(std::string(core::display_name(q.family)),
           {icon.right() + m.px(14), header.y, third - icon.w - m.px(14), header.h},
           {Face::bold, m.small_font(), p.accent, Align::left, VAlign::middle, m.min_font()});
    c.text("Question " + std::to_string(match.session().index() + 1) + " of " +
               std::to_string(match.session().count()),
           {header.x + third, header.y, third, header.h},
           {Face::bold, m.small_font(), p.text, Align::center, VAlign::middle, m.min_font()});
    c.text(mode_label(match.mode()), {header.x + 2 * third, header.y, third, header.h},
           {Face::bold, m.small_font(), p.gold, Align::right, VAlign::middle, m.min_font()});
}

// Where an option tile's text goes (after its badge, number and, when right, a check).
Rect option_text_box(const app::Metrics& m, Rect r, bool right) {
    const int badge = std::min(m.px(64), r.h - m.px(16));
    int x = r.x + m.px(12) + badge + m.px(6) + m.px(34) + m.px(10);
    if (right)
        x += std::min(m.px(40), r.h - m.px(20)) + m.px(8);
    return {x, r.y + m.px(6), r.right() - x - m.px(14), r.h - m.px(12)};
}

// An option tile: its shape and number in its colour, then the text; a right one is green
// with a check (at a party nobody's wrong pick is shown: several players answered).
void draw_option(app::Canvas& c, const app::Metrics& m, Rect r, int index, const std::string& text,
                 int font, bool right, bool dim, const std::string& prefix = "") {
    const auto& p = palette();
    c.fill_rounded(r, m.radius(), right ? p.correct : p.tile);
    const int badge = std::min(m.px(64), r.h - m.px(16));
    const Rect chip{r.x + m.px(12), r.y + (r.h - badge) / 2, badge, badge};
    c.fill_rounded(chip, m.px(10), p.shade);
    const Look& look = option_look(index);
    draw_shape(c, look.shape, chip.inset(badge / 6), look.colour);
    const Rect number{chip.right() + m.px(6), r.y, m.px(34), r.h};
    c.text(std::to_string(index + 1), number,
           {Face::display, std::min(m.tile_font(), r.h * 45 / 100), p.gold, Align::center,
            VAlign::middle, m.min_font()});
    if (right) {
        const int mark = std::min(m.px(40), r.h - m.px(20));
        draw_check(c, {number.right() + m.px(4), r.y + (r.h - mark) / 2, mark, mark}, m.px(6),
                   p.text);
    }
    c.text(
        prefix + text, option_text_box(m, r, right),
        {Face::bold, font, dim ? p.text_muted : p.text, Align::left, VAlign::middle, m.min_font()});
}

// One font size for every tile of a question: the largest at which all of them fit.
int tile_font_for(app::Canvas& c, const app::Metrics& m, const std::vector<Rect>& tiles,
                  const core::Question& q, bool right, const std::string& prefix = "") {
    std::vector<std::pair<std::string, Rect>> texts;
    for (std::size_t i = 0; i < tiles.size() && i < q.choices.size(); ++i)
        texts.emplace_back(prefix + q.choices[i], option_text_box(m, tiles[i], right));
    return app::shared_text_size(
        c, texts, {Face::bold, m.tile_font(), {}, Align::left, VAlign::middle, m.min_font()});
}

// A host's chart: how many chose each option, the right one marked with a check and the
// word "Right" (never by colour alone).
void draw_distribution(app::Canvas& c, const app::Metrics& m, Rect area, const play::Match& match) {
    const auto& p = palette();
    const core::Question& q = match.question();
    const std::vector<int> counts = match.distribution();
    c.fill_rounded(area, m.radius(), p.panel);
    const Rect in = area.inset(m.px(16), m.px(10));
    const int n = static_cast<int>(counts.size());
    const int title_h = std::max(m.px(34), m.small_font() * 14 / 10);
    c.text("How the room answered", {in.x, in.y, in.w, title_h},
           {Face::bold, m.small_font(), p.text, Align::left, VAlign::middle, m.min_font(), true});
    int most = 1;
    for (const int k : counts)
        most = std::max(most, k);
    const int gap = m.px(8);
    const int row_h = (in.h - title_h - gap * n) / std::max(1, n);
    const int badge = std::min(row_h, m.px(52));
    // Each option: its shape and number, then a line with its text and count (and, for the
    // right one, a check and "Right"), and under it a bar as long as its count.
    for (int i = 0; i < n; ++i) {
        const Rect row{in.x, in.y + title_h + gap + i * (row_h + gap), in.w, row_h};
        const bool right = i == q.answer;
        const Rect chip{row.x, row.y + (row.h - badge) / 2, badge, badge};
        c.fill_rounded(chip, m.px(8), p.shade);
        const Look& look = option_look(i);
        draw_shape(c, look.shape, chip.inset(badge / 6), look.colour);
        const Rect num{chip.right() + m.px(4), row.y, m.px(30), row.h};
        c.text(std::to_string(i + 1), num,
               {Face::display, std::min(m.small_font(), row.h * 6 / 10), p.gold, Align::center,
                VAlign::middle, m.min_font()});
        // The bar fills the row as far as its count; the option's text and its count (and,
        // for the right one, a check and "Right") lie on it.
        const int x = num.right() + m.px(8);
        const Rect track{x, row.y, row.right() - x, row.h};
        const int k = counts[static_cast<std::size_t>(i)];
        c.fill_rounded(track, m.px(8), p.background);
        const int bar_w = k == 0 ? 0 : std::max(m.px(10), track.w * k / most);
        if (bar_w > 0)
            c.fill_rounded({track.x, track.y, bar_w, track.h}, m.px(8), right ? p.correct : p.tile);
        if (right)
            c.outline_rounded(track, m.px(8), m.px(3), p.text);
        const Rect inner = track.inset(m.px(10), 0);
        const int font = std::min(m.small_font(), std::max(m.min_font(), row.h * 6 / 10));
        const std::string count = right ? std::to_string(k) + " \u00B7 Right" : std::to_string(k);
        const app::TextStyle count_style{Face::bold,   font,           p.text,
                                         Align::right, VAlign::middle, m.min_font()};
        const int count_w = std::min(
            inner.w / 2, c.measure(count, {0, 0, inner.w, inner.h}, count_style).width + m.px(4));
        const int mark = right ? std::max(1, std::min(inner.h - m.px(6), m.px(28))) : 0;
        const Rect count_box{inner.right() - count_w, inner.y, count_w, inner.h};
        if (right) {
            draw_check(c,
                       {count_box.x - mark - m.px(4), inner.y + (inner.h - mark) / 2, mark, mark},
                       m.px(5), p.text);
        }
        c.text(count, count_box, count_style);
        c.text(q.choices[static_cast<std::size_t>(i)],
               {inner.x, inner.y, inner.w - count_w - mark - m.px(12), inner.h},
               {Face::bold, font, p.text, Align::left, VAlign::middle, m.min_font(), true});
    }
}

}  // namespace

PartyLayout party_layout(const app::Metrics& m, const play::Match& match, bool reveal) {
    PartyLayout l;
    const int mx = m.margin();
    const int w = m.width - 2 * mx;
    const int g = m.gap();
    l.header = {mx, m.px(18), w, m.px(50)};
    l.timer = {mx, l.header.bottom() + m.px(10), w, m.px(12)};
    const int strip_h = score_strip_height(m, match.seats().size());
    l.strip = {mx, m.height - strip_h - m.px(14), w, strip_h};
    const int top = l.timer.bottom() + m.px(14);
    const int available = l.strip.y - g - top;
    const int banner_h = std::max(m.px(44), m.small_font() * 16 / 10);
    const core::Question& q = match.question();
    // An ordering question's prompt says only "put these in order": its reveal shows the
    // events instead.
    const bool ordering = q.type == QuestionType::ordering;
    const int prompt_h = reveal && ordering ? 0 : available * (reveal ? 22 : 26) / 100;
    l.prompt = {mx, top, w, prompt_h};
    l.banner = {mx, l.prompt.bottom() + (prompt_h > 0 ? m.px(8) : 0), w, banner_h};
    l.tiles_area = {mx, l.banner.bottom() + m.px(8), w,
                    l.strip.y - g - l.banner.bottom() - m.px(8)};
    const int n = static_cast<int>(q.choices.size());
    if (reveal) {
        // The right answer (or the story order) on one side, why on the other.
        return l;
    }
    // Long options (story events) get whole rows; short ones two columns.
    std::size_t longest = 0;
    for (const auto& c : q.choices)
        longest = std::max(longest, core::utf8_length(c));
    const bool wide = n > 2 && longest > 36;
    const int columns = wide ? 1 : 2;
    const int rows = (n + columns - 1) / columns;
    const int gap = wide ? m.px(8) : g;
    const int tw = (w - gap * (columns - 1)) / columns;
    const int th = (l.tiles_area.h - gap * (rows - 1)) / std::max(1, rows);
    for (int i = 0; i < n; ++i) {
        l.tiles.push_back(
            {mx + (i % columns) * (tw + gap), l.tiles_area.y + (i / columns) * (th + gap), tw, th});
    }
    return l;
}

// --- question ---------------------------------------------------------------------------

std::string PartyQuestionScreen::banner(std::uint32_t now) const {
    const play::Match& match = live_->match();
    const core::Question& q = match.question();
    if (match.mode() == play::Mode::host) {
        const auto [devices, answered] = device_answers(match);
        const core::Countdown& cd = match.countdown();
        if (match.closed()) {
            return cd.limited() && match.shown() && cd.remaining_ms(now) == 0
                       ? "Time is up!"
                       : "Everyone has answered";
        }
        const std::string count = devices > 0 ? " \u00B7 " + std::to_string(answered) + " of " +
                                                    std::to_string(devices) + " answered"
                                              : "";
        if (cd.limited() && !match.timer_started())
            return "Get ready: the clock starts on the host's word" + count;
        if (devices == 0)
            return "Teams: write down your answer";
        if (q.type == QuestionType::ordering)
            return "Press your keys in story order, first to last" + count;
        return "Lock in your answer with your keys" + count;
    }
    if (match.mode() != play::Mode::buzz) {
        if (q.type == QuestionType::ordering)
            return "Everyone: press your keys in story order, first to last";
        return "Everyone: lock in an answer with your keys";
    }
    const play::BuzzState& b = match.buzz();
    if (!match.shown() || (b.open_at && now < *b.open_at))
        return "Read the question \u2014 a buzz now is a false start";
    if (b.answering) {
        const std::string who = short_name(match.seats().at(*b.answering).name);
        const int left =
            static_cast<int>((b.answer_until > now ? b.answer_until - now : 0) + 999) / 1000;
        std::string text = b.tied.size() > 1 ? "Tie \u2014 coin toss: " + who + " answers first"
                                             : who + " answers";
        return text + " \u00B7 " + std::to_string(left) + " s";
    }
    if (!b.locked_out.empty())
        return "Rebound! Buzz in if you know it";
    return "Buzz in! Any of your keys, or any button";
}

std::vector<ChipState> PartyQuestionScreen::chips() const {
    const play::Match& match = live_->match();
    std::vector<ChipState> out;
    const play::BuzzState& b = match.buzz();
    for (const play::Seat& s : match.seats().all()) {
        ChipState chip;
        if (match.mode() == play::Mode::buzz) {
            if (b.answering == s.id) {
                chip = {"Answering", ChipState::Mark::buzz};
            } else if (std::find(b.locked_out.begin(), b.locked_out.end(), s.id) !=
                       b.locked_out.end()) {
                chip = {"Out", ChipState::Mark::cross};
            } else if (std::find(b.false_starts.begin(), b.false_starts.end(), s.id) !=
                       b.false_starts.end()) {
                const bool waiting =
                    b.open_at &&
                    now_ < *b.open_at + static_cast<std::uint32_t>(match.rules().false_start_ms);
                chip = {waiting ? "False start" : "Back in", ChipState::Mark::away};
            }
        } else if (!match.answers_on_device(s.id)) {
            chip = {"On paper", ChipState::Mark::none};
        } else if (match.locked_in(s.id)) {
            chip = {"Locked in", ChipState::Mark::lock};
        } else if (const auto it = orders_.find(s.id); it != orders_.end() && !it->second.empty()) {
            chip = {std::to_string(it->second.size()) + " of " +
                        std::to_string(match.question().choices.size()),
                    ChipState::Mark::none};
        }
        out.push_back(chip);
    }
    return out;
}

void PartyQuestionScreen::on_update(std::uint32_t now, app::Services& services) {
    now_ = now;
    const play::Match& match = live_->match();
    if (!started_) {
        started_ = true;
        if (!match.shown())
            send(play::What::show, play::kHost, now, services);
        return;
    }
    const core::Countdown& cd = match.countdown();
    if (cd.limited() && !match.paused() && match.shown()) {
        const int left = cd.seconds_left(now);
        if (left <= 5 && left >= 1 && left != last_tick_) {
            last_tick_ = left;
            services.play(app::Cue::tick);
        }
    }
}

void PartyQuestionScreen::press(int seat, int option, std::uint32_t at, app::Services& services) {
    const play::Match& match = live_->match();
    const core::Question& q = match.question();
    if (option < 0 || option >= static_cast<int>(q.choices.size())) {
        if (match.mode() == play::Mode::buzz && !match.buzz().answering)
            send(play::What::buzz, seat, at, services);
        return;
    }
    if (match.mode() == play::Mode::buzz && match.buzz().answering != seat) {
        // Any key of yours buzzes; the answer comes with the next press.
        send(play::What::buzz, seat, at, services);
        return;
    }
    if (match.locked_in(seat))
        return;
    core::GivenAnswer given;
    if (q.type == QuestionType::ordering) {
        std::vector<int>& order = orders_[seat];
        if (std::find(order.begin(), order.end(), option) != order.end())
            return;
        order.push_back(option);
        if (order.size() < q.choices.size()) {
            services.play(app::Cue::move);
            return;
        }
        given.order = order;
    } else {
        given.choice = option;
    }
    send(play::What::answer, seat, at, services, given);
}

bool PartyQuestionScreen::on_input(const app::Input& in, std::optional<int> seat,
                                   app::Services& services) {
    if (in.action != Action::choice || !seat)
        return false;
    if (!started_) {
        started_ = true;
        send(play::What::show, play::kHost, in.time_ms, services);
    }
    press(*seat, in.choice, in.time_ms, services);
    follow(services);
    return true;
}

bool PartyQuestionScreen::animating(std::uint32_t) const {
    const play::Match& match = live_->match();
    if (match.mode() == play::Mode::host && (!match.timer_started() || match.closed()))
        return false;  // the bar stands still until the host starts the clock
    return !gone_ && !match.paused() && match.phase() == play::Phase::question &&
           (match.countdown().limited() || match.buzz().answering.has_value());
}

int PartyQuestionScreen::min_frame_ms() const {
    // The countdown bar crosses the screen in 10 to 30 s: 30 frames a second move it a few
    // pixels at a time, at half the CPU of 60 (the room's eight presses are timed by their
    // own events, not by frames). A buzz-in answer window's seconds stay at the display's.
    return live_->match().buzz().answering ? 0 : 33;
}

std::optional<std::uint32_t> PartyQuestionScreen::wake_at() const {
    return live_->match().next_deadline();
}

void PartyQuestionScreen::draw_view(app::Canvas& c, const app::Metrics& m) const {
    const auto& p = palette();
    const play::Match& match = live_->match();
    const core::Question& q = match.question();
    const PartyLayout l = party_layout(m, match, false);
    draw_background(c, m);
    draw_party_header(c, m, l.header, match);
    c.fill_rounded(l.timer, l.timer.h / 2, p.panel);
    c.fill_rounded(l.prompt, m.radius(), p.panel);
    c.text(q.prompt, l.prompt.inset(m.px(24), m.px(12)),
           {Face::bold, m.font(34), p.text, Align::center, VAlign::middle, m.min_font()});
    const bool buzz = match.mode() == play::Mode::buzz;
    const bool answering = buzz && match.buzz().answering.has_value();
    c.fill_rounded(l.banner, m.px(12), answering ? p.tile_focus : p.panel);
    if (!answering) {
        c.text(banner(now_), l.banner.inset(m.px(16), m.px(2)),
               {Face::bold, m.small_font(), p.gold, Align::center, VAlign::middle, m.min_font()});
    }
    const int font = tile_font_for(c, m, l.tiles, q, false);
    for (std::size_t i = 0; i < l.tiles.size(); ++i)
        draw_option(c, m, l.tiles[i], static_cast<int>(i), q.choices[i], font, false, false);
    draw_score_strip(c, m, l.strip, match, chips());
}

void PartyQuestionScreen::draw_live(app::Canvas& c, const app::Metrics& m,
                                    std::uint32_t now) const {
    const auto& p = palette();
    const play::Match& match = live_->match();
    if (host_covered())
        return;  // the host's overlay covers the bar
    const PartyLayout l = party_layout(m, match, false);
    const core::Countdown& cd = match.countdown();
    if (cd.limited()) {
        const int remaining = match.shown() ? cd.remaining_ms(now) : cd.total_ms();
        const int w = static_cast<int>(static_cast<long>(l.timer.w) * remaining / cd.total_ms());
        if (w > 0) {
            c.fill_rounded({l.timer.x, l.timer.y, w, l.timer.h}, l.timer.h / 2,
                           remaining <= 5000 ? p.timer_low : p.timer);
        }
    }
    if (match.mode() == play::Mode::buzz && match.buzz().answering) {
        // The answer window's seconds change every frame: drawn live, not cached.
        c.text(banner(now), l.banner.inset(m.px(16), m.px(2)),
               {Face::bold, m.small_font(), p.text, Align::center, VAlign::middle, m.min_font()});
    }
}

// --- reveal -----------------------------------------------------------------------------

std::vector<ChipState> PartyRevealScreen::chips() const {
    const play::Match& match = live_->match();
    std::vector<ChipState> out;
    for (const play::Seat& s : match.seats().all()) {
        const core::Outcome* o = match.outcome(s.id);
        if (o == nullptr && !match.answers_on_device(s.id)) {
            // A team on paper: the host marks it with its number.
            out.push_back({"Press " + std::to_string(s.id + 1), ChipState::Mark::none});
        } else if (o == nullptr) {
            out.push_back(
                {match.mode() == play::Mode::buzz ? "No buzz" : "", ChipState::Mark::none});
        } else if (o->correct) {
            out.push_back({"Right +" + std::to_string(o->points.total()), ChipState::Mark::check});
        } else {
            out.push_back({o->given.timed_out ? "Too late" : "Wrong", ChipState::Mark::cross});
        }
    }
    return out;
}

void PartyRevealScreen::enter(app::Services& services) {
    const core::Question& q = live_->match().question();
    source_ = "Source: " + core::source_line(services.pack(), q.sources);
    if (!q.verified)
        source_ += " (unverified)";
    opened_at_ = services.now_ms();
    reduced_motion_ = services.settings().reduced_motion;
    glide_end_ = glide_end_ms(live_->match().question(), {}, reduced_motion_);
    gliding_ = glide_end_ > 0;
}

void PartyRevealScreen::on_update(std::uint32_t now, app::Services& services) {
    if (gliding_ && now - opened_at_ >= glide_end_) {
        gliding_ = false;
        services.invalidate();
    }
}

void PartyRevealScreen::draw_ordering(app::Canvas& c, const app::Metrics& m,
                                      std::uint32_t elapsed) const {
    // The events glide from the order the room saw them in into story order, numbered, one
    // font for all, across the whole width: the order is the explanation.
    const core::Question& q = live_->match().question();
    const Rect area = party_layout(m, live_->match(), true).tiles_area;
    const int n = static_cast<int>(q.order.size());
    const int row = (area.h - m.px(6) * (n - 1)) / std::max(1, n);
    std::vector<Rect> rows;
    for (int k = 0; k < n; ++k)
        rows.push_back({area.x, area.y + k * (row + m.px(6)), area.w, row});
    const int font = tile_font_for(c, m, rows, q, true, "4. ");
    const std::vector<Rect> at = ordering_tiles(rows, q, {}, elapsed, reduced_motion_);
    const std::vector<Rect> start = ordering_tiles(rows, q, {}, 0, reduced_motion_);
    auto same = [](Rect a, Rect b) { return a.x == b.x && a.y == b.y && a.w == b.w && a.h == b.h; };
    // Rows on their way cast a shadow and pass over the others.
    std::vector<std::size_t> drawing;
    for (std::size_t k = 0; k < at.size(); ++k)
        drawing.push_back(k);
    auto lifted = [&](std::size_t k) { return !same(at[k], start[k]) && !same(at[k], rows[k]); };
    std::stable_partition(drawing.begin(), drawing.end(),
                          [&](std::size_t k) { return !lifted(k); });
    for (const std::size_t k : drawing) {
        const int idx = q.order[k];
        if (lifted(k))
            c.fill_rounded({at[k].x, at[k].y + m.px(6), at[k].w, at[k].h}, m.radius(),
                           palette().shade, 140);
        draw_option(c, m, at[k], idx, q.choices[static_cast<std::size_t>(idx)], font, true, false,
                    std::to_string(k + 1) + ". ");
    }
}

void PartyRevealScreen::draw_live(app::Canvas& c, const app::Metrics& m, std::uint32_t now) const {
    if (gliding_ && !host_covered() && waiting_for().empty())
        draw_ordering(c, m, now >= opened_at_ ? now - opened_at_ : 0);
}

bool PartyRevealScreen::on_input(const app::Input& in, std::optional<int> seat,
                                 app::Services& services) {
    const play::Match& match = live_->match();
    if (match.mode() == play::Mode::host) {
        // A team on paper's number marks it right; again, wrong.
        if (in.action != Action::choice || seat || in.device != app::Device::keyboard)
            return false;
        const int team = in.choice;
        if (!match.seats().valid(team) || match.answers_on_device(team))
            return false;
        const core::Outcome* o = match.outcome(team);
        core::GivenAnswer mark;
        mark.choice = o != nullptr && o->correct ? 0 : 1;
        play::Command c;
        c.what = play::What::mark;
        c.seat = team;
        c.at_ms = in.time_ms;
        c.answer = mark;
        if (live_->apply(c, services))
            services.play(mark.choice == 1 ? app::Cue::correct : app::Cue::move);
        services.invalidate();
        return true;
    }
    const bool go = in.action == Action::confirm || in.action == Action::pointer_down ||
                    (in.action == Action::choice && in.device == app::Device::gamepad);
    if (!go)
        return false;
    services.play(app::Cue::select);
    send(play::What::next, play::kHost, services.now_ms(), services);
    follow(services);
    return true;
}

void PartyRevealScreen::draw_view(app::Canvas& c, const app::Metrics& m) const {
    const auto& p = palette();
    const play::Match& match = live_->match();
    const core::Question& q = match.question();
    const PartyLayout l = party_layout(m, match, true);
    draw_background(c, m);
    draw_party_header(c, m, l.header, match);
    if (l.prompt.h > 0) {
        c.text(q.prompt, l.prompt.inset(m.px(12), m.px(4)),
               {Face::bold, m.font(28), p.text_muted, Align::center, VAlign::middle, m.min_font()});
    }
    // Who got it.
    int right = 0;
    for (const play::Seat& s : match.seats().all()) {
        if (const core::Outcome* o = match.outcome(s.id); o && o->correct)
            ++right;
    }
    const int players = match.seats().size();
    std::string verdict =
        right == 0 ? "Nobody got it"
        : right == players && players > 1
            ? "Everyone got it!"
            : std::to_string(right) + " of " + std::to_string(players) + " got it";
    const bool host = match.mode() == play::Mode::host;
    int unmarked = 0;
    int devices = 0;
    for (const play::Seat& s : match.seats().all()) {
        if (match.answers_on_device(s.id))
            ++devices;
        else if (match.outcome(s.id) == nullptr)
            ++unmarked;
    }
    if (host && unmarked > 0 && right == 0)
        verdict = "Mark the teams: press a team's number if it got it right";
    c.fill_rounded(l.banner, m.px(12),
                   host && unmarked > 0 && right == 0 ? p.panel
                   : right > 0                        ? p.correct
                                                      : p.wrong);
    c.text(verdict, l.banner.inset(m.px(16), m.px(2)),
           {Face::bold, m.small_font(), p.text, Align::center, VAlign::middle, m.min_font()});

    const Rect area = l.tiles_area;
    const int g = m.gap();
    Rect answer{area.x, area.y, (area.w - g) / 2, area.h};
    Rect why{answer.right() + g, area.y, area.w - answer.w - g, area.h};
    if (host && devices > 0 && q.type != QuestionType::ordering) {
        // The answer over its explanation on the left, the room's answers on the right.
        const Rect left{area.x, area.y, (area.w - g) * 62 / 100, area.h};
        const bool long_answer = core::utf8_length(q.answer_text()) > 40;
        answer = {left.x, left.y, left.w,
                  std::max(m.px(80), left.h * (long_answer ? 46 : 26) / 100)};
        why = {left.x, answer.bottom() + m.px(8), left.w,
               left.bottom() - answer.bottom() - m.px(8)};
        draw_distribution(c, m, {left.right() + g, area.y, area.w - left.w - g, area.h}, match);
    }
    if (q.type == QuestionType::ordering) {
        // Still rows belong to the cached layer; gliding ones are drawn every frame.
        if (!gliding_)
            draw_ordering(c, m, glide_end_);
        draw_score_strip(c, m, l.strip, match, chips());
        return;
    } else {
        const std::string text = q.answer_text();
        draw_option(c, m, answer, std::max(0, q.answer), "Correct: " + text,
                    std::min(m.tile_font(), m.body_font()), true, false);
    }
    // Why, and where it comes from. A host's projected text (to 200 %) can leave no room for
    // the source under a long explanation: the explanation keeps the panel, and a fan site's
    // claim stays attributed by its prompt above ("According to a fan site, ...").
    c.fill_rounded(why, m.radius(), p.panel);
    const Rect inner = why.inset(m.px(20), m.px(12));
    // The source takes the lines it needs at the panel's width (a long one wraps), up to
    // a third of the panel; the explanation has the rest.
    const app::TextStyle source_style{Face::text,  m.small_font(), p.accent,
                                      Align::left, VAlign::bottom, m.min_font()};
    const app::TextLayout source_layout = c.measure(source_, inner, source_style);
    const int source_h = source_layout.height + m.px(4);
    const Rect above{inner.x, inner.y, inner.w, inner.h - source_h};
    const app::TextStyle why_style{Face::text,  m.small_font(), p.text,
                                   Align::left, VAlign::middle, m.min_font()};
    if (source_h <= inner.h / 3 && c.measure(q.explanation, above, why_style).fits) {
        c.text(q.explanation, above, why_style);
        c.text(source_, {inner.x, above.bottom(), inner.w, source_h}, source_style);
    } else {
        c.text(q.explanation, inner, why_style);
    }
    draw_score_strip(c, m, l.strip, match, chips());
}

// --- scoreboard -------------------------------------------------------------------------

PartyScoreboardScreen::PartyScoreboardScreen(std::shared_ptr<LiveMatch> live)
    : PartyView(std::move(live)) {
    const play::Match& match = live_->match();
    // Where each seat stood before this question: the standings minus its points.
    std::vector<play::Standing> before;
    for (const play::Standing& s : match.standings()) {
        const core::Outcome* o = match.outcome(s.seat);
        const int gained = o ? o->points.total() : 0;
        gained_[s.seat] = gained;
        before.push_back({s.seat, s.score - gained, 1});
    }
    std::stable_sort(before.begin(), before.end(),
                     [](const play::Standing& a, const play::Standing& b) {
                         return a.score != b.score ? a.score > b.score : a.seat < b.seat;
                     });
    for (std::size_t i = 0; i < before.size(); ++i)
        from_place_[before[i].seat] = static_cast<int>(i);
}

void PartyScoreboardScreen::enter(app::Services& services) {
    started_at_ = services.now_ms();
    animate_ = !services.settings().reduced_motion;
}

bool PartyScoreboardScreen::animating(std::uint32_t now) const {
    return animate_ && now - started_at_ < kMoveMs;
}

bool PartyScoreboardScreen::on_input(const app::Input& in, std::optional<int>,
                                     app::Services& services) {
    const bool go = in.action == Action::confirm || in.action == Action::pointer_down ||
                    (in.action == Action::choice && in.device == app::Device::gamepad);
    if (!go)
        return false;
    services.play(app::Cue::select);
    send(play::What::next, play::kHost, services.now_ms(), services);
    follow(services);
    return true;
}

void PartyScoreboardScreen::draw_rows(app::Canvas& c, const app::Metrics& m, double t) const {
    const auto& p = palette();
    const play::Match& match = live_->match();
    const Rect body =
        app::Rect{m.margin(), m.px(110), m.width - 2 * m.margin(), m.height - m.px(110) - m.px(70)};
    const auto teams = match.team_standings();
    const bool with_teams = !teams.empty();
    const Rect list{body.x, body.y, with_teams ? body.w * 62 / 100 : body.w, body.h};
    const auto standings = match.standings();
    const int n = static_cast<int>(standings.size());
    const int row_h =
        std::min(m.px(76), (list.h - m.px(6) * (play::kMaxSeats - 1)) / play::kMaxSeats);
    const int step = row_h + m.px(6);
    const double ease = 1 - (1 - t) * (1 - t) * (1 - t);
    for (int i = 0; i < n; ++i) {
        const play::Standing& s = standings[static_cast<std::size_t>(i)];
        const int from = from_place_.count(s.seat) ? from_place_.at(s.seat) : i;
        const int y = list.y + static_cast<int>(std::lround((from + (i - from) * ease) * step));
        const Rect row{list.x, y, list.w, row_h};
        c.fill_rounded(row, m.px(12), p.tile);
        c.fill_rect({row.x, row.y + m.px(8), m.px(6), row.h - m.px(16)},
                    player_look(s.seat).colour);
        const Rect rank{row.x + m.px(14), row.y, m.px(54), row.h};
        c.text(std::to_string(s.rank), rank,
               {Face::display, std::min(m.heading_font(), row.h * 6 / 10), p.gold, Align::center,
                VAlign::middle, m.min_font()});
        const int badge = row.h - m.px(18);
        draw_badge(c, {rank.right() + m.px(6), row.y + m.px(9), badge, badge}, s.seat);
        const int name_x = rank.right() + badge + m.px(20);
        const play::Seat& seat = match.seats().at(s.seat);
        std::string name = seat.name;
        if (seat.team >= 0 && with_teams)
            name += " \u00B7 " + team_name(seat.team);
        const int score_w = row.w * 22 / 100;
        const int move_w = row.w * 16 / 100;
        c.text(
            name, {name_x, row.y, row.right() - score_w - move_w - name_x, row.h},
            {Face::bold, m.body_font(), p.text, Align::left, VAlign::middle, m.min_font(), true});
        // Up or down since the last question: an arrow and a word, not colour alone.
        const int from_rank = from + 1;
        const int now_rank = i + 1;
        std::string move;
        if (now_rank < from_rank)
            move = "up " + std::to_string(from_rank - now_rank);
        else if (now_rank > from_rank)
            move = "down " + std::to_string(now_rank - from_rank);
        const int gained = gained_.count(s.seat) ? gained_.at(s.seat) : 0;
        if (gained > 0)
            move = "+" + std::to_string(gained) + (move.empty() ? "" : "  " + move);
        c.text(move, {row.right() - score_w - move_w, row.y, move_w, row.h},
               {Face::text, m.small_font(), p.accent, Align::right, VAlign::middle, m.min_font()});
        c.text(std::to_string(s.score), {row.right() - score_w, row.y, score_w - m.px(16), row.h},
               {Face::display, std::min(m.heading_font(), row.h * 6 / 10), p.gold, Align::right,
                VAlign::middle, m.min_font()});
    }
    if (with_teams) {
        const Rect side{list.right() + m.gap(), body.y, body.right() - list.right() - m.gap(),
                        body.h};
        c.fill_rounded(side, m.radius(), p.panel);
        const Rect inner = side.inset(m.px(18), m.px(14));
        const int th = std::min(m.px(80), inner.h / 5);
        c.text(
            "Teams", {inner.x, inner.y, inner.w, th},
            {Face::display, m.heading_font(), p.text, Align::left, VAlign::middle, m.min_font()});
        for (std::size_t k = 0; k < teams.size(); ++k) {
            const play::TeamStanding& t2 = teams[k];
            const Rect r{inner.x, inner.y + th + static_cast<int>(k) * th, inner.w, th};
            const int b = std::min(r.h - m.px(16), m.px(44));
            draw_shape(c, team_look(t2.team).shape, {r.x, r.y + (r.h - b) / 2, b, b},
                       team_look(t2.team).colour);
            c.text(std::to_string(t2.rank) + ". " + team_name(t2.team),
                   {r.x + b + m.px(10), r.y, r.w * 65 / 100 - b, r.h},
                   {Face::bold, m.small_font(), p.text, Align::left, VAlign::middle, m.min_font()});
            c.text(std::to_string(t2.score), {r.x + r.w * 65 / 100, r.y, r.w * 35 / 100, r.h},
                   {Face::bold, m.body_font(), p.gold, Align::right, VAlign::middle, m.min_font()});
        }
    }
}

void PartyScoreboardScreen::draw_view(app::Canvas& c, const app::Metrics& m) const {
    const play::Match& match = live_->match();
    draw_background(c, m);
    draw_heading(c, m,
                 "Scores after question " + std::to_string(match.session().index() + 1) + " of " +
                     std::to_string(match.session().count()));
    if (!animate_ || host_covered())
        draw_rows(c, m, 1.0);
    draw_hint(c, m,
              match.mode() == play::Mode::host
                  ? "Page Down: next question \u00B7 Page Up: look back \u00B7 Esc pause"
                  : "Enter or A: next question \u00B7 Esc pause");
}

void PartyScoreboardScreen::draw_live(app::Canvas& c, const app::Metrics& m,
                                      std::uint32_t now) const {
    if (!animate_ || host_covered())
        return;
    const double t = std::min(1.0, static_cast<double>(now - started_at_) / kMoveMs);
    draw_rows(c, m, t);
}

// --- podium -----------------------------------------------------------------------------

void PartySummaryScreen::enter(app::Services&) {
    focus_ = again;
}

app::InputContext PartySummaryScreen::input_context() const {
    app::InputContext ctx;
    ctx.zones = &live_->zones();
    return ctx;
}

std::optional<int> PartySummaryScreen::font_scale() const {
    if (live_->match().mode() != play::Mode::host)
        return std::nullopt;
    return live_->host_screen().font_scale;
}

std::vector<Rect> PartySummaryScreen::buttons(const app::Metrics& m) const {
    const int h = std::max(m.px(56), m.body_font() * 2);
    const int y = m.height - h - m.px(60);
    const int g = m.gap();
    const int w = (m.width - 2 * m.margin() - g) / 2;
    return {{m.margin(), y, w, h}, {m.margin() + w + g, y, w, h}};
}

void PartySummaryScreen::choose(int button, app::Services& services) {
    services.play(app::Cue::select);
    if (button == again) {
        if (auto next = party_again(services, live_->match(), live_->settings().spoiler_limit)) {
            services.replace(std::move(next));
            return;
        }
    }
    services.reset_to(std::make_unique<TitleScreen>());
}

bool PartySummaryScreen::handle(const app::Input& in, app::Services& services) {
    const auto rects = buttons(services.metrics());
    switch (in.action) {
        case Action::left:
        case Action::right:
        case Action::up:
        case Action::down:
            focus_ = 1 - focus_;
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
            for (int i = 0; i < 2; ++i) {
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

void PartySummaryScreen::draw(app::Canvas& c, const app::Metrics& m) const {
    const auto& p = palette();
    const play::Match& match = live_->match();
    draw_background(c, m);
    const Rect body = draw_heading(
        c, m,
        live_->match().mode() == play::Mode::host ? "The quiz's winners" : "The party's winners");
    const auto rects = buttons(m);
    const int bottom = rects.front().y - m.gap();
    const auto standings = match.standings();
    const auto& people = match.session().participants();

    // The podium: second, first, third, from left to right; the teams under it.
    const auto teams = match.team_standings();
    const int teams_h = teams.empty() ? 0 : (bottom - body.y) * 34 / 100;
    const Rect stage{body.x, body.y, body.w * 48 / 100, bottom - body.y - teams_h};
    const int col = stage.w / 3;
    const int places[3] = {1, 0, 2};
    const int heights[3] = {45, 60, 35};
    const char* ordinals[4] = {"", "1st", "2nd", "3rd"};
    // Above the tallest block: a badge and a name.
    const int headroom = stage.h * 40 / 100;
    const int name_h = std::min(headroom / 2, m.small_font() * 3 / 2);
    const int badge =
        std::max(m.px(12), std::min({headroom - name_h - m.px(8), m.px(64), col - m.px(30)}));
    for (int k = 0; k < 3; ++k) {
        const int idx = places[k];
        if (idx >= static_cast<int>(standings.size()))
            continue;
        const play::Standing& s = standings[static_cast<std::size_t>(idx)];
        const int h = stage.h * heights[k] / 100;
        const Rect block{stage.x + k * col + m.px(6), stage.bottom() - h, col - m.px(12), h};
        c.fill_rounded(block, m.px(12), idx == 0 ? p.tile_focus : p.tile);
        c.text(
            ordinals[std::clamp(s.rank, 1, 3)],
            {block.x, block.y + m.px(4), block.w, block.h / 2 - m.px(4)},
            {Face::display, m.heading_font(), p.gold, Align::center, VAlign::middle, m.min_font()});
        c.text(std::to_string(s.score),
               {block.x, block.y + block.h / 2, block.w, block.h / 2 - m.px(4)},
               {Face::bold, m.body_font(), p.text, Align::center, VAlign::middle, m.min_font()});
        const int top = block.y - name_h - badge - m.px(8);
        draw_badge(c, {block.x + (block.w - badge) / 2, top, badge, badge}, s.seat);
        c.text(match.seats().at(s.seat).name, {block.x, top + badge + m.px(4), block.w, name_h},
               {Face::bold, m.small_font(), p.text, Align::center, VAlign::middle, m.min_font(),
                true});
    }

    if (!teams.empty()) {
        const Rect box{stage.x, stage.bottom() + m.px(8), stage.w, teams_h - m.px(8)};
        c.fill_rounded(box, m.radius(), p.panel);
        const Rect in = box.inset(m.px(14), m.px(6));
        const int columns = 2;
        const int rows = (static_cast<int>(teams.size()) + 1) / columns;
        const int cw = in.w / columns;
        const int rh = in.h / std::max(1, rows);
        for (std::size_t k = 0; k < teams.size(); ++k) {
            const play::TeamStanding& t = teams[k];
            const Rect r{in.x + static_cast<int>(k % 2) * cw, in.y + static_cast<int>(k / 2) * rh,
                         cw - m.px(8), rh};
            const int b = std::min(r.h - m.px(12), m.px(36));
            draw_shape(c, team_look(t.team).shape, {r.x, r.y + (r.h - b) / 2, b, b},
                       team_look(t.team).colour);
            c.text(
                std::to_string(t.rank) + ". " + team_name(t.team) + "  " + std::to_string(t.score),
                {r.x + b + m.px(8), r.y, r.w - b - m.px(8), r.h},
                {t.rank == 1 ? Face::bold : Face::text, m.small_font(),
                 t.rank == 1 ? p.gold : p.text, Align::left, VAlign::middle, m.min_font()});
        }
    }

    // Everyone's right answers and best streak.
    const Rect table{stage.right() + m.gap(), body.y, body.right() - stage.right() - m.gap(),
                     bottom - body.y};
    c.fill_rounded(table, m.radius(), p.panel);
    const Rect inner = table.inset(m.px(18), m.px(10));
    const int lines = static_cast<int>(standings.size()) + 1;
    const int row = std::min(m.px(52), inner.h / std::max(1, lines));
    const int font = std::min(m.small_font(), std::max(m.min_font(), row * 60 / 100));
    const int name_w = inner.w * 50 / 100;
    c.text("Player", {inner.x, inner.y, name_w, row},
           {Face::bold, font, p.accent, Align::left, VAlign::middle, m.min_font()});
    c.text("Right", {inner.x + name_w, inner.y, inner.w * 22 / 100, row},
           {Face::bold, font, p.accent, Align::right, VAlign::middle, m.min_font()});
    c.text("Streak", {inner.x + name_w + inner.w * 22 / 100, inner.y, inner.w * 28 / 100, row},
           {Face::bold, font, p.accent, Align::right, VAlign::middle, m.min_font()});
    int y = inner.y + row;
    for (const play::Standing& s : standings) {
        const core::Participant& who = people[static_cast<std::size_t>(s.seat)];
        const int b = row - m.px(10);
        draw_badge(c, {inner.x, y + m.px(5), b, b}, s.seat);
        std::string name = who.name;
        if (live_->made_table(s.seat))
            name += " \u00B7 high score!";
        c.text(name, {inner.x + b + m.px(8), y, name_w - b - m.px(8), row},
               {Face::text, font, p.text, Align::left, VAlign::middle, m.min_font(), true});
        c.text(std::to_string(who.correct) + "/" + std::to_string(match.asked()),
               {inner.x + name_w, y, inner.w * 22 / 100, row},
               {Face::text, font, p.text, Align::right, VAlign::middle, m.min_font()});
        c.text(std::to_string(who.best_streak),
               {inner.x + name_w + inner.w * 22 / 100, y, inner.w * 28 / 100, row},
               {Face::text, font, p.text, Align::right, VAlign::middle, m.min_font()});
        y += row;
    }
    if (!live_->save_error().empty()) {
        c.text(
            "Scores can't be saved: " + live_->save_error() + ". This game is not kept.",
            {m.margin(), bottom - m.px(4), m.width - 2 * m.margin(), m.px(1)},
            {Face::text, m.small_font(), p.timer_low, Align::center, VAlign::bottom, m.min_font()});
    }
    const char* names[2] = {"Play again, same players", "Title"};
    for (int i = 0; i < 2; ++i) {
        const Rect r = rects[static_cast<std::size_t>(i)];
        c.fill_rounded(r, m.radius(), i == focus_ ? p.tile_focus : p.tile);
        if (i == focus_)
            c.outline_rounded(r, m.radius(), m.px(4), p.tile_border);
        c.text(names[i], r.inset(m.px(10), m.px(4)),
               {Face::bold, m.body_font(), p.text, Align::center, VAlign::middle, m.min_font()});
    }
    draw_hint(c, m, "Left/Right choose \u00B7 Enter");
}

}  // namespace filmquiz::screens
