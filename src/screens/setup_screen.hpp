// Round setup: length, families, hardest questions, timer, how far the group has
// watched, speed bonus. Start has the focus, so Enter, Enter starts a round.
#pragma once

#include "app/screen.hpp"
#include "screens/round_flow.hpp"
#include "screens/widgets.hpp"

namespace filmquiz::screens {

class SetupScreen final : public app::Screen {
  public:
    std::string_view name() const override { return "setup"; }
    void enter(app::Services& services) override;
    bool handle(const app::Input& input, app::Services& services) override;
    void draw(app::Canvas& canvas, const app::Metrics& m) const override;

    // The menu's rows; "Questions from" only when there are teachers' question sets.
    enum Row { length, families, difficulty, timer, watched, speed_bonus, start, source };
    int focus() const { return menu_.focus; }
    Row focused_row() const { return rows_[static_cast<std::size_t>(menu_.focus)]; }
    const std::string& message() const { return message_; }
    const RoundChoices& choices() const { return choices_; }
    const Menu& menu() const { return menu_; }

  private:
    void refresh(app::Services& services);
    void change(int row, int delta, app::Services& services);
    app::Rect menu_area(const app::Metrics& m) const;

    Menu menu_;
    std::vector<Row> rows_;
    std::string message_;
    RoundChoices choices_;
    int last_position_ = 0;
    std::string watched_detail_;
    int available_ = 0;  // candidates the filters allow (before one-per-fact)
    int length_ = 10;
};

}  // namespace filmquiz::screens
