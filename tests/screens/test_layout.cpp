#include <algorithm>
#include <set>

#include <doctest/doctest.h>

#include "core/text.hpp"
#include "fake_services.hpp"
#include "screens/families_screen.hpp"
#include "screens/high_scores_screen.hpp"
#include "screens/how_to_play_screen.hpp"
#include "screens/name_entry_screen.hpp"
#include "screens/ordering_glide.hpp"
#include "screens/party_lobby_screen.hpp"
#include "screens/party_screens.hpp"
#include "screens/pause_screen.hpp"
#include "screens/question_screen.hpp"
#include "screens/reveal_screen.hpp"
#include "screens/settings_screen.hpp"
#include "screens/setup_screen.hpp"
#include "screens/summary_screen.hpp"
#include "screens/title_screen.hpp"

using namespace filmquiz;
using test::FakeServices;

namespace {

// Lays text out with the real fonts, draws nothing, and remembers every text that does
// not fit its box or whose box leaves the window.
class MeasuringCanvas final : public app::Canvas {
  public:
    MeasuringCanvas(app::FontSet& fonts, int w, int h) : fonts_(fonts), w_(w), h_(h) {}
    int width() const override { return w_; }
    int height() const override { return h_; }
    void clear(app::Rgb) override {}
    void fill_rect(app::Rect, app::Rgb, std::uint8_t) override {}
    void fill_rounded(app::Rect, int, app::Rgb, std::uint8_t) override {}
    void outline_rounded(app::Rect, int, int, app::Rgb) override {}
    void thick_line(app::Point, app::Point, int, app::Rgb) override {}
    void fill_circle(app::Point, int, app::Rgb) override {}
    void fill_polygon(app::Point, const std::vector<app::Point>&, app::Rgb) override {}
    app::TextLayout measure(std::string_view text, app::Rect box,
                            const app::TextStyle& style) override {
        return app::layout_text(fonts_, text, box.w, box.h, style);
    }
    app::TextLayout text(std::string_view text, app::Rect box,
                         const app::TextStyle& style) override {
        const app::TextLayout layout = measure(text, box, style);
        ++texts;
        drawn.push_back({std::string(text), box, layout.size});
        const bool inside = app::Rect{0, 0, w_, h_}.contains(box);
        if (!layout.fits || !inside || box.w <= 0 || box.h <= 0) {
            problems.push_back(
                "\"" + std::string(text.substr(0, 60)) + "\" in " + std::to_string(box.w) + "x" +
                std::to_string(box.h) + " at " + std::to_string(box.x) + "," +
                std::to_string(box.y) + (inside ? "" : " (box outside the window)") +
                (layout.fits ? "" : " (does not fit at " + std::to_string(layout.size) + " px)"));
        }
        return layout;
    }
    int texts = 0;
    std::vector<std::string> problems;
    struct Drawn {
        std::string text;
        app::Rect box;
        int size = 0;
    };
    std::vector<Drawn> drawn;

  private:
    app::FontSet& fonts_;
    int w_;
    int h_;
};

struct TtfSession {
    TtfSession() { REQUIRE(TTF_Init() == 0); }
    ~TtfSession() { TTF_Quit(); }
};

// The longest question of each type the pack can produce, by its prompt and options.
std::vector<core::Question> longest_questions(const core::QuestionBank& bank) {
    std::map<core::QuestionType, core::Question> longest;
    auto size_of = [](const core::Question& q) {
        std::size_t n = core::utf8_length(q.prompt) * 2;
        for (const auto& c : q.choices)
            n = std::max(n, core::utf8_length(c) * 3);
        return n + core::utf8_length(q.explanation);
    };
    for (const core::Question& q : bank.all(1)) {
        auto it = longest.find(q.type);
        if (it == longest.end() || size_of(q) > size_of(it->second))
            longest[q.type] = q;
    }
    // And the one with the longest option of all, and the longest explanation.
    core::Question widest_option;
    core::Question widest_explanation;
    std::size_t best = 0;
    std::size_t best_explanation = 0;
    for (const core::Question& q : bank.all(1)) {
        for (const auto& c : q.choices) {
            if (core::utf8_length(c) > best) {
                best = core::utf8_length(c);
                widest_option = q;
            }
        }
        if (core::utf8_length(q.explanation) > best_explanation) {
            best_explanation = core::utf8_length(q.explanation);
            widest_explanation = q;
        }
    }
    std::vector<core::Question> out;
    for (auto& [type, q] : longest)
        out.push_back(q);
    out.push_back(widest_option);
    out.push_back(widest_explanation);
    return out;
}

// A solo match on `round`, its player named with the longest name allowed, started.
play::Match solo_match(core::Round round) {
    play::Rules rules;
    rules.play = core::PlaySettings{20, true};
    play::Match match(rules, std::move(round));
    match.apply(
        {play::What::join, play::kHost, 0, {}, std::string(24, 'W'), play::Binding::local(), -1});
    match.apply({play::What::start, play::kHost, 0, {}, {}, {}, -1});
    return match;
}

std::shared_ptr<screens::LiveMatch> session_with(const core::Question& q, bool answered,
                                                 bool right) {
    core::Round round;
    round.questions = {q, q};
    play::Match match = solo_match(round);
    match.apply({play::What::show, play::kHost, 0, {}, {}, {}, -1});
    if (answered) {
        core::GivenAnswer g;
        g.choice = right ? q.answer
                         : (q.answer + 1) % std::max<int>(1, static_cast<int>(q.choices.size()));
        g.order = q.order;
        g.text = right ? q.accept.empty() ? "" : q.accept.front() : std::string(40, 'W');
        match.apply({play::What::answer, 0, 1000, g, {}, {}, -1});
    }
    return std::make_shared<screens::LiveMatch>(std::move(match), core::RoundSettings{});
}

void check_screen(app::Screen& screen, FakeServices& services, app::FontSet& fonts,
                  const std::string& what) {
    const app::Metrics& m = services.metrics();
    MeasuringCanvas canvas(fonts, m.width, m.height);
    screen.draw(canvas, m);
    screen.draw_live(canvas, m, 1000);
    CAPTURE(what);
    CAPTURE(m.width);
    CAPTURE(m.height);
    CAPTURE(m.font_scale);
    CHECK(canvas.texts > 0);
    for (const auto& p : canvas.problems) {
        CAPTURE(p);
        CHECK(false);
    }
}

}  // namespace

TEST_CASE("every screen keeps every text inside its box, from 800x600 to 1920x1080, at 150 %") {
    TtfSession ttf;
    app::FontSet fonts(std::filesystem::path(FILMQUIZ_SOURCE_DIR) / "assets" / "fonts");
    const std::pair<int, int> sizes[] = {{800, 600}, {1280, 720}, {1920, 1080}};
    for (const auto& [w, h] : sizes) {
        for (const double scale : {1.0, 1.5}) {
            FakeServices s;
            s.set_metrics(app::Metrics(w, h, scale));
            s.game_settings.last_player = std::string(24, 'W');
            s.notice =
                "Your scores file was damaged (integrity check: page 3 is never used). It was "
                "moved to "
                "scores.corrupt-20261122-153617.sqlite and a new one was started.";
            for (int i = 0; i < 10; ++i) {
                store::ScoreRow row;
                row.game_id = i;
                row.player = std::string(24, 'W');
                row.score = 99999 - i;
                row.correct = 20;
                row.answered = 20;
                row.played_at = "2026-11-22T15:36:17Z";
                s.table.push_back(row);
                s.past.push_back(row);
            }

            screens::TitleScreen title;
            title.enter(s);
            check_screen(title, s, fonts, "title");

            screens::SetupScreen setup;
            setup.enter(s);
            // The longest "watched up to" line: every position.
            for (int i = 0; i < 35; ++i) {
                check_screen(setup, s, fonts, "setup, watched step " + std::to_string(i));
                setup.handle(app::make_input(app::Action::up), s);  // to "Watched"
                setup.handle(app::make_input(app::Action::up), s);
                setup.handle(app::make_input(app::Action::right), s);
                setup.handle(app::make_input(app::Action::down), s);
                setup.handle(app::make_input(app::Action::down), s);
            }
            screens::FamiliesScreen families;
            families.enter(s);
            check_screen(families, s, fonts, "families");
            screens::SettingsScreen settings;
            settings.enter(s);
            check_screen(settings, s, fonts, "settings");
            screens::HowToPlayScreen how;
            how.enter(s);
            check_screen(how, s, fonts, "how to play");
            how.handle(app::make_input(app::Action::right), s);
            REQUIRE(how.page() == 1);
            check_screen(how, s, fonts, "how to play at a party");
            how.handle(app::make_input(app::Action::right), s);
            REQUIRE(how.page() == 2);
            check_screen(how, s, fonts, "how to play for a host");
            screens::HighScoresScreen scores(4);
            scores.enter(s);
            check_screen(scores, s, fonts, "high scores");
            screens::NameEntryScreen name(1, "Player");
            name.enter(s);
            check_screen(name, s, fonts, "name entry");
            screens::PauseScreen pause(nullptr);
            pause.enter(s);
            check_screen(pause, s, fonts, "pause");
            pause.handle(app::make_input(app::Action::down), s);
            pause.handle(app::make_input(app::Action::confirm), s);
            check_screen(pause, s, fonts, "confirm quit");

            for (const core::Question& q : longest_questions(s.bank())) {
                const std::string what = std::string(core::to_string(q.type)) + " " + q.id;
                screens::QuestionScreen question(session_with(q, false, false));
                question.enter(s);
                check_screen(question, s, fonts, "question " + what);
                for (const bool right : {true, false}) {
                    screens::RevealScreen reveal(session_with(q, true, right), q.order);
                    reveal.enter(s);
                    check_screen(reveal, s, fonts, "reveal " + what);
                }
            }
            // A summary with every family and a full history.
            core::Round round;
            for (const core::Family f : core::all_families()) {
                for (const auto& q : s.bank().all(1)) {
                    if (q.family == f && q.type == core::QuestionType::true_false) {
                        round.questions.push_back(q);
                        break;
                    }
                }
            }
            play::Match match = solo_match(round);
            for (int i = 0; i < match.session().count(); ++i) {
                match.apply({play::What::show, play::kHost, 0, {}, {}, {}, -1});
                match.apply(
                    {play::What::answer, 0, 100, core::GivenAnswer{0, {}, "", false}, {}, {}, -1});
                match.apply({play::What::next, play::kHost, 200, {}, {}, {}, -1});
            }
            REQUIRE(match.phase() == play::Phase::summary);
            auto session =
                std::make_shared<screens::LiveMatch>(std::move(match), core::RoundSettings{});
            screens::SummaryScreen summary(session);
            summary.enter(s);
            check_screen(summary, s, fonts, "summary");
        }
    }
}

namespace {

// The longest names allowed: 24 of the widest letter, told apart by their last character.
std::string long_name(int i) {
    return std::string(23, 'W') + std::to_string(i + 1);
}

// A party of eight with the longest names, four teams, on `questions`, started and shown.
std::shared_ptr<screens::LiveMatch> party_of_eight(play::Mode mode,
                                                   std::vector<core::Question> questions) {
    play::Rules rules;
    rules.mode = mode;
    rules.scoreboard = true;
    core::Round round;
    round.seed = 3;
    round.questions = std::move(questions);
    play::Match match(rules, round);
    for (int i = 0; i < 8; ++i) {
        play::Command join;
        join.what = play::What::join;
        join.name = long_name(i);
        join.binding = i < 4 ? play::Binding::zone(i) : play::Binding::gamepad(i);
        join.team = i % 4;
        REQUIRE(match.apply(join));
    }
    REQUIRE(match.apply({play::What::start, play::kHost, 0, {}, {}, {}, -1}));
    REQUIRE(match.apply({play::What::show, play::kHost, 0, {}, {}, {}, -1}));
    auto live = std::make_shared<screens::LiveMatch>(std::move(match), core::RoundSettings{});
    live->set_zones(app::default_zones().zones);
    return live;
}

}  // namespace

TEST_CASE("every party screen keeps its texts inside their boxes with eight long names") {
    TtfSession ttf;
    app::FontSet fonts(std::filesystem::path(FILMQUIZ_SOURCE_DIR) / "assets" / "fonts");
    const std::pair<int, int> sizes[] = {{800, 600}, {1280, 720}, {1920, 1080}};
    for (const auto& [w, h] : sizes) {
        for (const double scale : {1.0, 1.5}) {
            FakeServices s;
            s.set_metrics(app::Metrics(w, h, scale));
            s.game_settings.party_teams = 4;
            for (int i = 0; i < 8; ++i)
                s.known_players.push_back(long_name(i));
            s.pads = {4, 5, 6, 7};

            screens::PartyLobbyScreen lobby;
            lobby.enter(s);
            check_screen(lobby, s, fonts, "empty lobby");
            for (int z = 0; z < 4; ++z) {
                app::Input in = app::make_choice(0);
                in.zone = z;
                lobby.handle(in, s);
            }
            for (int p = 4; p < 9; ++p) {  // the ninth is refused, with a message
                app::Input in = app::make_input(app::Action::confirm, 0, app::Device::gamepad);
                in.pad = p;
                lobby.handle(in, s);
            }
            REQUIRE(lobby.match().seats().size() == 8);
            check_screen(lobby, s, fonts, "full lobby");
            // Every "watched up to" line.
            for (int i = 0; i < 40; ++i) {
                for (int k = 0; k < 5; ++k)
                    lobby.handle(app::make_input(app::Action::up), s);
                REQUIRE(lobby.focused_row() == screens::PartyLobbyScreen::watched);
                lobby.handle(app::make_input(app::Action::right), s);
                check_screen(lobby, s, fonts, "lobby, watched step " + std::to_string(i));
                for (int k = 0; k < 5; ++k)
                    lobby.handle(app::make_input(app::Action::down), s);
            }
            // Joining from phones: the QR code, the address and the code take the keys' place.
            lobby.handle(app::make_input(app::Action::up), s);
            lobby.handle(app::make_input(app::Action::right), s);
            REQUIRE(lobby.phones_on());
            check_screen(lobby, s, fonts, "lobby with phones");
            lobby.handle(app::make_input(app::Action::right), s);
            REQUIRE_FALSE(lobby.phones_on());
            lobby.handle(app::make_input(app::Action::down), s);

            for (const core::Question& q : longest_questions(s.bank())) {
                if (q.type == core::QuestionType::type_in)
                    continue;  // a party has none
                const std::string what = std::string(core::to_string(q.type)) + " " + q.id;
                for (const play::Mode mode : {play::Mode::everyone, play::Mode::buzz}) {
                    auto live = party_of_eight(mode, {q, q});
                    screens::PartyQuestionScreen question(live);
                    question.enter(s);
                    check_screen(question, s, fonts, "party question " + what);
                    if (mode == play::Mode::buzz) {
                        // The longest banner: a tie, with the widest names.
                        play::Command buzz;
                        buzz.what = play::What::buzz;
                        buzz.at_ms = 2500;
                        buzz.seat = 0;
                        live->apply(buzz, s);
                        buzz.seat = 7;
                        live->apply(buzz, s);
                        REQUIRE(live->match().buzz().tied.size() == 2);
                        check_screen(question, s, fonts, "party question, tie " + what);
                    }
                    // Everyone answers (half of them right); then the reveal and scores.
                    for (int seat = 0; seat < 8; ++seat) {
                        play::Command a;
                        a.what = mode == play::Mode::buzz ? play::What::buzz : play::What::answer;
                        a.seat = seat;
                        a.at_ms = 3000;
                        if (mode == play::Mode::buzz)
                            live->apply(a, s);
                        a.what = play::What::answer;
                        a.answer.choice = seat % 2 == 0 ? q.answer : (q.answer + 1) % 2;
                        a.answer.order = q.order;
                        live->apply(a, s);
                    }
                    if (live->match().phase() == play::Phase::question)
                        live->update(100000, s);
                    REQUIRE(live->match().phase() == play::Phase::reveal);
                    screens::PartyRevealScreen reveal(live);
                    reveal.enter(s);
                    check_screen(reveal, s, fonts, "party reveal " + what);
                    live->apply({play::What::next, play::kHost, 4000, {}, {}, {}, -1}, s);
                    REQUIRE(live->match().phase() == play::Phase::scoreboard);
                    screens::PartyScoreboardScreen scores(live);
                    scores.enter(s);
                    check_screen(scores, s, fonts, "party scores " + what);
                    live->apply({play::What::next, play::kHost, 5000, {}, {}, {}, -1}, s);
                    live->apply({play::What::end, play::kHost, 6000, {}, {}, {}, -1}, s);
                    screens::PartySummaryScreen podium(live);
                    podium.enter(s);
                    check_screen(podium, s, fonts, "party podium " + what);
                }
            }
        }
    }
}

namespace {

// The texts drawn inside `area`, in drawing order.
std::vector<MeasuringCanvas::Drawn> drawn_in(const MeasuringCanvas& canvas, app::Rect area) {
    std::vector<MeasuringCanvas::Drawn> out;
    for (const auto& d : canvas.drawn) {
        if (area.contains(d.box))
            out.push_back(d);
    }
    return out;
}

// A bundled ordering question whose events, each fitted alone, would not share one size.
core::Question uneven_ordering(FakeServices& s, app::FontSet& fonts) {
    const app::Metrics& m = s.metrics();
    for (const core::Question& q : s.bank().all(1)) {
        if (q.type != core::QuestionType::ordering)
            continue;
        const screens::QuestionLayout l = screens::question_layout(m, q, false);
        std::set<int> sizes;
        for (std::size_t i = 0; i < q.choices.size() && i < l.tiles.size(); ++i) {
            // The question screen's text box: right of the key badge.
            const app::Rect r = l.tiles[i];
            const int chip_right = r.x + m.px(14) + 2 * std::min(m.px(52), r.h - m.px(16));
            const app::Rect box{chip_right + m.px(16), r.y + m.px(10),
                                r.right() - chip_right - m.px(30), r.h - m.px(20)};
            sizes.insert(app::layout_text(fonts, q.choices[i], box.w, box.h,
                                          {app::Face::text,
                                           m.tile_font(),
                                           {},
                                           app::Align::left,
                                           app::VAlign::middle,
                                           m.min_font()})
                             .size);
        }
        if (sizes.size() > 1)
            return q;
    }
    return {};
}

// A solo match on two copies of ordering question `q`, the first answered with `given`.
std::shared_ptr<screens::LiveMatch> ordering_answered(const core::Question& q,
                                                      const std::vector<int>& given) {
    core::Round round;
    round.questions = {q, q};
    play::Match match = solo_match(round);
    match.apply({play::What::show, play::kHost, 0, {}, {}, {}, -1});
    match.apply({play::What::answer, 0, 1000, core::GivenAnswer{-1, given, "", false}, {}, {}, -1});
    return std::make_shared<screens::LiveMatch>(std::move(match), core::RoundSettings{});
}

// The bank's first question (seed 1) that `wanted` accepts; an empty question when none.
template <typename Wanted>
core::Question first_question(const core::QuestionBank& bank, Wanted wanted) {
    for (const core::Question& c : bank.all(1)) {
        if (wanted(c))
            return c;
    }
    return {};
}

// A host's quiz on `questions`: eight teams on paper, or eight players with keys and pads,
// with the longest names; started and shown.
std::shared_ptr<screens::LiveMatch> hosted(bool paper, std::vector<core::Question> questions) {
    play::Rules rules;
    rules.mode = play::Mode::host;
    rules.scoreboard = true;
    rules.play.timer_seconds = 20;
    core::Round round;
    round.seed = 3;
    round.questions = std::move(questions);
    play::Match match(rules, round);
    for (int i = 0; i < 8; ++i) {
        play::Command join;
        join.what = play::What::join;
        join.name = long_name(i);
        join.binding = paper   ? play::Binding::paper(i)
                       : i < 4 ? play::Binding::zone(i)
                               : play::Binding::gamepad(i);
        REQUIRE(match.apply(join));
    }
    REQUIRE(match.apply({play::What::start, play::kHost, 0, {}, {}, {}, -1}));
    REQUIRE(match.apply({play::What::show, play::kHost, 0, {}, {}, {}, -1}));
    auto live = std::make_shared<screens::LiveMatch>(std::move(match), core::RoundSettings{});
    if (!paper)
        live->set_zones(app::default_zones().zones);
    return live;
}

}  // namespace

TEST_CASE("one question's tiles share one text size, asked and revealed") {
    TtfSession ttf;
    app::FontSet fonts(std::filesystem::path(FILMQUIZ_SOURCE_DIR) / "assets" / "fonts");
    FakeServices s;
    s.set_metrics(app::Metrics(800, 600, 1.5));
    const app::Metrics& m = s.metrics();
    const core::Question q = uneven_ordering(s, fonts);
    // Without a shared size, these events would be drawn at different sizes.
    REQUIRE(q.type == core::QuestionType::ordering);

    screens::QuestionScreen question(session_with(q, false, false));
    question.enter(s);
    MeasuringCanvas asked(fonts, m.width, m.height);
    question.draw(asked, m);
    std::set<int> sizes;
    int tiles = 0;
    for (const auto& d : asked.drawn) {
        if (std::find(q.choices.begin(), q.choices.end(), d.text) != q.choices.end()) {
            sizes.insert(d.size);
            ++tiles;
        }
    }
    CHECK(tiles == static_cast<int>(q.choices.size()));
    CHECK(sizes.size() == 1);

    // The reveal: the events glide into story order, numbered, at one size throughout.
    std::vector<int> given = q.order;
    std::swap(given[0], given[1]);
    const screens::QuestionLayout l = screens::question_layout(m, q, true);
    // Each event's number and text on the reveal, by its place in the story.
    auto label = [&](std::size_t k) {
        return std::to_string(k + 1) + ". " + q.choices[static_cast<std::size_t>(q.order[k])];
    };
    s.clock = 5000;
    screens::RevealScreen reveal(ordering_answered(q, given), given);
    reveal.enter(s);
    REQUIRE(reveal.animating(s.clock));
    sizes.clear();
    // Still: nothing of the events in the cached layer; they are drawn live.
    MeasuringCanvas still(fonts, m.width, m.height);
    reveal.draw(still, m);
    CHECK(drawn_in(still, l.tiles_area).empty());
    // As the player put them: the first two events swapped.
    MeasuringCanvas first(fonts, m.width, m.height);
    reveal.draw_live(first, m, s.clock);
    REQUIRE(drawn_in(first, l.tiles[0]).size() == 1);
    CHECK(drawn_in(first, l.tiles[0])[0].text == label(1));
    REQUIRE(drawn_in(first, l.tiles[1]).size() == 1);
    CHECK(drawn_in(first, l.tiles[1])[0].text == label(0));
    CHECK(first.drawn.size() == q.order.size());
    for (const auto& d : first.drawn)
        sizes.insert(d.size);
    // Halfway: between the slots, at the same size.
    MeasuringCanvas midway(fonts, m.width, m.height);
    reveal.draw_live(midway, m, s.clock + screens::kGlideHoldMs + screens::kGlideMs / 2);
    CHECK(midway.drawn.size() == q.order.size());
    CHECK(drawn_in(midway, l.tiles[0]).empty());
    for (const auto& d : midway.drawn)
        sizes.insert(d.size);
    // Arrived: update() ends the glide, and the events are part of the still picture.
    const std::uint32_t end = screens::glide_end_ms(q, given, false);
    REQUIRE(end == screens::kGlideHoldMs + screens::kGlideStaggerMs + screens::kGlideMs);
    s.clock += end - 1;
    reveal.update(s.clock, s);
    CHECK(reveal.animating(s.clock));
    s.clock += 1;
    reveal.update(s.clock, s);
    CHECK_FALSE(reveal.animating(s.clock));
    MeasuringCanvas revealed(fonts, m.width, m.height);
    reveal.draw(revealed, m);
    MeasuringCanvas after(fonts, m.width, m.height);
    reveal.draw_live(after, m, s.clock);
    CHECK(after.drawn.empty());
    for (std::size_t k = 0; k < q.order.size(); ++k) {
        const auto in_tile = drawn_in(revealed, l.tiles[k]);
        REQUIRE(in_tile.size() == 1);
        CHECK(in_tile[0].text == label(k));
        sizes.insert(in_tile[0].size);
    }
    CHECK(sizes.size() == 1);

    // Reduced motion: in story order from the first frame, nothing drawn live.
    s.game_settings.reduced_motion = true;
    screens::RevealScreen calm(ordering_answered(q, given), given);
    calm.enter(s);
    CHECK_FALSE(calm.animating(s.clock));
    MeasuringCanvas at_once(fonts, m.width, m.height);
    calm.draw(at_once, m);
    for (std::size_t k = 0; k < q.order.size(); ++k) {
        const auto in_tile = drawn_in(at_once, l.tiles[k]);
        REQUIRE(in_tile.size() == 1);
        CHECK(in_tile[0].text == label(k));
    }
}

TEST_CASE("a party's ordering reveal: the events glide from the order shown into story order") {
    TtfSession ttf;
    app::FontSet fonts(std::filesystem::path(FILMQUIZ_SOURCE_DIR) / "assets" / "fonts");
    FakeServices s;
    const app::Metrics& m = s.metrics();
    const core::Question q = first_question(s.bank(), [](const core::Question& c) {
        return c.type == core::QuestionType::ordering && c.order.front() != 0;
    });
    REQUIRE(q.type == core::QuestionType::ordering);
    auto live = party_of_eight(play::Mode::everyone, {q, q});
    for (int seat = 0; seat < 8; ++seat)
        live->apply(
            {play::What::answer, seat, 3000, core::GivenAnswer{-1, q.order, "", false}, {}, {}, -1},
            s);
    REQUIRE(live->match().phase() == play::Phase::reveal);
    const app::Rect area = screens::party_layout(m, live->match(), true).tiles_area;
    const int n = static_cast<int>(q.order.size());
    const int row = (area.h - m.px(6) * (n - 1)) / n;
    auto row_of = [&](std::size_t k) {
        return app::Rect{area.x, area.y + static_cast<int>(k) * (row + m.px(6)), area.w, row};
    };
    auto label = [&](std::size_t k) {
        return std::to_string(k + 1) + ". " + q.choices[static_cast<std::size_t>(q.order[k])];
    };
    s.clock = 2000;
    screens::PartyRevealScreen reveal(live);
    reveal.enter(s);
    REQUIRE(reveal.animating(s.clock));
    // First: each event in the row it had on the question screen, numbered by the story.
    MeasuringCanvas first(fonts, m.width, m.height);
    reveal.draw_live(first, m, s.clock);
    for (std::size_t k = 0; k < q.order.size(); ++k) {
        const auto in_row = drawn_in(first, row_of(static_cast<std::size_t>(q.order[k])));
        CAPTURE(k);
        REQUIRE_FALSE(in_row.empty());
        CHECK(in_row.back().text == label(k));
    }
    // Then in story order, still, once the glide is over.
    s.clock += screens::glide_end_ms(q, {}, false);
    reveal.update(s.clock, s);
    CHECK_FALSE(reveal.animating(s.clock));
    MeasuringCanvas after(fonts, m.width, m.height);
    reveal.draw(after, m);
    std::set<int> sizes;
    for (std::size_t k = 0; k < q.order.size(); ++k) {
        const auto in_row = drawn_in(after, row_of(k));
        CAPTURE(k);
        REQUIRE_FALSE(in_row.empty());
        CHECK(in_row.back().text == label(k));
        sizes.insert(in_row.back().size);
    }
    CHECK(sizes.size() == 1);
}

TEST_CASE("a fan site's true or false: its source is on the solo and the party reveal") {
    TtfSession ttf;
    app::FontSet fonts(std::filesystem::path(FILMQUIZ_SOURCE_DIR) / "assets" / "fonts");
    FakeServices s;
    const app::Metrics& m = s.metrics();
    const core::Question q = first_question(s.bank(), [](const core::Question& c) {
        return c.type == core::QuestionType::true_false && !c.verified;
    });
    REQUIRE(q.type == core::QuestionType::true_false);
    REQUIRE(q.sources == std::vector<std::string>{"seed:fan-app"});
    auto shown = [](const MeasuringCanvas& canvas, const std::string& text) {
        return std::count_if(canvas.drawn.begin(), canvas.drawn.end(),
                             [&](const auto& d) { return d.text == text; });
    };
    const std::string source = "Source: fan-app page (unverified)";

    screens::RevealScreen solo(session_with(q, true, true), {});
    solo.enter(s);
    MeasuringCanvas alone(fonts, m.width, m.height);
    solo.draw(alone, m);
    CHECK(shown(alone, source) == 1);

    auto live = party_of_eight(play::Mode::everyone, {q, q});
    for (int seat = 0; seat < 8; ++seat)
        live->apply({play::What::answer,
                     seat,
                     3000,
                     core::GivenAnswer{q.answer, {}, "", false},
                     {},
                     {},
                     -1},
                    s);
    REQUIRE(live->match().phase() == play::Phase::reveal);
    screens::PartyRevealScreen party(live);
    party.enter(s);
    MeasuringCanvas room(fonts, m.width, m.height);
    party.draw(room, m);
    CHECK(shown(room, source) == 1);
    CHECK(room.problems.empty());
}

TEST_CASE("a host's reveal with the room's answers: a source that wraps keeps clear of the why") {
    TtfSession ttf;
    app::FontSet fonts(std::filesystem::path(FILMQUIZ_SOURCE_DIR) / "assets" / "fonts");
    FakeServices s;
    s.set_metrics(app::Metrics(1280, 720, 1.0));
    const app::Metrics& m = s.metrics();
    int sources_shown = 0;
    // Every true/false question of the bank: explanations of every length, sources that take
    // one line or two beside the chart.
    for (const core::Question& q : s.bank().all(1)) {
        if (q.type != core::QuestionType::true_false)
            continue;
        CAPTURE(q.id);
        auto live = hosted(false, {q, q});
        live->apply({play::What::start_timer, play::kHost, 100, {}, {}, {}, -1}, s);
        for (int seat = 0; seat < 8; ++seat) {
            play::Command a;
            a.what = play::What::answer;
            a.seat = seat;
            a.at_ms = 3000;
            a.answer.choice = seat % 2;
            live->apply(a, s);
        }
        live->apply({play::What::next, play::kHost, 4000, {}, {}, {}, -1}, s);
        REQUIRE(live->match().phase() == play::Phase::reveal);
        screens::PartyRevealScreen reveal(live);
        reveal.enter(s);
        MeasuringCanvas canvas(fonts, m.width, m.height);
        reveal.draw(canvas, m);
        CHECK(canvas.problems.empty());
        const auto why = std::find_if(canvas.drawn.begin(), canvas.drawn.end(),
                                      [&](const auto& d) { return d.text == q.explanation; });
        const auto source =
            std::find_if(canvas.drawn.begin(), canvas.drawn.end(),
                         [](const auto& d) { return d.text.rfind("Source: ", 0) == 0; });
        REQUIRE(why != canvas.drawn.end());
        if (source != canvas.drawn.end()) {
            ++sources_shown;
            CHECK(source->box.y >= why->box.bottom());
        }
    }
    CHECK(sources_shown > 20);
}

TEST_CASE("typed answers on the reveal: what was typed, once, and what it counted as") {
    core::Question q;
    q.type = core::QuestionType::type_in;
    q.accept = {"Kodaline", "Kodaline (band)"};
    auto said = [&](const std::string& typed, bool right) {
        const screens::TypedReveal r = screens::typed_reveal(q, typed, right);
        return r.yours + " | " + r.answer;
    };
    CHECK(said("Kodalien", true) == "You typed: Kodalien \u2014 accepted as Kodaline | ");
    CHECK(said("kodaline", true) == "You typed: kodaline | ");
    CHECK(said("  Kodaline ", true) == "You typed: Kodaline | ");
    CHECK(said("Kodaline band", true) == "You typed: Kodaline band | ");
    CHECK(said("Coldplay", false) ==
          "You typed: Coldplay | Answer: Kodaline (also accepted: Kodaline (band))");
    CHECK(said("", false) ==
          "You typed nothing | Answer: Kodaline (also accepted: Kodaline (band))");

    // On screen, an exact answer is shown once.
    TtfSession ttf;
    app::FontSet fonts(std::filesystem::path(FILMQUIZ_SOURCE_DIR) / "assets" / "fonts");
    FakeServices s;
    const app::Metrics& m = s.metrics();
    for (const core::Question& typed : s.bank().all(1)) {
        if (typed.type != core::QuestionType::type_in)
            continue;
        screens::RevealScreen reveal(session_with(typed, true, true), {});
        reveal.enter(s);
        MeasuringCanvas canvas(fonts, m.width, m.height);
        reveal.draw(canvas, m);
        const app::Rect area = screens::question_layout(m, typed, true).tiles_area;
        const auto tiles = drawn_in(canvas, area);
        REQUIRE(tiles.size() == 1);
        CHECK(tiles[0].text == "You typed: " + typed.accept.front());
        // Alone, in the middle of the room the answer would share.
        const int middle = tiles[0].box.y + tiles[0].box.h / 2;
        CHECK(middle >= area.y + area.h / 2 - 1);
        CHECK(middle <= area.y + area.h / 2 + 1);
        break;
    }
}

TEST_CASE("every host screen keeps its texts inside their boxes up to 200 % text, in both themes") {
    TtfSession ttf;
    app::FontSet fonts(std::filesystem::path(FILMQUIZ_SOURCE_DIR) / "assets" / "fonts");
    const std::pair<int, int> sizes[] = {{800, 600}, {1280, 720}, {1920, 1080}};
    for (const bool contrast : {false, true}) {
        app::use_high_contrast(contrast);
        for (const auto& [w, h] : sizes) {
            for (const double scale : {1.0, 1.5, 2.0}) {
                FakeServices s;
                s.set_metrics(app::Metrics(w, h, scale));
                const std::string where = std::to_string(w) + "x" + std::to_string(h) + " " +
                                          std::to_string(scale) + (contrast ? " contrast" : "");
                // The lobby is the host's own setup, at the player's text size (to 150 %).
                for (const bool paper : {true, false}) {
                    if (scale > 1.5)
                        break;
                    s.game_settings.host_answers = paper ? "paper" : "devices";
                    s.game_settings.host_teams = 8;
                    screens::PartyLobbyScreen lobby(true);
                    lobby.enter(s);
                    REQUIRE(lobby.on_paper() == paper);
                    check_screen(lobby, s, fonts, "host lobby " + where);
                }
                for (const core::Question& q : longest_questions(s.bank())) {
                    if (q.type == core::QuestionType::type_in)
                        continue;
                    const std::string what = std::string(core::to_string(q.type)) + " " + q.id;
                    for (const bool paper : {true, false}) {
                        auto live = hosted(paper, {q, q});
                        screens::PartyQuestionScreen question(live);
                        question.enter(s);
                        check_screen(question, s, fonts, "host question " + what + where);
                        live->host_screen().notes = true;
                        check_screen(question, s, fonts, "presenter strip " + what + where);
                        live->host_screen().notes = false;
                        live->host_screen().confirm_end = true;
                        check_screen(question, s, fonts, "end early? " + what + where);
                        live->host_screen().confirm_end = false;
                        live->apply({play::What::start_timer, play::kHost, 100, {}, {}, {}, -1}, s);
                        for (int seat = 0; seat < 8 && !paper; ++seat) {
                            play::Command a;
                            a.what = play::What::answer;
                            a.seat = seat;
                            a.at_ms = 3000;
                            a.answer.choice = seat % 3;
                            a.answer.order = q.order;
                            live->apply(a, s);
                        }
                        live->apply({play::What::next, play::kHost, 4000, {}, {}, {}, -1}, s);
                        REQUIRE(live->match().phase() == play::Phase::reveal);
                        screens::PartyRevealScreen reveal(live);
                        reveal.enter(s);
                        check_screen(reveal, s, fonts, "host reveal " + what + where);
                        if (paper) {
                            reveal.handle(app::make_choice(2), s);
                            check_screen(reveal, s, fonts, "host reveal, marked " + what + where);
                        }
                        live->host_screen().peek = true;
                        check_screen(reveal, s, fonts, "looking back " + what + where);
                        live->host_screen().peek = false;
                        live->apply({play::What::next, play::kHost, 5000, {}, {}, {}, -1}, s);
                        screens::PartyScoreboardScreen scores(live);
                        scores.enter(s);
                        check_screen(scores, s, fonts, "host scores " + what + where);
                        live->host_screen().blank = true;
                        check_screen(scores, s, fonts, "blank " + what + where);
                        live->host_screen().blank = false;
                        live->apply({play::What::end, play::kHost, 6000, {}, {}, {}, -1}, s);
                        screens::PartySummaryScreen podium(live);
                        podium.enter(s);
                        check_screen(podium, s, fonts, "host podium " + what + where);
                    }
                }
            }
        }
    }
    app::use_high_contrast(false);
}
