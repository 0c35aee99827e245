// Which question families a round uses: one switch per family.
#pragma once

#include "app/screen.hpp"
#include "screens/widgets.hpp"

namespace filmquiz::screens {

class FamiliesScreen final : public app::Screen {
  public:
    std::string_view name() const override { return "families"; }
    void enter(app::Services& services) override;
    bool handle(const app::Input& input, app::Services& services) override;
    void draw(app::Canvas& canvas, const app::Metrics& m) const override;

  private:
    void refresh(app::Services& services);
    app::Rect area(const app::Metrics& m) const;
    Menu menu_;
};

}  // namespace filmquiz::screens
