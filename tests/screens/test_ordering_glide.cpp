#include <doctest/doctest.h>

#include "screens/ordering_glide.hpp"

using namespace filmquiz;
using screens::kGlideDoneMs;
using screens::kGlideHoldMs;
using screens::kGlideMs;

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

TEST_CASE("ordering glide: held through the fade-in, then an ease-out over kGlideMs") {
    CHECK(kGlideMs >= 300);
    CHECK(kGlideMs <= 400);
    CHECK(kGlideDoneMs == kGlideHoldMs + kGlideMs);
    CHECK(screens::glide_progress(0, false) == 0.0);
    CHECK(screens::glide_progress(kGlideHoldMs, false) == 0.0);
    // Ease-out cubic: at half the time, seven eighths of the way.
    CHECK(screens::glide_progress(kGlideHoldMs + kGlideMs / 2, false) == 0.875);
    CHECK(screens::glide_progress(kGlideDoneMs, false) == 1.0);
    CHECK(screens::glide_progress(kGlideDoneMs + 10000, false) == 1.0);
    // Reduced motion: in story order at once.
    CHECK(screens::glide_progress(0, true) == 1.0);
    double last = 0.0;
    for (std::uint32_t t = 0; t <= kGlideDoneMs; ++t) {
        const double e = screens::glide_progress(t, false);
        CAPTURE(t);
        CHECK(e >= last);
        last = e;
    }
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
    CHECK(at(kGlideHoldMs + kGlideMs / 2) == std::vector<std::string>{"25,0 100x50", "175,0 100x50",
                                                                      "0,100 100x50",
                                                                      "200,100 100x50"});
    CHECK(at(kGlideDoneMs) == story);
    CHECK(at(kGlideDoneMs + 5000) == story);
    CHECK(at(0, true) == story);

    // B goes left and D right, never back; the tiles in their place never move.
    int b = 200;
    int d = 0;
    for (std::uint32_t t = 0; t <= kGlideDoneMs; ++t) {
        const auto r = screens::ordering_tiles(kSlots, q, given, t, false);
        CAPTURE(t);
        CHECK(r[0].x <= b);
        CHECK(r[1].x >= d);
        CHECK(str(r[2]) == "0,100 100x50");
        CHECK(str(r[3]) == "200,100 100x50");
        b = r[0].x;
        d = r[1].x;
    }
    // The first frame after the hold has moved already.
    CHECK(screens::ordering_tiles(kSlots, q, given, kGlideHoldMs + 1, false)[0].x < 200);
}
