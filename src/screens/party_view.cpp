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
    return ctx;
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

void PartyView::draw(app::Canvas& c, const app::Metrics& m) const {
    draw_view(c, m);
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
