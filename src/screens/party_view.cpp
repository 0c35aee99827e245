#include "screens/party_view.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "screens/pause_screen.hpp"

namespace filmquiz::screens {

using app::Action;
using app::Align;
using app::Face;
using app::palette;
using app::Rect;
using app::VAlign;

play::Verdict PartyView::send(play::What what, int seat, std::uint32_t at_ms,
                              app::Services& services, core::GivenAnswer answer) {
    play::Command c;
    c.what = what;
    c.seat = seat;
    c.at_ms = at_ms;
    c.answer = std::move(answer);
    return live_->apply(c, services);
}

void PartyView::follow(app::Services& services) {
    if (gone_ || live_->match().phase() == shows())
        return;
    gone_ = true;
    services.replace(view_for(live_));
}

app::InputContext PartyView::input_context() const {
    app::InputContext ctx;
    ctx.in_question = question_keys() && waiting_.empty();
    ctx.zones = &live_->zones();
    ctx.host = live_->match().mode() == play::Mode::host;
    return ctx;
}

std::optional<int> PartyView::font_scale() const {
    if (live_->match().mode() != play::Mode::host)
        return std::nullopt;
    return live_->host_screen().font_scale;
}

bool PartyView::host_covered() const {
    const LiveMatch::HostScreen& hs = live_->host_screen();
    return live_->match().mode() == play::Mode::host && (hs.blank || hs.peek || hs.confirm_end);
}

std::optional<int> PartyView::peek_question() const {
    const play::Match& match = live_->match();
    int i = match.session().index();
    if (match.phase() != play::Phase::scoreboard)
        --i;
    while (i >= 0 && match.skipped(i))
        --i;
    if (i < 0 || match.phase() == play::Phase::lobby || match.phase() == play::Phase::summary)
        return std::nullopt;
    return i;
}

std::string PartyView::host_next_step() const {
    const play::Match& match = live_->match();
    switch (match.phase()) {
        case play::Phase::question:
            if (match.countdown().limited() && !match.timer_started() && !match.closed())
                return "start the clock";
            return "reveal the answer";
        case play::Phase::reveal:
            return match.rules().scoreboard && match.session().index() + 1 < match.session().count()
                       ? "the scoreboard"
                   : match.session().index() + 1 < match.session().count() ? "the next question"
                                                                           : "the final results";
        case play::Phase::scoreboard:
            return "the next question";
        default:
            return "";
    }
}

void PartyView::host_next(std::uint32_t at, app::Services& services) {
    const play::Match& match = live_->match();
    const bool start_clock = match.phase() == play::Phase::question &&
                             match.countdown().limited() && !match.timer_started() &&
                             !match.closed();
    if (match.phase() == play::Phase::question && !match.shown())
        send(play::What::show, play::kHost, at, services);
    if (send(start_clock ? play::What::start_timer : play::What::next, play::kHost, at, services))
        services.play(app::Cue::select);
    follow(services);
}

bool PartyView::host_input(const app::Input& in, app::Services& services) {
    if (live_->seat_for(in))
        return false;  // a player's key or pad
    LiveMatch::HostScreen& hs = live_->host_screen();
    const bool pad = in.device == app::Device::gamepad;
    const bool next = in.action == Action::next_step || in.action == Action::right ||
                      in.action == Action::down || in.action == Action::confirm ||
                      in.action == Action::pointer_down ||
                      (pad && in.action == Action::choice && in.choice == 0);
    const bool back = in.action == Action::previous_step || in.action == Action::left ||
                      in.action == Action::up ||
                      (pad && in.action == Action::choice && in.choice == 1);
    if (in.action == Action::end_game) {
        if (!hs.confirm_end) {
            hs.confirm_end = true;
            services.play(app::Cue::move);
            services.invalidate();
            return true;
        }
        hs = LiveMatch::HostScreen{.font_scale = hs.font_scale};
        send(play::What::end, play::kHost, in.time_ms, services);
        follow(services);
        return true;
    }
    const bool was_confirming = hs.confirm_end;
    hs.confirm_end = false;
    if (in.action == Action::blank) {
        hs.blank = !hs.blank;
        services.invalidate();
        return true;
    }
    if (hs.blank && (next || back)) {
        hs.blank = false;  // a clicker's next or back shows the screen again first
        services.invalidate();
        return true;
    }
    if (in.action == Action::notes) {
        hs.notes = !hs.notes;
        services.play(app::Cue::move);
        services.invalidate();
        return true;
    }
    if (back) {
        hs.peek = !hs.peek && peek_question().has_value();
        services.play(app::Cue::move);
        services.invalidate();
        return true;
    }
    if (next) {
        if (hs.peek || was_confirming) {
            hs.peek = false;  // back to where the game is, without moving it on
            services.invalidate();
            return true;
        }
        host_next(in.time_ms, services);
        return true;
    }
    if (in.action == Action::skip) {
        if (live_->match().phase() == play::Phase::question &&
            send(play::What::skip, play::kHost, in.time_ms, services)) {
            services.play(app::Cue::move);
        }
        follow(services);
        return true;
    }
    return was_confirming && in.action != Action::choice;
}

std::string PartyView::waiting_message() const {
    if (waiting_.empty())
        return "";
    std::vector<std::string> names;
    for (const int seat : waiting_)
        names.push_back(live_->match().seats().at(seat).name);
    const bool one = names.size() == 1;
    return core::join_and(names) + (one ? "'s controller" : "'s controllers") +
           " disconnected \u2014 reconnect " + (one ? "it" : "them") +
           " or press Enter to go on without " + (one ? "them" : "them all");
}

void PartyView::pause(app::Services& services) {
    if (gone_ || paused_here_)
        return;
    paused_here_ = true;
    send(play::What::pause, play::kHost, services.now_ms(), services);
    services.push(std::make_unique<PauseScreen>([this](app::Services& s) {
        paused_here_ = false;
        // A controller still missing keeps the room waiting here.
        if (waiting_.empty())
            send(play::What::resume, play::kHost, s.now_ms(), s);
        s.invalidate();
    }));
}

void PartyView::focus_lost(app::Services& services) {
    pause(services);
}

void PartyView::go_on_without(app::Services& services) {
    waiting_.clear();
    if (!paused_here_)
        send(play::What::resume, play::kHost, services.now_ms(), services);
    services.play(app::Cue::select);
}

void PartyView::device_changed(const app::Input& in, app::Services& services) {
    if (gone_)
        return;
    const play::Match& match = live_->match();
    if (in.action == Action::pad_removed) {
        const auto seat = match.seats().find(play::Binding::gamepad(in.pad));
        if (!seat)
            return;
        send(play::What::disconnect, *seat, in.time_ms, services);
        if (std::find(waiting_.begin(), waiting_.end(), *seat) == waiting_.end())
            waiting_.push_back(*seat);
        if (!match.paused())
            send(play::What::pause, play::kHost, in.time_ms, services);
        services.play(app::Cue::wrong);
        return;
    }
    if (in.action != Action::pad_added)
        return;
    // A pad plugged in gives the first player whose pad went away their seat back, with
    // their points (SDL gives a re-plugged pad a new id, so the seat takes the new one).
    for (const play::Seat& s : match.seats().all()) {
        if (s.connected || s.binding.kind != play::DeviceKind::gamepad)
            continue;
        play::Command c;
        c.what = play::What::reconnect;
        c.seat = s.id;
        c.at_ms = in.time_ms;
        c.binding = play::Binding::gamepad(in.pad);
        if (!live_->apply(c, services))
            continue;
        waiting_.erase(std::remove(waiting_.begin(), waiting_.end(), s.id), waiting_.end());
        services.play(app::Cue::select);
        break;
    }
    if (waiting_.empty() && match.paused() && !paused_here_)
        send(play::What::resume, play::kHost, in.time_ms, services);
}

bool PartyView::handle(const app::Input& in, app::Services& services) {
    if (gone_)
        return false;
    if (!waiting_.empty()) {
        // The room waits for a controller: Enter (or a pad's Start or A) goes on without.
        if (in.action == Action::confirm || in.action == Action::pause ||
            in.action == Action::submit) {
            go_on_without(services);
            return true;
        }
        return false;
    }
    if (in.action == Action::pause ||
        (in.action == Action::back && in.device != app::Device::gamepad)) {
        pause(services);
        return true;
    }
    if (live_->match().mode() == play::Mode::host && host_input(in, services))
        return true;
    return on_input(in, live_->seat_for(in), services);
}

void PartyView::update(std::uint32_t now, app::Services& services) {
    if (gone_)
        return;
    on_update(now, services);
    if (!gone_) {
        live_->update(now, services);
        follow(services);
    }
}

void PartyView::draw_host(app::Canvas& c, const app::Metrics& m) const {
    const auto& p = palette();
    const play::Match& match = live_->match();
    const LiveMatch::HostScreen& hs = live_->host_screen();
    const int w = m.width - 2 * m.margin();
    if (hs.notes && match.phase() == play::Phase::question) {
        // The presenter strip: the answer and why, for the host's eyes, over the scores.
        const core::Question& q = match.question();
        const int h = std::min(m.height * 2 / 5, std::max(m.px(150), m.small_font() * 6));
        const Rect strip{m.margin(), m.height - h - m.px(10), w, h};
        c.fill_rounded(strip, m.px(12), p.panel);
        c.outline_rounded(strip, m.px(12), m.px(4), p.gold);
        const Rect inner = strip.inset(m.px(18), m.px(8));
        const int head = std::max(m.px(30), m.min_font() * 3 / 2);
        c.text(
            "For the host \u00B7 Page Down: " + host_next_step() + " \u00B7 H hides this",
            {inner.x, inner.y, inner.w, head},
            {Face::bold, m.small_font(), p.gold, Align::left, VAlign::middle, m.min_font(), true});
        // An ordering's answer is the order itself; other answers come with why.
        const std::string body = q.type == core::QuestionType::ordering
                                     ? "In story order: " + q.answer_text()
                                     : "Answer: " + q.answer_text() + ". " + q.explanation;
        c.text(body, {inner.x, inner.y + head, inner.w, inner.h - head},
               {Face::text, m.small_font(), p.text, Align::left, VAlign::middle, m.min_font()});
    }
    if (hs.peek) {
        if (const auto i = peek_question()) {
            const core::Question& q =
                match.session().round().questions[static_cast<std::size_t>(*i)];
            c.fill_rect({0, 0, m.width, m.height}, p.shade, 200);
            const int bw = std::min(w, m.px(1100));
            const int bh = std::min(m.height - 2 * m.margin(), m.px(520));
            const Rect box{(m.width - bw) / 2, (m.height - bh) / 2, bw, bh};
            c.fill_rounded(box, m.radius(), p.panel);
            c.outline_rounded(box, m.radius(), m.px(4), p.gold);
            const Rect in = box.inset(m.px(28), m.px(20));
            const int line = in.h / 10;
            c.text("Looking back at question " + std::to_string(*i + 1), {in.x, in.y, in.w, line},
                   {Face::bold, m.small_font(), p.gold, Align::left, VAlign::middle, m.min_font(),
                    true});
            c.text(q.prompt, {in.x, in.y + line, in.w, line * 2},
                   {Face::bold, m.body_font(), p.text, Align::left, VAlign::middle, m.min_font()});
            const bool ordering = q.type == core::QuestionType::ordering;
            c.text((ordering ? "In story order: " : "Answer: ") + q.answer_text(),
                   {in.x, in.y + line * 3, in.w, ordering ? line * 6 : line * 2},
                   {Face::bold, m.small_font(), p.text, Align::left, VAlign::middle, m.min_font()});
            if (!ordering) {
                c.text(q.explanation, {in.x, in.y + line * 5, in.w, line * 4},
                       {Face::text, m.small_font(), p.text, Align::left, VAlign::middle,
                        m.min_font()});
            }
            c.text("Page Down: back to the game", {in.x, in.y + line * 9, in.w, line},
                   {Face::text, m.small_font(), p.text_muted, Align::right, VAlign::middle,
                    m.min_font(), true});
        }
    }
    if (hs.confirm_end) {
        const int h = std::max(m.px(64), m.small_font() * 2);
        const Rect bar{m.margin(), (m.height - h) / 2, w, h};
        c.fill_rounded(bar, m.px(12), p.tile_focus);
        c.outline_rounded(bar, m.px(12), m.px(4), p.tile_border);
        c.text("Press End again to end the quiz now (it is saved); any other key goes on",
               bar.inset(m.px(16), m.px(4)),
               {Face::bold, m.small_font(), p.text, Align::center, VAlign::middle, m.min_font()});
    }
    if (hs.blank) {
        // The room sees nothing; a faint line tells the host how to come back.
        c.clear(core::rgb(0x000000));
        const int line = m.min_font() * 2;
        c.text("Blank screen: press B to show it again",
               {m.margin(), m.height - line - m.px(8), w, line},
               {Face::text, m.min_font(), core::rgb(0x5A5A5A), Align::right, VAlign::middle,
                m.min_font()});
    }
}

void PartyView::draw(app::Canvas& c, const app::Metrics& m) const {
    draw_view(c, m);
    if (live_->match().mode() == play::Mode::host)
        draw_host(c, m);
    if (waiting_.empty())
        return;
    const auto& p = palette();
    c.fill_rect({0, 0, m.width, m.height}, p.shade, 190);
    const int w = std::min(m.width - 2 * m.margin(), m.px(900));
    const int h = std::min(m.height - 2 * m.margin(), m.px(300));
    const Rect box{(m.width - w) / 2, (m.height - h) / 2, w, h};
    c.fill_rounded(box, m.radius(), p.panel);
    c.outline_rounded(box, m.radius(), m.px(4), p.timer_low);
    const Rect inner = box.inset(m.px(30), m.px(24));
    c.text("Paused", {inner.x, inner.y, inner.w, inner.h / 4},
           {Face::display, m.heading_font(), p.text, Align::center, VAlign::middle, m.min_font()});
    c.text(waiting_message(), {inner.x, inner.y + inner.h / 4, inner.w, inner.h * 3 / 4},
           {Face::text, m.body_font(), p.text, Align::center, VAlign::middle, m.min_font()});
}

}  // namespace filmquiz::screens
