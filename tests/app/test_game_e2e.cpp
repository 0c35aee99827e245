#include <cstdlib>
#include <sstream>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "app/game_app.hpp"
#include "core/scoring.hpp"
#include "formats/question_set.hpp"
#include "game_driver.hpp"
#include "screens/high_scores_screen.hpp"
#include "screens/question_screen.hpp"
#include "screens/summary_screen.hpp"
#include "screens/title_screen.hpp"
#include "test_support.hpp"

using namespace filmquiz;
using test::Game;
using test::TempDir;

namespace {

// Plays a round from the title screen with the keyboard, every answer right.
void play_round_right(Game& g) {
    g.key(SDLK_RETURN);  // Play solo
    g.key(SDLK_RETURN);  // Start
    for (int i = 0; i < 10; ++i) {
        REQUIRE(g.until("question"));
        const core::Question q = g.question();
        switch (q.type) {
            case core::QuestionType::multiple_choice:
            case core::QuestionType::true_false:
                g.key(SDLK_1 + q.answer);
                break;
            case core::QuestionType::ordering:
                for (const int k : q.order)
                    g.key(SDLK_1 + k);
                break;
            case core::QuestionType::type_in:
                g.text(q.accept.front());
                g.key(SDLK_RETURN);
                break;
        }
        REQUIRE(g.until("reveal"));
        g.key(SDLK_RETURN);
    }
    REQUIRE(g.until("summary"));
}

// Points for a round answered as given, with no timer: base plus the streak bonus.
int expected_score(const std::vector<int>& difficulties, const std::vector<bool>& right) {
    int score = 0;
    int streak = 0;
    for (std::size_t i = 0; i < right.size(); ++i) {
        core::AnswerFacts f;
        f.correct = right[i];
        f.difficulty = difficulties[i];
        f.streak_before = streak;
        score += core::score_answer(f).total();
        streak = right[i] ? streak + 1 : 0;
    }
    return score;
}

}  // namespace

TEST_CASE("end to end: a keyboard player plays a round and finds it in the table after a restart") {
    TempDir data;
    std::vector<int> difficulties;
    std::vector<bool> right;
    std::vector<core::Question> asked;
    int score = 0;
    {
        Game g(data);
        CHECK(g.top() == "title");
        CHECK(g.app->frames_drawn() >= 1);
        g.key(SDLK_RETURN);  // Play solo
        g.key(SDLK_RETURN);  // Start
        for (int i = 0; i < 10; ++i) {
            REQUIRE(g.until("question"));
            const core::Question q = g.question();
            const bool answer_right = i != 2 && i != 6;
            asked.push_back(q);
            difficulties.push_back(q.difficulty);
            right.push_back(answer_right);
            switch (q.type) {
                case core::QuestionType::multiple_choice:
                case core::QuestionType::true_false: {
                    const int pick = answer_right
                                         ? q.answer
                                         : (q.answer + 1) % static_cast<int>(q.choices.size());
                    // Letters work as well as digits: A-D.
                    g.key(i % 2 == 0 ? SDLK_1 + pick : SDLK_a + pick);
                    break;
                }
                case core::QuestionType::ordering: {
                    std::vector<int> order = q.order;
                    if (!answer_right)
                        std::swap(order[0], order[1]);
                    for (const int k : order)
                        g.key(SDLK_1 + k);
                    break;
                }
                case core::QuestionType::type_in:
                    g.text(answer_right ? q.accept.front() : "nobody at all");
                    g.key(SDLK_RETURN);
                    break;
            }
            REQUIRE(g.until("reveal"));
            g.key(SDLK_RETURN);
        }
        REQUIRE(g.until("summary"));
        score = expected_score(difficulties, right);
        g.key(SDLK_RETURN);  // the score makes the (empty) table
        REQUIRE(g.until("name-entry"));
        g.key(SDLK_RETURN);  // keep the pre-filled name
        REQUIRE(g.until("high-scores"));
        const auto& rows = dynamic_cast<screens::HighScoresScreen&>(*g.app->top()).rows();
        REQUIRE(rows.size() == 1);
        CHECK(rows[0].player == "Ana");
        CHECK(rows[0].score == score);
        CHECK(rows[0].correct == 8);
    }
    // A new start of the game reads the same table.
    Game again(data);
    again.key(SDLK_DOWN);  // Play party
    again.key(SDLK_DOWN);  // Play as host
    again.key(SDLK_DOWN);  // High scores
    again.key(SDLK_RETURN);
    REQUIRE(again.until("high-scores"));
    const auto& rows = dynamic_cast<screens::HighScoresScreen&>(*again.app->top()).rows();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].score == score);
    CHECK(again.app->scores().game_count() == 1);

    // The teachers' export reads without the game: question, answer in words, right answer.
    std::ostringstream csv;
    again.app->scores().export_answers_csv(csv);
    const auto exported = test::parse_csv(csv.str());
    REQUIRE(exported.size() == 11);
    CHECK(exported[0][13] == "question");
    CHECK(exported[0][14] == "answer_text");
    CHECK(exported[0][15] == "right_answer");
    for (std::size_t i = 0; i < asked.size(); ++i) {
        CAPTURE(i);
        const std::vector<std::string>& row = exported[i + 1];
        CHECK(row[13] == asked[i].prompt);
        CHECK(row[15] == asked[i].answer_text());
        if (right[i] && asked[i].type != core::QuestionType::type_in)
            CHECK(row[14] == asked[i].answer_text());
        if (!right[i] && asked[i].type == core::QuestionType::type_in)
            CHECK(row[14] == "nobody at all");
        CHECK_FALSE(row[14].empty());
    }
}

TEST_CASE("end to end: a whole round with a gamepad alone") {
    TempDir data;
    // SDL drops gamepad input while no window has focus, and the dummy video driver never
    // gives one focus.
    SDL_SetHint(SDL_HINT_JOYSTICK_ALLOW_BACKGROUND_EVENTS, "1");
    Game g(data);
    // Plug in a virtual gamepad: the game opens it when SDL announces it.
    SDL_VirtualJoystickDesc desc{};
    desc.version = SDL_VIRTUAL_JOYSTICK_DESC_VERSION;
    desc.type = SDL_JOYSTICK_TYPE_GAMECONTROLLER;
    desc.naxes = SDL_CONTROLLER_AXIS_MAX;
    desc.nbuttons = SDL_CONTROLLER_BUTTON_MAX;
    desc.name = "filmquiz test pad";
    // SDL maps only the buttons and axes named in the masks to the gamepad layout.
    desc.button_mask = (1u << SDL_CONTROLLER_BUTTON_MAX) - 1;
    desc.axis_mask = (1u << SDL_CONTROLLER_AXIS_MAX) - 1;
    const int index = SDL_JoystickAttachVirtualEx(&desc);
    REQUIRE(index >= 0);
    SDL_Joystick* joy = SDL_JoystickOpen(index);
    REQUIRE(joy != nullptr);
    g.settle();
    REQUIRE(g.app->has_controller());

    auto press = [&](SDL_GameControllerButton button) {
        SDL_JoystickSetVirtualButton(joy, button, 1);
        g.settle();
        SDL_JoystickSetVirtualButton(joy, button, 0);
        g.settle();
    };
    const SDL_GameControllerButton face[4] = {SDL_CONTROLLER_BUTTON_A, SDL_CONTROLLER_BUTTON_B,
                                              SDL_CONTROLLER_BUTTON_X, SDL_CONTROLLER_BUTTON_Y};
    // The on-screen keyboard's keys, in the order Right walks through them.
    const std::string keys = "1234567890QWERTYUIOPASDFGHJKL'ZXCVBNM-.";
    const int space_key = static_cast<int>(keys.size()) + 1;
    const int done_key = static_cast<int>(keys.size()) + 2;
    const int key_count = done_key + 1;

    press(SDL_CONTROLLER_BUTTON_A);  // Play solo
    CHECK(g.top() == "setup");
    press(SDL_CONTROLLER_BUTTON_A);  // Start
    CAPTURE(g.top());
    std::vector<int> difficulties;
    std::vector<bool> right;
    for (int i = 0; i < 10; ++i) {
        REQUIRE(g.until("question"));
        const core::Question q = g.question();
        const bool answer_right = i != 4;
        difficulties.push_back(q.difficulty);
        right.push_back(answer_right);
        switch (q.type) {
            case core::QuestionType::multiple_choice:
            case core::QuestionType::true_false: {
                const int n = static_cast<int>(q.choices.size());
                press(face[answer_right ? q.answer : (q.answer + 1) % n]);
                break;
            }
            case core::QuestionType::ordering: {
                std::vector<int> order = q.order;
                if (!answer_right)
                    std::swap(order[0], order[1]);
                for (const int k : order)
                    press(face[k]);
                break;
            }
            case core::QuestionType::type_in: {
                // Spell the answer on the on-screen keyboard with the d-pad and A.
                const std::string word = answer_right ? q.accept.front() : "XYZ";
                int focus = 0;
                auto go_to = [&](int target) {
                    while (focus != target) {
                        press(SDL_CONTROLLER_BUTTON_DPAD_RIGHT);
                        focus = (focus + 1) % key_count;
                    }
                };
                for (const char c : word) {
                    const char upper =
                        static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
                    const auto at = keys.find(upper);
                    go_to(c == ' ' ? space_key : static_cast<int>(at));
                    REQUIRE((c == ' ' || at != std::string::npos));
                    press(SDL_CONTROLLER_BUTTON_A);
                }
                go_to(done_key);
                press(SDL_CONTROLLER_BUTTON_A);
                break;
            }
        }
        REQUIRE(g.until("reveal"));
        press(SDL_CONTROLLER_BUTTON_A);
    }
    REQUIRE(g.until("summary"));
    press(SDL_CONTROLLER_BUTTON_A);
    REQUIRE(g.until("name-entry"));
    press(SDL_CONTROLLER_BUTTON_START);  // done: keep "Ana"
    REQUIRE(g.until("high-scores"));
    const auto rows = g.app->scores().top_scores({});
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].player == "Ana");
    CHECK(rows[0].correct == 9);
    CHECK(rows[0].score == expected_score(difficulties, right));
    SDL_JoystickClose(joy);
    SDL_JoystickDetachVirtual(index);
}

TEST_CASE("end to end: an idle screen draws once and then waits") {
    TempDir data;
    Game g(data);
    // Past the opening fade, nothing moves on the title screen.
    const std::uint32_t start = SDL_GetTicks();
    while (SDL_GetTicks() - start < 400)
        g.app->step(10);
    const std::uint32_t before = g.app->frames_drawn();
    for (int i = 0; i < 20; ++i)
        g.app->step(5);
    CHECK(g.app->frames_drawn() == before);
    g.key(SDLK_DOWN);  // something changed: one more frame
    CHECK(g.app->frames_drawn() > before);
}

namespace {

void mouse_at(filmquiz::test::Game& g, int x, int y) {
    SDL_Event e{};
    e.type = SDL_MOUSEMOTION;
    e.motion.timestamp = SDL_GetTicks();
    e.motion.x = x;
    e.motion.y = y;
    SDL_PushEvent(&e);
    g.settle();
}

int title_focus(const filmquiz::test::Game& g) {
    const auto* title = dynamic_cast<const filmquiz::screens::TitleScreen*>(g.app->top());
    REQUIRE(title != nullptr);
    return title->focus();
}

}  // namespace

TEST_CASE("end to end: a pointer resting where the window opens leaves the focus on Play solo") {
    TempDir data;
    int w = 0;
    int h = 0;
    // Where, down the middle of the window, the pointer hovers "Play party" (item 1).
    int party_y = -1;
    {
        Game g(data);
        SDL_GetWindowSize(g.app->window(), &w, &h);
        mouse_at(g, w / 2, 0);
        for (int y = 1; y < h && party_y < 0; y += 4) {
            mouse_at(g, w / 2, y);
            if (title_focus(g) == 1)
                party_y = y;
        }
    }
    REQUIRE(party_y > 0);
    Game g(data);
    CHECK(title_focus(g) == 0);
    // The window appears under a pointer that does not move: no hover.
    mouse_at(g, w / 2, party_y);
    CHECK(title_focus(g) == 0);
    mouse_at(g, w / 2, party_y);
    CHECK(title_focus(g) == 0);
    // The pointer moves: now it hovers.
    mouse_at(g, w / 2 + 1, party_y);
    CHECK(title_focus(g) == 1);
    // It leaves and comes back, resting: the keys' choice stands.
    g.key(SDLK_UP);
    CHECK(title_focus(g) == 0);
    SDL_Event leave{};
    leave.type = SDL_WINDOWEVENT;
    leave.window.event = SDL_WINDOWEVENT_LEAVE;
    leave.window.windowID = SDL_GetWindowID(g.app->window());
    SDL_PushEvent(&leave);
    g.settle();
    mouse_at(g, w / 2 + 1, party_y);
    CHECK(title_focus(g) == 0);
    g.key(SDLK_RETURN);
    CHECK(g.top() == "setup");
}

TEST_CASE("end to end: F11 toggles fullscreen and it is remembered") {
    TempDir data;
    {
        Game g(data);
        CHECK_FALSE(g.app->settings().fullscreen);
        g.key(SDLK_F11);
        CHECK(g.app->settings().fullscreen);
        CHECK(g.app->scores().setting("fullscreen") == std::optional<std::string>("1"));
        g.key(SDLK_F11);
        CHECK_FALSE(g.app->settings().fullscreen);
    }
}

TEST_CASE("end to end: the window's size is remembered for the next start") {
    TempDir data;
    {
        Game g(data);
        SDL_SetWindowSize(g.app->window(), 900, 700);
        g.settle();
    }
    Game again(data);
    CHECK(again.app->settings().window_width == 900);
    CHECK(again.app->settings().window_height == 700);
    int w = 0;
    int h = 0;
    SDL_GetWindowSize(again.app->window(), &w, &h);
    CHECK(w == 900);
    CHECK(h == 700);
}

TEST_CASE("a broken pack stops the game with a clear message") {
    TempDir data;
    setenv("FILMQUIZ_DATA_DIR", data.path().c_str(), 1);
    app::GameOptions options;
    options.content = content::ContentDir{FILMQUIZ_SOURCE_DIR};
    options.pack_dir = std::filesystem::path(FILMQUIZ_FIXTURES) / "packs" / "unknown-character";
    std::ostringstream log;
    CHECK_THROWS_WITH_AS(
        app::GameApp(options, log),
        (options.pack_dir->string() + ": the pack has errors (see 'filmquiz check " +
         options.pack_dir->string() + "')")
            .c_str(),
        app::StartupError);
    CHECK(log.str().find("unknown character \"Mily\"") != std::string::npos);
}

TEST_CASE("end to end: an unusable data folder: the game starts, says so once, and plays") {
    TempDir dir;
    const auto file = dir.path() / "data";
    test::write_text(file, "not a folder");
    Game g(file, false);
    REQUIRE(g.top() == "title");
    const auto& notice = dynamic_cast<screens::TitleScreen&>(*g.app->top()).notice();
    REQUIRE(notice.has_value());
    CHECK(*notice == "Scores can't be saved: " + file.string() +
                         " is not a folder (a file is in the way). You can play, but nothing is "
                         "kept after you quit.");
    CHECK_FALSE(g.app->take_notice().has_value());  // said once
    g.key(SDLK_RETURN);                             // dismiss it
    g.app->settings().timer_seconds = 0;
    play_round_right(g);
    const auto& summary = dynamic_cast<screens::SummaryScreen&>(*g.app->top());
    CHECK(summary.save_error().empty());  // kept in memory for this session
    CHECK(g.app->scores().game_count() == 1);
    CHECK(test::read_text(file) == "not a folder");
}

TEST_CASE("end to end: a full disk: the round is played, and the summary says it is not kept") {
    TempDir data;
    Game g(data);
    store::ScoreStore& scores = g.app->scores();
    scores.cap_size_for_tests(1);
    // Fill what is left of the file's pages, with big games and then small ones.
    for (const int size : {200, 20, 0}) {
        for (int i = 0; i < 2000; ++i) {
            store::GameRecord filler;
            filler.pack_id = "f";
            filler.question_count = 1;
            filler.participants.push_back({"Filler", 1, 0, 1, 0});
            filler.answers.push_back(
                {0, "x", "cast", "Filler", std::string(size, 'x'), false, 0, 0, "", "", ""});
            try {
                scores.save_game(filler);
            } catch (const store::StoreError&) {
                break;
            }
        }
    }
    const auto before = scores.game_count();
    play_round_right(g);
    const auto& summary = dynamic_cast<screens::SummaryScreen&>(*g.app->top());
    CHECK(summary.save_error() == "the disk is full");
    CHECK_FALSE(summary.saved_game().has_value());
    CHECK(scores.game_count() == before);
    CHECK(g.log.str().find("filmquiz: the round was not saved: ") != std::string::npos);
}

TEST_CASE("end to end: --seed N plays the round 'generate --seed N' prints, whatever came before") {
    TempDir data;
    {
        Game g(data);
        play_round_right(g);  // ten questions now in the player's history
    }
    Game again(data);
    again.key(SDLK_RETURN);
    again.key(SDLK_RETURN);
    REQUIRE(again.until("question"));
    const core::Round& round =
        dynamic_cast<screens::QuestionScreen&>(*again.app->top()).session().round();
    const auto printed =
        test::run_filmquiz("generate --seed 42 --count 10 --format json", data.path(),
                           "FILMQUIZ_DATA_DIR='" + data.path().string() + "'");
    REQUIRE(printed.exit_code == 0);
    const auto json = nlohmann::json::parse(printed.out);
    REQUIRE(json.size() == round.questions.size());
    for (std::size_t i = 0; i < round.questions.size(); ++i) {
        CAPTURE(i);
        CHECK(json[i]["id"].get<std::string>() == round.questions[i].id);
    }
}

TEST_CASE("end to end: the game finds the sets `filmquiz import` wrote, and a broken one is said") {
    TempDir data;
    formats::QuestionSet set;
    set.title = "Club night";
    set.imported_file = "club.gift";
    set.imported_format = "gift";
    set.imported_at = "2026-11-30T09:00:00Z";
    for (int i = 0; i < 3; ++i) {
        formats::SetQuestion q;
        q.question.id = "set.club:" + std::to_string(i + 1);
        q.question.family = core::Family::custom;
        q.question.type = core::QuestionType::multiple_choice;
        q.question.prompt = "Question " + std::to_string(i + 1) + "?";
        q.question.choices = {"Yes", "No"};
        q.question.answer = 0;
        q.question.difficulty = 1;
        q.source = "club.gift:" + std::to_string(3 * i + 1);
        set.questions.push_back(q);
    }
    REQUIRE_FALSE(formats::write_set(data.path() / "sets" / "club", set));
    std::filesystem::create_directories(data.path() / "sets" / "broken");
    test::write_text(data.path() / "sets" / "broken" / "set.json", "{\"format\": 3");
    Game g(data);
    CHECK(g.app->question_sets() == std::vector<std::string>{"broken", "club"});
    std::string error;
    const auto drawn = g.app->set_questions("club", 2, 7, error);
    CHECK(error.empty());
    CHECK(drawn.size() == 2);
    CHECK(g.app->set_questions("broken", 2, 7, error).empty());
    CHECK(error == "the question set \"broken\" cannot be read (see the log)");
}
