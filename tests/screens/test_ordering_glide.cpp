#include <doctest/doctest.h>

#include "screens/ordering_glide.hpp"

using namespace filmquiz;
using screens::kGlideHoldMs;
using screens::kGlideMs;
using screens::kGlideStaggerMs;

namespace {

// Four events; the story runs 1, 3, 0, 2.
core::Question four_events() {
    core::Question q;
    q.type = core::QuestionType::ordering;
    q.choices = {"A", "B", "C", "D"};
    q.order = {1, 3, 0, 2};
    return q;
}

// Two columns of two, as the solo reveal lays them out.
const std::vector<app::Rect> kSlots = {
    {0, 0, 100, 50}, {200, 0, 100, 50}, {0, 100, 100, 50}, {200, 100, 100, 50}};

std::string str(app::Rect r) {
    return std::to_string(r.x) + "," + std::to_string(r.y) + " " + std::to_string(r.w) + "x" +
           std::to_string(r.h);
}

std::vector<std::string> strs(const std::vector<app::Rect>& rects) {
    std::vector<std::string> out;
    for (const app::Rect& r : rects)
        out.push_back(str(r));
    return out;
}

}  // namespace

TEST_CASE("ordering glide: each event starts in the slot the player put it in") {
    const core::Question q = four_events();
    CHECK(screens::player_slots(q, {2, 0, 3, 1}) == std::vector<int>{1, 3, 0, 2});
    // Time ran out after one press: the rest follow in the order they were shown.
    CHECK(screens::player_slots(q, {3}) == std::vector<int>{1, 2, 3, 0});
    CHECK(screens::player_slots(q, {}) == std::vector<int>{0, 1, 2, 3});
    // A repeated or unknown index takes no slot.
    CHECK(screens::player_slots(q, {1, 1, 9, -1}) == std::vector<int>{1, 0, 2, 3});
}

TEST_CASE("ordering glide: one tile eases out over kGlideMs") {
    CHECK(kGlideMs >= 300);
    CHECK(kGlideMs <= 400);
    CHECK(screens::glide_progress(0) == 0.0);
    // Ease-out cubic: at half the time, seven eighths of the way.
    CHECK(screens::glide_progress(kGlideMs / 2) == 0.875);
    CHECK(screens::glide_progress(kGlideMs) == 1.0);
    CHECK(screens::glide_progress(kGlideMs + 10000) == 1.0);
    double last = 0.0;
    for (std::uint32_t t = 0; t <= kGlideMs; ++t) {
        const double e = screens::glide_progress(t);
        CAPTURE(t);
        CHECK(e >= last);
        last = e;
    }
}

TEST_CASE("ordering glide: it ends when the last tile out of place arrives") {
    const core::Question q = four_events();
    CHECK(kGlideHoldMs == 250);
    CHECK(kGlideStaggerMs == 50);
    // B and D trade places: B sets off after the hold, D a stagger later.
    CHECK(screens::glide_end_ms(q, {3, 1, 0, 2}, false) == 650);
    // Every event out of place: four departures.
    CHECK(screens::glide_end_ms(q, {2, 0, 3, 1}, false) == 750);
    // Right first time, or reduced motion: nothing moves.
    CHECK(screens::glide_end_ms(q, q.order, false) == 0);
    CHECK(screens::glide_end_ms(q, {3, 1, 0, 2}, true) == 0);
    core::Question two_choices;
    two_choices.choices = {"True", "False"};
    CHECK(screens::glide_end_ms(two_choices, {}, false) == 0);
}

TEST_CASE("ordering glide: tiles move from the player's slots into story order") {
    const core::Question q = four_events();
    // The player put D, B, A, C: B and D swapped, A and C in their places.
    const std::vector<int> given = {3, 1, 0, 2};
    auto at = [&](std::uint32_t t, bool reduced = false) {
        return strs(screens::ordering_tiles(kSlots, q, given, t, reduced));
    };
    // Story position k holds event q.order[k]: B (the player's slot 1), D (slot 0), A, C.
    const std::vector<std::string> player = {"200,0 100x50", "0,0 100x50", "0,100 100x50",
                                             "200,100 100x50"};
    const std::vector<std::string> story = strs(kSlots);
    CHECK(at(0) == player);
    CHECK(at(kGlideHoldMs) == player);
    // B halfway through its glide (7/8 of the way); D, a stagger behind, 73 % of the way.
    CHECK(at(kGlideHoldMs + kGlideMs / 2) == std::vector<std::string>{"25,0 100x50", "147,0 100x50",
                                                                      "0,100 100x50",
                                                                      "200,100 100x50"});
    // B has arrived; D has not.
    CHECK(at(kGlideHoldMs + kGlideMs) ==
          std::vector<std::string>{"0,0 100x50", "199,0 100x50", "0,100 100x50", "200,100 100x50"});
    CHECK(at(650) == story);
    CHECK(at(650 + 5000) == story);
    CHECK(at(0, true) == story);

    // B goes left and D right, never back; the tiles in their place never move.
    int b = 200;
    int d = 0;
    for (std::uint32_t t = 0; t <= 650; ++t) {
        const auto r = screens::ordering_tiles(kSlots, q, given, t, false);
        CAPTURE(t);
        CHECK(r[0].x <= b);
        CHECK(r[1].x >= d);
        CHECK(str(r[2]) == "0,100 100x50");
        CHECK(str(r[3]) == "200,100 100x50");
        b = r[0].x;
        d = r[1].x;
    }
    // Each sets off on the first frame after its start.
    CHECK(screens::ordering_tiles(kSlots, q, given, kGlideHoldMs + 1, false)[0].x < 200);
    CHECK(screens::ordering_tiles(kSlots, q, given, kGlideHoldMs + kGlideStaggerMs, false)[1].x ==
          0);
    CHECK(
        screens::ordering_tiles(kSlots, q, given, kGlideHoldMs + kGlideStaggerMs + 1, false)[1].x >
        0);
}
