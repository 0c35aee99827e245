// The end of a round: score, right answers, best streak, time, accuracy per family, and a
// chart of the player's last 20 scores. The match saved the round when it ended.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "app/screen.hpp"
#include "core/round_session.hpp"
#include "screens/live_match.hpp"
#include "screens/widgets.hpp"

namespace filmquiz::screens {

class SummaryScreen final : public app::Screen {
  public:
    explicit SummaryScreen(std::shared_ptr<LiveMatch> live);
    std::string_view name() const override { return "summary"; }
    void enter(app::Services& services) override;
    bool handle(const app::Input& input, app::Services& services) override;
    void draw(app::Canvas& canvas, const app::Metrics& m) const override;

    bool made_table() const { return made_table_; }
    std::optional<std::int64_t> saved_game() const { return live_->saved_game(); }
    // Why the round could not be saved, in the player's words; empty when it was.
    const std::string& save_error() const { return live_->save_error(); }

    enum Button { next, again, title };

  private:
    struct FamilyScore {
        core::Family family;
        int asked = 0;
        int correct = 0;
    };
    std::vector<app::Rect> buttons(const app::Metrics& m) const;
    void choose(int button, app::Services& services);

    // The player this summary is for: the one local seat of a solo game.
    const core::Participant* me() const;

    std::shared_ptr<LiveMatch> live_;
    bool made_table_ = false;
    bool entered_ = false;
    std::vector<FamilyScore> families_;
    std::vector<int> history_;  // the player's last scores, oldest first
    int focus_ = next;
};

}  // namespace filmquiz::screens
