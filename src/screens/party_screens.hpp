// The screens of a running watch party, each a view of the match: the question (everyone
// answers, or buzz in), the reveal, the scoreboard between questions, and the podium.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "screens/party_view.hpp"

namespace filmquiz::screens {

// Where the parts of a party question or reveal go, from the window size.
struct PartyLayout {
    app::Rect header;
    app::Rect timer;
    app::Rect prompt;
    app::Rect banner;
    app::Rect tiles_area;
    std::vector<app::Rect> tiles;
    app::Rect strip;
};
PartyLayout party_layout(const app::Metrics& m, const play::Match& match, bool reveal);

class PartyQuestionScreen final : public PartyView {
  public:
    using PartyView::PartyView;
    std::string_view name() const override { return "party-question"; }
    void draw_live(app::Canvas& canvas, const app::Metrics& m, std::uint32_t now_ms) const override;
    bool animating(std::uint32_t now_ms) const override;
    int min_frame_ms() const override;
    std::optional<std::uint32_t> wake_at() const override;

    // The line above the tiles: who may buzz, who answers, a tie.
    std::string banner(std::uint32_t now_ms) const;
    std::vector<ChipState> chips() const;

  protected:
    play::Phase shows() const override { return play::Phase::question; }
    bool on_input(const app::Input& input, std::optional<int> seat,
                  app::Services& services) override;
    void on_update(std::uint32_t now_ms, app::Services& services) override;
    void draw_view(app::Canvas& canvas, const app::Metrics& m) const override;
    bool question_keys() const override { return true; }

  private:
    void press(int seat, int option, std::uint32_t at_ms, app::Services& services);

    bool started_ = false;
    int last_tick_ = -1;
    std::uint32_t now_ = 0;
    std::map<int, std::vector<int>> orders_;  // ordering: each seat's presses so far
};

class PartyRevealScreen final : public PartyView {
  public:
    using PartyView::PartyView;
    std::string_view name() const override { return "party-reveal"; }
    void enter(app::Services& services) override;
    // An ordering's events while they glide from the order shown into story order.
    void draw_live(app::Canvas& canvas, const app::Metrics& m, std::uint32_t now_ms) const override;
    bool animating(std::uint32_t /*now_ms*/) const override { return gliding_; }
    std::vector<ChipState> chips() const;

  protected:
    play::Phase shows() const override { return play::Phase::reveal; }
    bool on_input(const app::Input& input, std::optional<int> seat,
                  app::Services& services) override;
    void on_update(std::uint32_t now_ms, app::Services& services) override;
    void draw_view(app::Canvas& canvas, const app::Metrics& m) const override;

  private:
    void draw_ordering(app::Canvas& canvas, const app::Metrics& m, std::uint32_t elapsed_ms) const;
    std::string source_;  // "Source: ...", with "(unverified)" for a fan site's claim
    std::uint32_t opened_at_ = 0;
    bool reduced_motion_ = false;
    std::uint32_t glide_end_ = 0;  // from opened_at_: the last tile in its story slot
    bool gliding_ = false;         // until on_update() sees the glide end
};

class PartyScoreboardScreen final : public PartyView {
  public:
    explicit PartyScoreboardScreen(std::shared_ptr<LiveMatch> live);
    std::string_view name() const override { return "party-scores"; }
    void enter(app::Services& services) override;
    void draw_live(app::Canvas& canvas, const app::Metrics& m, std::uint32_t now_ms) const override;
    bool animating(std::uint32_t now_ms) const override;

    static constexpr std::uint32_t kMoveMs = 700;

  protected:
    play::Phase shows() const override { return play::Phase::scoreboard; }
    bool on_input(const app::Input& input, std::optional<int> seat,
                  app::Services& services) override;
    void draw_view(app::Canvas& canvas, const app::Metrics& m) const override;

  private:
    void draw_rows(app::Canvas& canvas, const app::Metrics& m, double t) const;
    std::map<int, int> from_place_;  // seat -> row before this question
    std::map<int, int> gained_;      // seat -> points this question
    std::uint32_t started_at_ = 0;
    bool animate_ = false;
};

class PartySummaryScreen final : public app::Screen {
  public:
    explicit PartySummaryScreen(std::shared_ptr<LiveMatch> live) : live_(std::move(live)) {}
    std::string_view name() const override { return "party-summary"; }
    void enter(app::Services& services) override;
    bool handle(const app::Input& input, app::Services& services) override;
    void draw(app::Canvas& canvas, const app::Metrics& m) const override;
    app::InputContext input_context() const override;
    std::optional<int> font_scale() const override;

    enum Button { again, title };
    const LiveMatch& live() const { return *live_; }

  private:
    std::vector<app::Rect> buttons(const app::Metrics& m) const;
    void choose(int button, app::Services& services);

    std::shared_ptr<LiveMatch> live_;
    int focus_ = again;
};

}  // namespace filmquiz::screens
