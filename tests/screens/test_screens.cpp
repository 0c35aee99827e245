#include <doctest/doctest.h>

#include "fake_services.hpp"
#include "screens/high_scores_screen.hpp"
#include "screens/name_entry_screen.hpp"
#include "screens/question_screen.hpp"
#include "screens/reveal_screen.hpp"
#include "screens/round_flow.hpp"
#include "screens/settings_screen.hpp"
#include "screens/setup_screen.hpp"
#include "screens/summary_screen.hpp"
#include "screens/title_screen.hpp"

using namespace filmquiz;
using app::Action;
using app::Cue;
using app::make_choice;
using app::make_input;
using app::make_text;
using test::FakeServices;

namespace {

// Title, Enter, Enter: the question screen of a fresh round, its timer started.
void start_round(FakeServices& s) {
    s.start(std::make_unique<screens::TitleScreen>());
    s.send(make_input(Action::confirm));
    s.send(make_input(Action::confirm));
    REQUIRE(s.top_name() == "question");
    s.advance(0);
}

screens::QuestionScreen& question(FakeServices& s) {
    return dynamic_cast<screens::QuestionScreen&>(s.top());
}

// Answers the current question right (or wrong) with the keys a keyboard player uses,
// stamped `at` (default: now).
void answer(FakeServices& s, bool right, std::optional<std::uint32_t> at = std::nullopt) {
    const std::uint32_t t = at.value_or(s.clock);
    const core::Question& q = question(s).session().current();
    switch (q.type) {
        case core::QuestionType::multiple_choice:
        case core::QuestionType::true_false: {
            const int n = static_cast<int>(q.choices.size());
            s.send(make_choice(right ? q.answer : (q.answer + 1) % n, t));
            break;
        }
        case core::QuestionType::ordering: {
            std::vector<int> order = q.order;
            if (!right)
                std::swap(order[0], order[1]);
            for (const int i : order)
                s.send(make_choice(i, t));
            break;
        }
        case core::QuestionType::type_in:
            s.send(make_text(right ? q.accept.front() : "not it at all", t));
            s.send(make_input(Action::confirm, t));
            break;
    }
}

}  // namespace

TEST_CASE("title: Play solo has the focus, Enter, Enter starts a round") {
    FakeServices s;
    s.start(std::make_unique<screens::TitleScreen>());
    CHECK(dynamic_cast<screens::TitleScreen&>(s.top()).focus() == screens::TitleScreen::play);
    s.send(make_input(Action::confirm));
    CHECK(s.top_name() == "setup");
    CHECK(dynamic_cast<screens::SetupScreen&>(s.top()).focus() == screens::SetupScreen::start);
    s.send(make_input(Action::confirm));
    CHECK(s.top_name() == "question");
    CHECK(question(s).session().count() == 10);
    CHECK(s.cues == std::vector<Cue>{Cue::select, Cue::select});
}

TEST_CASE("title: arrows move with a cue, Esc goes to Quit, every item opens its screen") {
    FakeServices s;
    s.start(std::make_unique<screens::TitleScreen>());
    s.send(make_input(Action::down));
    CHECK(s.cues.back() == Cue::move);
    s.send(make_input(Action::confirm));
    CHECK(s.top_name() == "party-lobby");
    s.send(make_input(Action::back));
    CHECK(s.top_name() == "title");
    s.send(make_input(Action::down));
    s.send(make_input(Action::confirm));
    CHECK(s.top_name() == "host-lobby");
    s.send(make_input(Action::back));
    CHECK(s.top_name() == "title");
    s.send(make_input(Action::down));
    s.send(make_input(Action::confirm));
    CHECK(s.top_name() == "high-scores");
    s.send(make_input(Action::back));
    CHECK(s.top_name() == "title");
    s.send(make_input(Action::down));
    s.send(make_input(Action::confirm));
    CHECK(s.top_name() == "settings");
    s.send(make_input(Action::back));
    s.send(make_input(Action::down));
    s.send(make_input(Action::confirm));
    CHECK(s.top_name() == "how-to-play");
    s.send(make_input(Action::confirm));
    s.send(make_input(Action::back));
    CHECK(dynamic_cast<screens::TitleScreen&>(s.top()).focus() == screens::TitleScreen::quit);
    CHECK_FALSE(s.quit_called);
    s.send(make_input(Action::confirm));
    CHECK(s.quit_called);
}

TEST_CASE("title: a click on a menu item chooses it") {
    FakeServices s;
    s.start(std::make_unique<screens::TitleScreen>());
    // "High scores" is the fourth item; find where it is drawn.
    screens::Menu menu;
    menu.items.resize(7);
    const app::Metrics& m = s.metrics();
    const int top = m.height * 40 / 100;
    const auto rects =
        menu.layout(m, {m.margin(), top, m.width - 2 * m.margin(), m.height - m.px(80) - top});
    s.send(app::make_pointer(Action::pointer_down, rects[3].x + 5, rects[3].y + 5));
    CHECK(s.top_name() == "high-scores");
}

TEST_CASE("setup: the Back button returns to the title, for mouse-only players too") {
    FakeServices s;
    s.start(std::make_unique<screens::TitleScreen>());
    s.send(make_input(Action::confirm));
    REQUIRE(s.top_name() == "setup");
    const app::Rect back = screens::back_button(s.metrics());
    s.send(app::make_pointer(Action::pointer_down, back.x + 3, back.y + 3));
    CHECK(s.top_name() == "title");
}

TEST_CASE("question: a click on the pause button pauses") {
    FakeServices s;
    s.start(std::make_unique<screens::TitleScreen>());
    s.send(make_input(Action::confirm));
    s.send(make_input(Action::confirm));
    REQUIRE(s.top_name() == "question");
    s.advance(0);
    const auto l = screens::question_layout(s.metrics(), question(s).session().current(), false);
    s.send(app::make_pointer(Action::pointer_down, l.pause.x + 2, l.pause.y + 2));
    CHECK(s.top_name() == "pause");
}

TEST_CASE("setup: changes are saved at once and shape the round") {
    FakeServices s;
    s.start(std::make_unique<screens::SetupScreen>());
    // Up from Start (row 6) six times reaches "Questions" (row 0).
    for (int i = 0; i < 6; ++i)
        s.send(make_input(Action::up));
    s.send(make_input(Action::right));
    CHECK(s.game_settings.round_length == 15);
    CHECK(s.settings_saves == 1);
    s.send(make_input(Action::down));
    s.send(make_input(Action::down));
    s.send(make_input(Action::down));  // Timer
    s.send(make_input(Action::left));
    CHECK(s.game_settings.timer_seconds == 10);
    s.send(make_input(Action::down));  // Watched: up to scene 4
    for (int i = 0; i < 5; ++i)
        s.send(make_input(Action::right));
    CHECK(dynamic_cast<screens::SetupScreen&>(s.top()).choices().spoiler_limit == 4);
    // The scene by its name in the pack, not a bare number.
    CHECK(dynamic_cast<screens::SetupScreen&>(s.top()).menu().items[4].value ==
          "Milly\u2019s diagnosis");
    s.send(make_input(Action::down));
    s.send(make_input(Action::down));  // Start
    s.send(make_input(Action::confirm));
    REQUIRE(s.top_name() == "question");
    const auto& round = question(s).session().round();
    CHECK(round.questions.size() == 15);
    for (const auto& q : round.questions)
        CHECK(q.spoils <= 4);
    CHECK(question(s).session().settings().timer_seconds == 10);
}

TEST_CASE("question: one key answers, the reveal follows with the right cue") {
    FakeServices s;
    start_round(s);
    const core::Question q = question(s).session().current();
    answer(s, true);
    CHECK(s.top_name() == "reveal");
    CHECK(s.cues.back() == Cue::correct);
    s.send(make_input(Action::confirm));
    REQUIRE(s.top_name() == "question");
    s.advance(0);
    answer(s, false);
    CHECK(s.cues.back() == Cue::wrong);
}

TEST_CASE("question: the timer ticks in the last five seconds, then time is up") {
    FakeServices s;
    start_round(s);
    s.advance(14000);
    CHECK(s.count(Cue::tick) == 0);
    for (int i = 0; i < 5; ++i)
        s.advance(1000);  // 15 s .. 19 s: five ticks
    CHECK(s.count(Cue::tick) == 5);
    CHECK(s.top_name() == "question");
    s.advance(1000);
    CHECK(s.top_name() == "reveal");
    CHECK(s.cues.back() == Cue::time_up);
    const auto& session = dynamic_cast<screens::RevealScreen&>(s.top());
    (void)session;
}

TEST_CASE("question: the answer counts at its input's time, not at the next frame") {
    FakeServices s;
    s.game_settings.timer_seconds = 20;
    start_round(s);
    const std::uint32_t shown = s.clock;
    const core::RoundSession* session = &question(s).session();
    s.clock = shown + 9000;  // the frame comes late, but the key was pressed at 2 s
    answer(s, true, shown + 2000);
    REQUIRE(s.top_name() == "reveal");
    const core::Outcome* o = session->outcome(0);
    REQUIRE(o != nullptr);
    CHECK(o->time_ms == 2000);
    CHECK(o->points.speed == 90);  // 18 s of 20 left
}

TEST_CASE("question: Esc pauses and stops the clock, resume carries on") {
    FakeServices s;
    start_round(s);
    s.advance(5000);
    s.send(make_input(Action::pause));
    REQUIRE(s.top_name() == "pause");
    s.advance(60000);  // a long pause: the question screen is below, its clock stopped
    s.send(make_input(Action::confirm));  // Resume
    REQUIRE(s.top_name() == "question");
    s.advance(1000);
    CHECK(question(s).session().countdown().remaining_ms(s.clock) == 14000);
}

TEST_CASE("question: losing focus pauses the round") {
    FakeServices s;
    start_round(s);
    s.top().focus_lost(s);
    // The push happens between frames.
    s.send(make_input(Action::pointer_move));
    CHECK(s.top_name() == "pause");
}

TEST_CASE("quitting a round asks first and saves nothing") {
    FakeServices s;
    start_round(s);
    answer(s, true);
    s.send(make_input(Action::confirm));
    s.advance(0);
    s.send(make_input(Action::pause));
    s.send(make_input(Action::down));
    s.send(make_input(Action::confirm));  // Quit round
    CHECK(s.top_name() == "confirm-quit");
    s.send(make_input(Action::back));  // Esc: not quitting after all
    CHECK(s.top_name() == "pause");
    s.send(make_input(Action::down));
    s.send(make_input(Action::confirm));
    s.send(make_input(Action::down));
    s.send(make_input(Action::confirm));  // Quit round, confirmed
    CHECK(s.top_name() == "title");
    CHECK(s.stack.size() == 1);
    CHECK(s.saved.empty());
}

TEST_CASE("ordering: press events first to last, Backspace undoes") {
    FakeServices s;
    s.game_settings.families = {"plot"};
    s.game_settings.round_length = 20;
    start_round(s);
    // Find an ordering question in the round.
    for (int i = 0; i < 20 && question(s).session().current().type != core::QuestionType::ordering;
         ++i) {
        answer(s, true);
        s.send(make_input(Action::confirm));
        if (s.top_name() != "question")
            return;  // none in this round
        s.advance(0);
    }
    const core::Question q = question(s).session().current();
    REQUIRE(q.type == core::QuestionType::ordering);
    s.send(make_choice(q.order[1]));  // a slip...
    CHECK(question(s).picked_order().size() == 1);
    s.send(make_input(Action::backspace));  // ...undone
    CHECK(question(s).picked_order().empty());
    for (std::size_t k = 0; k + 1 < q.order.size(); ++k)
        s.send(make_choice(q.order[k]));
    s.send(make_choice(q.order[0]));  // a second press of a picked event does nothing
    CHECK(s.top_name() == "question");
    s.send(make_choice(q.order.back()));
    CHECK(s.top_name() == "reveal");
    CHECK(s.cues.back() == Cue::correct);
}

TEST_CASE("a whole round: reveal, summary, name entry, high scores") {
    FakeServices s;
    s.game_settings.last_player = "Ana";
    start_round(s);
    for (int i = 0; i < 10; ++i) {
        REQUIRE(s.top_name() == "question");
        answer(s, i != 3);
        REQUIRE(s.top_name() == "reveal");
        s.send(make_input(Action::confirm));
        if (i < 9)
            s.advance(0);
    }
    REQUIRE(s.top_name() == "summary");
    REQUIRE(s.saved.size() == 1);
    const store::GameRecord& g = s.saved.front();
    CHECK(g.question_count == 10);
    CHECK(g.answers.size() == 10);
    CHECK(g.participants.front().player == "Ana");
    CHECK(g.participants.front().correct == 9);
    CHECK(g.participants.front().best_streak == 6);
    CHECK(g.answers[3].correct == false);
    CHECK(s.cues.back() == Cue::high_score);  // an empty table: any score makes it
    CHECK(dynamic_cast<screens::SummaryScreen&>(s.top()).made_table());

    s.send(make_input(Action::confirm));
    REQUIRE(s.top_name() == "name-entry");
    CHECK(dynamic_cast<screens::NameEntryScreen&>(s.top()).text() == "Ana");  // pre-filled
    CHECK(s.text_input);
    for (int i = 0; i < 3; ++i)
        s.send(make_input(Action::backspace));
    s.send(make_text("Zo\xC3\xAB"));
    s.send(make_input(Action::confirm));
    REQUIRE(s.top_name() == "high-scores");
    CHECK(s.renames == std::vector<std::tuple<std::int64_t, std::string, std::string>>{
                           {1, "Ana", "Zo\xC3\xAB"}});
    CHECK(s.game_settings.last_player == "Zo\xC3\xAB");
    CHECK_FALSE(s.text_input);
    s.send(make_input(Action::confirm));
    CHECK(s.top_name() == "title");
}

TEST_CASE("summary: a score below the table goes straight to the high scores") {
    FakeServices s;
    for (int i = 0; i < 10; ++i) {
        store::ScoreRow row;
        row.score = 100000 - i;
        s.table.push_back(row);
    }
    start_round(s);
    for (int i = 0; i < 10; ++i) {
        answer(s, false);
        s.send(make_input(Action::confirm));
        if (i < 9)
            s.advance(0);
    }
    REQUIRE(s.top_name() == "summary");
    CHECK(s.cues.back() == Cue::round_complete);
    CHECK_FALSE(dynamic_cast<screens::SummaryScreen&>(s.top()).made_table());
    s.send(make_input(Action::confirm));
    CHECK(s.top_name() == "high-scores");
}

TEST_CASE("name entry: an invalid name is refused with the reason") {
    FakeServices s;
    s.start(std::make_unique<screens::NameEntryScreen>(4, "Player"));
    s.send(make_text("   "));
    s.send(make_input(Action::confirm));
    CHECK(s.top_name() == "name-entry");
    CHECK(dynamic_cast<screens::NameEntryScreen&>(s.top()).error() ==
          "That name will not do: a name needs at least one character.");
    CHECK(s.renames.empty());
    // The on-screen keyboard types too (a gamepad's d-pad and A).
    s.send(make_input(Action::backspace));
    s.send(make_input(Action::backspace));
    s.send(make_input(Action::backspace));
    s.send(make_input(Action::right, 0, app::Device::gamepad));  // '2'
    s.send(make_input(Action::confirm, 0, app::Device::gamepad));
    s.send(make_input(Action::submit, 0, app::Device::gamepad));
    CHECK(s.renames ==
          std::vector<std::tuple<std::int64_t, std::string, std::string>>{{4, "Player", "2"}});
}

TEST_CASE("reveal: auto-advance goes on by itself when switched on") {
    FakeServices s;
    s.game_settings.auto_advance = true;
    start_round(s);
    answer(s, true);
    REQUIRE(s.top_name() == "reveal");
    s.advance(screens::RevealScreen::kAutoAdvanceMs - 1);
    CHECK(s.top_name() == "reveal");
    s.advance(1);
    CHECK(s.top_name() == "question");
}

TEST_CASE("settings: every change is saved at once") {
    FakeServices s;
    s.start(std::make_unique<screens::SettingsScreen>());
    s.send(make_input(Action::left));  // volume 80 -> 70
    CHECK(s.game_settings.volume == 70);
    s.send(make_input(Action::down));
    s.send(make_input(Action::confirm));  // sound: muted
    CHECK(s.game_settings.muted);
    s.send(make_input(Action::down));
    s.send(make_input(Action::down));
    s.send(make_input(Action::right));  // text size 125 %
    CHECK(s.game_settings.font_scale == 125);
    s.send(make_input(Action::down));
    s.send(make_input(Action::right));
    CHECK(s.game_settings.reduced_motion);
    CHECK(s.settings_saves == 4);
}

TEST_CASE("settings: fan-site questions can be turned off, and rounds then hold none") {
    FakeServices s;
    const auto unverified = [&] {
        int n = 0;
        for (const core::Candidate* c :
             core::eligible(s.bank(), screens::round_settings(s, screens::RoundChoices{})))
            n += c->verified ? 0 : 1;
        return n;
    };
    CHECK(s.game_settings.fan_site_questions);
    CHECK(unverified() > 0);
    s.start(std::make_unique<screens::SettingsScreen>());
    for (int i = 0; i < screens::SettingsScreen::fan_site_questions; ++i)
        s.send(make_input(Action::down));
    s.send(make_input(Action::confirm));
    CHECK_FALSE(s.game_settings.fan_site_questions);
    CHECK(s.settings_saves == 1);
    CHECK(unverified() == 0);
    CHECK(app::GameSettings::from_map(s.game_settings.to_map()).fan_site_questions == false);
}
