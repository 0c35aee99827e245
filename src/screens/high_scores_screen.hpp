// The high-score tables for the pack being played, best first: solo, party and host games
// each have their own, and Left/Right switch between them.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "app/screen.hpp"
#include "screens/widgets.hpp"

namespace filmquiz::screens {

class HighScoresScreen final : public app::Screen {
  public:
    // `highlight`: the game just played, marked in the table.
    explicit HighScoresScreen(std::optional<std::int64_t> highlight = std::nullopt,
                              store::GameMode mode = store::GameMode::solo)
        : highlight_(highlight), mode_(mode) {}
    std::string_view name() const override { return "high-scores"; }
    void enter(app::Services& services) override;
    bool handle(const app::Input& input, app::Services& services) override;
    void draw(app::Canvas& canvas, const app::Metrics& m) const override;
    const std::vector<store::ScoreRow>& rows() const { return rows_; }
    store::GameMode mode() const { return mode_; }

    static constexpr int kTableSize = 10;

  private:
    void load(app::Services& services);

    std::optional<std::int64_t> highlight_;
    store::GameMode mode_;
    std::vector<store::ScoreRow> rows_;
    std::string title_;
};

}  // namespace filmquiz::screens
