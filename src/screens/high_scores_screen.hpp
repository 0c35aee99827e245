// The solo high-score table for the pack being played, best first.
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
    explicit HighScoresScreen(std::optional<std::int64_t> highlight = std::nullopt)
        : highlight_(highlight) {}
    std::string_view name() const override { return "high-scores"; }
    void enter(app::Services& services) override;
    bool handle(const app::Input& input, app::Services& services) override;
    void draw(app::Canvas& canvas, const app::Metrics& m) const override;
    const std::vector<store::ScoreRow>& rows() const { return rows_; }

    static constexpr int kTableSize = 10;

  private:
    std::optional<std::int64_t> highlight_;
    std::vector<store::ScoreRow> rows_;
    std::string title_;
};

}  // namespace filmquiz::screens
