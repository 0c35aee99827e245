#include <cstdlib>
#include <sstream>

#include <doctest/doctest.h>

#include "app/game_app.hpp"
#include "core/scoring.hpp"
#include "screens/high_scores_screen.hpp"
#include "screens/question_screen.hpp"
#include "screens/title_screen.hpp"
#include "test_support.hpp"

using namespace filmquiz;
using test::TempDir;

namespace {

// Runs the real loop with SDL's dummy video and audio drivers (set by CTest), in a data
// folder of its own, with the timer off so the expected score does not depend on speed.
class Game {
  public:
    explicit Game(const TempDir& data) {
        setenv("FILMQUIZ_DATA_DIR", data.path().c_str(), 1);
        {
            auto store = store::ScoreStore::open(data.path()).store;
            store->set_setting("timer_seconds", "0");
            store->set_setting("last_player", "Ana");
        }
        app::GameOptions options;
        options.content = content::ContentDir{FILMQUIZ_SOURCE_DIR};
        options.seed = 42;
        app = std::make_unique<app::GameApp>(options, log);
        app->start(std::make_unique<screens::TitleScreen>());
        settle();
    }

    std::string top() const { return std::string(app->top()->name()); }

    // Turns the loop until `name` is on top (or gives up).
    bool until(const std::string& name) {
        for (int i = 0; i < 200 && top() != name; ++i)
            app->step(1);
        return top() == name;
    }
    void settle() {
        for (int i = 0; i < 5; ++i)
            app->step(0);
    }

    void key(SDL_Keycode code) {
        SDL_Event e{};
        e.type = SDL_KEYDOWN;
        e.key.timestamp = SDL_GetTicks();
        e.key.keysym.sym = code;
        SDL_PushEvent(&e);
        settle();
    }
    void text(const std::string& t) {
        SDL_Event e{};
        e.type = SDL_TEXTINPUT;
        e.text.timestamp = SDL_GetTicks();
        std::snprintf(e.text.text, sizeof e.text.text, "%s", t.c_str());
        SDL_PushEvent(&e);
        settle();
    }

    const core::Question& question() const {
        return dynamic_cast<screens::QuestionScreen&>(*app->top()).session().current();
    }

    std::ostringstream log;
    std::unique_ptr<app::GameApp> app;
};

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
    again.key(SDLK_DOWN);
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
