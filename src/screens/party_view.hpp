// What every screen of a running watch party shares: which seat a press comes from, a
// gamepad that drops out (the game pauses until it is back, or the room goes on without
// it), Esc and lost focus pausing, and moving on to the view of the match's next phase.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/screen.hpp"
#include "screens/live_match.hpp"
#include "screens/party_look.hpp"
#include "screens/widgets.hpp"

namespace filmquiz::screens {

class PartyView : public app::Screen {
  public:
    explicit PartyView(std::shared_ptr<LiveMatch> live) : live_(std::move(live)) {}

    bool handle(const app::Input& input, app::Services& services) final;
    void update(std::uint32_t now_ms, app::Services& services) final;
    void draw(app::Canvas& canvas, const app::Metrics& m) const final;
    void device_changed(const app::Input& input, app::Services& services) override;
    void focus_lost(app::Services& services) override;
    app::InputContext input_context() const override;
    std::optional<int> font_scale() const override;

    const LiveMatch& live() const { return *live_; }
    // The seats whose gamepad went away and who have not been let go (the room waits).
    const std::vector<int>& waiting_for() const { return waiting_; }
    // "Ana's controller disconnected \u2014 ..." while the room waits; empty otherwise.
    std::string waiting_message() const;
    // Host mode: the question whose reveal Page Up shows again (the last one revealed).
    std::optional<int> peek_question() const;
    // Host mode: what the host's next press does ("start the clock", "reveal", ...).
    std::string host_next_step() const;

  protected:
    // The phase this view shows; when the match leaves it, the next view takes over.
    virtual play::Phase shows() const = 0;
    // A press the shared handling did not take; `seat`: whose it is, if anyone's.
    virtual bool on_input(const app::Input& input, std::optional<int> seat,
                          app::Services& services) = 0;
    virtual void on_update(std::uint32_t /*now_ms*/, app::Services& /*services*/) {}
    virtual void draw_view(app::Canvas& canvas, const app::Metrics& m) const = 0;
    virtual bool question_keys() const { return false; }
    // Host mode: an overlay of the host's (blank, look back, end?) covers the view, so
    // nothing is drawn live over it.
    bool host_covered() const;

    play::Verdict send(play::What what, int seat, std::uint32_t at_ms, app::Services& services,
                       core::GivenAnswer answer = {});
    // Replaces this screen with the view of the match's phase, once it has changed.
    void follow(app::Services& services);
    void pause(app::Services& services);

    std::shared_ptr<LiveMatch> live_;
    bool gone_ = false;

  private:
    void go_on_without(app::Services& services);
    // Host mode: the host's keys (the players' keys are theirs). True when taken.
    bool host_input(const app::Input& input, app::Services& services);
    void host_next(std::uint32_t at_ms, app::Services& services);
    void draw_host(app::Canvas& canvas, const app::Metrics& m) const;

    std::vector<int> waiting_;
    bool paused_here_ = false;  // a pause panel (Esc, lost focus) is over this view
};

}  // namespace filmquiz::screens
