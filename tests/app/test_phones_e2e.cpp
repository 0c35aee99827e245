// Phones in the real loop: the lobby's switch starts the server (on 127.0.0.1 here); a
// phone (a Beast WebSocket client) and a keyboard zone play a whole party, the phone
// reloads mid-round and keeps its points, the host removes a phone, the QR code on the
// screen decodes to the address and code the lobby shows; and `filmquiz --party --phones`
// prints where to join, or says the port is in use.
#include <chrono>
#include <cstdio>
#include <functional>
#include <regex>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/scoring.hpp"
#include "game_driver.hpp"
#include "net/phone_client.hpp"
#include "screens/party_lobby_screen.hpp"
#include "screens/party_screens.hpp"

using namespace filmquiz;
using nlohmann::json;
using test::Game;
using test::Phone;
using test::TempDir;

namespace {

const play::Match& match_of(Game& g) {
    if (auto* v = dynamic_cast<screens::PartyView*>(g.app->top()))
        return v->live().match();
    if (auto* s = dynamic_cast<screens::PartySummaryScreen*>(g.app->top()))
        return s->live().match();
    return dynamic_cast<screens::PartyLobbyScreen&>(*g.app->top()).match();
}

screens::PartyLobbyScreen& lobby(Game& g) {
    return dynamic_cast<screens::PartyLobbyScreen&>(*g.app->top());
}

// Phones are served on loopback only in tests; set before the game starts.
struct LoopbackOnly {
    LoopbackOnly() { setenv("FILMQUIZ_PHONE_BIND", "127.0.0.1", 1); }
};

// A game in the watch-party lobby whose phones connect on 127.0.0.1.
struct PhoneGame : LoopbackOnly {
    explicit PhoneGame(const TempDir& data, const std::map<std::string, std::string>& settings = {})
        : game(data.path(), true, true, settings) {}
    Game game;
};

// Turns the loop until `done` holds; phones' messages arrive on another thread (5 s at most).
bool step_until(Game& g, const std::function<bool()>& done) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (!done()) {
        if (std::chrono::steady_clock::now() > deadline)
            return false;
        g.app->step(5);
    }
    return true;
}

// Turns the loop and reads the phone until it gets a message `want` accepts (5 s at most).
json await(Game& g, Phone& phone, const std::function<bool(const json&)>& want) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (std::chrono::steady_clock::now() < deadline) {
        g.app->step(2);
        if (const auto m = phone.read(std::chrono::milliseconds(10)); m && want(*m))
            return *m;
        if (phone.closed())
            break;
    }
    FAIL("the phone never got the message it waited for");
    return {};
}

// The phone's next view of this phase (of question `number`, when given).
json await_state(Game& g, Phone& phone, const std::string& phase, int number = 0) {
    return await(g, phone, [&](const json& m) {
        return m.value("type", "") == "state" && m.value("phase", "") == phase &&
               (number == 0 || m.value("number", 0) == number);
    });
}

void switch_phones_on(Game& g) {
    REQUIRE(g.until("party-lobby"));
    REQUIRE(lobby(g).focused_row() == screens::PartyLobbyScreen::start);
    g.press(SDL_SCANCODE_UP);
    REQUIRE(lobby(g).focused_row() == screens::PartyLobbyScreen::phones);
    g.press(SDL_SCANCODE_RIGHT);
    REQUIRE(lobby(g).phones_on());
    REQUIRE(g.app->phones() != nullptr);
}

json join_message(const std::string& room, const std::string& name, const std::string& token = "") {
    json j{{"type", "join"}, {"room", room}, {"name", name}};
    if (!token.empty())
        j["token"] = token;
    return j;
}

// The right answer to the question on screen, as a phone sends it, or a wrong one.
json answer_message(const std::string& token, int number, const core::Question& q, bool right) {
    json j{{"type", "answer"}, {"token", token}, {"number", number}};
    if (q.type == core::QuestionType::ordering) {
        std::vector<int> order = q.order;
        if (!right)
            std::swap(order[0], order[1]);
        j["order"] = order;
    } else {
        const int n = static_cast<int>(q.choices.size());
        j["choice"] = right ? q.answer : (q.answer + 1) % n;
    }
    return j;
}

// A keyboard zone's answer: its keys are 1 2 3 4.
void zone_answer(Game& g, const core::Question& q, bool right) {
    const SDL_Scancode keys[4] = {SDL_SCANCODE_1, SDL_SCANCODE_2, SDL_SCANCODE_3, SDL_SCANCODE_4};
    if (q.type == core::QuestionType::ordering) {
        std::vector<int> order = q.order;
        if (!right)
            std::swap(order[0], order[1]);
        for (const int k : order)
            g.press(keys[k]);
        return;
    }
    const int n = static_cast<int>(q.choices.size());
    g.press(keys[right ? q.answer : (q.answer + 1) % n]);
}

int points(int difficulty, bool right, int& streak) {
    core::AnswerFacts f;
    f.correct = right;
    f.difficulty = difficulty;
    f.streak_before = streak;
    streak = right ? streak + 1 : 0;
    return core::score_answer(f).total();
}

}  // namespace

TEST_CASE(
    "phones end to end: nothing listens until the switch is on; a phone and a keyboard "
    "zone play a party; a reload mid-round keeps the phone's points") {
    TempDir data;
    PhoneGame pg(data);
    Game& g = pg.game;
    REQUIRE(g.until("party-lobby"));
    CHECK_FALSE(lobby(g).phones_on());
    CHECK(g.app->phones() == nullptr);
    switch_phones_on(g);
    net::Hub& hub = *g.app->phones();
    const std::string code = lobby(g).room_code();
    CHECK(std::regex_match(code, std::regex("[A-Z]{4}")));
    CHECK(lobby(g).phone_urls() ==
          std::vector<std::string>{"http://127.0.0.1:" + std::to_string(hub.port()) + "/"});
    CHECK(lobby(g).network_note().empty());

    // A wrong code sees nothing; the right one gets a seat bound to the phone.
    Phone phone(hub.port());
    phone.send_json(join_message("ZZZZ", "Bea"));
    const json wrong =
        await(g, phone, [](const json& m) { return m.value("type", "") == "error"; });
    CHECK(wrong["error"] == "wrong room code: check the code on the big screen");
    phone.send_json(join_message(code, "Bea"));
    const json welcome =
        await(g, phone, [](const json& m) { return m.value("type", "") == "welcome"; });
    const std::string token = welcome["token"];
    CHECK(welcome["rejoined"] == false);
    REQUIRE(step_until(g, [&] { return match_of(g).seats().size() == 1; }));
    CHECK(match_of(g).seats().at(0).name == "Bea");
    CHECK(match_of(g).seats().at(0).binding.kind == play::DeviceKind::phone);

    // A keyboard zone joins the same lobby: phones and keys mix.
    g.press(SDL_SCANCODE_1);
    REQUIRE(match_of(g).seats().size() == 2);
    const std::string zone_name = match_of(g).seats().at(1).name;
    g.press(SDL_SCANCODE_DOWN);
    REQUIRE(lobby(g).focused_row() == screens::PartyLobbyScreen::start);
    g.press(SDL_SCANCODE_RETURN);
    REQUIRE(g.until("party-question"));

    Phone* current = &phone;
    std::unique_ptr<Phone> reloaded;
    int phone_score = 0;
    int phone_streak = 0;
    int zone_score = 0;
    int zone_streak = 0;
    const int count = match_of(g).session().count();
    for (int i = 0; i < count; ++i) {
        REQUIRE(step_until(g, [&] { return g.top() == "party-question"; }));
        const json shown = await_state(g, *current, "question", i + 1);
        CHECK(shown["number"] == i + 1);
        CHECK(shown["score"] == phone_score);
        CHECK_FALSE(shown.contains("answer"));
        const core::Question q = match_of(g).question();
        const bool phone_right = i % 3 != 1;
        const bool zone_right = i % 2 == 0;
        if (i == 2) {
            // The page reloads before answering: a new connection with the kept token.
            current->close();
            REQUIRE(step_until(g, [&] { return !match_of(g).seats().at(0).connected; }));
            reloaded = std::make_unique<Phone>(hub.port());
            current = reloaded.get();
            current->send_json(join_message(code, "ignored", token));
            const json back =
                await(g, *current, [](const json& m) { return m.value("type", "") == "welcome"; });
            CHECK(back["rejoined"] == true);
            CHECK(back["name"] == "Bea");
            const json again = await_state(g, *current, "question", i + 1);
            CHECK(again["score"] == phone_score);
            CHECK(match_of(g).seats().at(0).connected);
        }
        zone_answer(g, q, zone_right);
        CHECK(g.top() == "party-question");  // the phone has not answered yet
        current->send_json(answer_message(token, i + 1, q, phone_right));
        const json reveal = await_state(g, *current, "reveal", i + 1);
        phone_score += points(q.difficulty, phone_right, phone_streak);
        zone_score += points(q.difficulty, zone_right, zone_streak);
        CHECK(reveal["correct"] == phone_right);
        CHECK(reveal["score"] == phone_score);
        REQUIRE(g.until("party-reveal"));
        g.press(SDL_SCANCODE_RETURN);
        if (i + 1 < count) {
            REQUIRE(g.until("party-scores"));
            if (i == 4) {
                // Between questions a new phone joins the game, then leaves it again.
                Phone late(hub.port());
                late.send_json(join_message(code, "Flo"));
                const json hello =
                    await(g, late, [](const json& m) { return m.value("type", "") == "welcome"; });
                REQUIRE(match_of(g).seats().size() == 3);
                CHECK(match_of(g).seats().at(2).name == "Flo");
                late.send_json({{"type", "leave"}, {"token", hello["token"]}});
                await(g, late, [](const json& m) { return m.value("type", "") == "accepted"; });
                CHECK_FALSE(match_of(g).seats().at(2).present);
            }
            g.press(SDL_SCANCODE_RETURN);
        }
    }
    REQUIRE(g.until("party-summary"));
    const json over = await_state(g, *current, "over");
    CHECK(over["score"] == phone_score);
    for (const play::Standing& s : match_of(g).standings()) {
        if (s.seat < 2)
            CHECK(s.score == (s.seat == 0 ? phone_score : zone_score));
    }

    // The store kept both players' games, the phone's with the points it played for.
    std::ostringstream csv;
    g.app->scores().export_answers_csv(csv);
    auto rows = test::parse_csv(csv.str());
    int bea_rows = 0;
    for (const auto& row : rows)
        bea_rows += std::count(row.begin(), row.end(), "Bea") > 0 ? 1 : 0;
    CHECK(bea_rows == count);
    CHECK(g.app->top_scores(10, store::GameMode::party).size() >= 2);
    CHECK(zone_name != "Bea");
}

TEST_CASE("phones end to end: the host removes a phone, whose token cannot join again") {
    TempDir data;
    PhoneGame pg(data);
    Game& g = pg.game;
    switch_phones_on(g);
    const std::string code = lobby(g).room_code();
    Phone ana(g.app->phones()->port());
    ana.send_json(join_message(code, "Cy"));
    const json welcome =
        await(g, ana, [](const json& m) { return m.value("type", "") == "welcome"; });
    REQUIRE(step_until(g, [&] { return match_of(g).seats().size() == 1; }));
    // Tab to the players, Backspace on the first card.
    g.press(SDL_SCANCODE_TAB);
    REQUIRE(lobby(g).pane() == screens::PartyLobbyScreen::Pane::players);
    g.press(SDL_SCANCODE_BACKSPACE);
    CHECK(match_of(g).seats().size() == 0);
    const json gone = await(g, ana, [](const json& m) { return m.value("type", "") == "error"; });
    CHECK(gone["error"] == "the host removed you from this game");

    Phone back(g.app->phones()->port());
    back.send_json(join_message(code, "Cy", welcome["token"]));
    const json refused =
        await(g, back, [](const json& m) { return m.value("type", "") == "refused"; });
    CHECK(refused["reason"] == "the host removed you from this game");
    CHECK(match_of(g).seats().size() == 0);
}

TEST_CASE("phones end to end: with teams on, a phone is dealt into a team like a key") {
    TempDir data;
    PhoneGame pg(data, {{"party_teams", "2"}});
    Game& g = pg.game;
    switch_phones_on(g);
    g.press(SDL_SCANCODE_1);
    Phone phone(g.app->phones()->port());
    phone.send_json(join_message(lobby(g).room_code(), "Gus"));
    REQUIRE(step_until(g, [&] { return match_of(g).seats().size() == 2; }));
    CHECK(match_of(g).seats().at(0).team == 0);
    CHECK(match_of(g).seats().at(1).team == 1);
}

TEST_CASE("phones end to end: switching phones off closes the server and frees their seats") {
    TempDir data;
    PhoneGame pg(data);
    Game& g = pg.game;
    switch_phones_on(g);
    const std::uint16_t port = g.app->phones()->port();
    Phone dee(port);
    dee.send_json(join_message(lobby(g).room_code(), "Dee"));
    REQUIRE(step_until(g, [&] { return match_of(g).seats().size() == 1; }));
    g.press(SDL_SCANCODE_RIGHT);
    CHECK_FALSE(lobby(g).phones_on());
    CHECK(g.app->phones() == nullptr);
    CHECK(match_of(g).seats().size() == 0);
    boost::asio::io_context ioc;
    boost::asio::ip::tcp::socket socket(ioc);
    boost::system::error_code ec;
    socket.connect({boost::asio::ip::make_address("127.0.0.1"), port}, ec);
    CHECK(ec == boost::asio::error::connection_refused);
}

TEST_CASE("phones end to end: the QR code on the screen decodes to the address and the code") {
    const bool have_zbar = std::system("command -v zbarimg >/dev/null 2>&1") == 0;
    if (!have_zbar && std::getenv("CI") == nullptr) {
        MESSAGE("zbarimg missing (Debian zbar-tools): the QR code on screen is not decoded");
        return;
    }
    REQUIRE_MESSAGE(have_zbar, "CI must decode the QR code: install zbar-tools");
    TempDir data;
    PhoneGame pg(data);
    Game& g = pg.game;
    switch_phones_on(g);
    // What the window shows now, read back from the renderer as grey levels.
    g.app->invalidate();
    g.app->step(0);
    SDL_Renderer* renderer = SDL_GetRenderer(g.app->window());
    int w = 0;
    int h = 0;
    REQUIRE(SDL_GetRendererOutputSize(renderer, &w, &h) == 0);
    std::vector<std::uint32_t> pixels(static_cast<std::size_t>(w) * static_cast<std::size_t>(h));
    REQUIRE(SDL_RenderReadPixels(renderer, nullptr, SDL_PIXELFORMAT_ARGB8888, pixels.data(),
                                 w * 4) == 0);
    std::string pgm = "P5\n" + std::to_string(w) + " " + std::to_string(h) + "\n255\n";
    for (const std::uint32_t px : pixels) {
        const int grey = (((px >> 16) & 0xFF) + ((px >> 8) & 0xFF) + (px & 0xFF)) / 3;
        pgm += static_cast<char>(grey);
    }
    TempDir dir;
    test::write_text(dir.path() / "lobby.pgm", pgm);
    const std::string command = "zbarimg --quiet --raw '" + (dir.path() / "lobby.pgm").string() +
                                "' > '" + (dir.path() / "out.txt").string() + "' 2>/dev/null";
    CHECK(std::system(command.c_str()) == 0);
    const std::string expected =
        lobby(g).phone_urls().front() + "?room=" + lobby(g).room_code() + "\n";
    CHECK(test::read_text(dir.path() / "out.txt") == expected);
}

namespace {

// A port on 127.0.0.1 that another program is listening on while this lives.
struct Listener {
    Listener() : acceptor(ioc, {boost::asio::ip::make_address("127.0.0.1"), 0}) {}
    std::uint16_t port() const { return acceptor.local_endpoint().port(); }
    boost::asio::io_context ioc;
    boost::asio::ip::tcp::acceptor acceptor;
};

}  // namespace

TEST_CASE("filmquiz --party --phones: one line says where to join, a port in use is refused") {
    TempDir cwd;
    std::uint16_t free_port = 0;
    {
        const Listener probe;
        free_port = probe.port();
    }
    // SIGINT is SDL's quit: the game closes cleanly after a second.
    const auto joined =
        test::run_filmquiz("--party --phones --port " + std::to_string(free_port), cwd.path(),
                           "FILMQUIZ_PHONE_BIND=127.0.0.1 timeout -s INT 2");
    CHECK(joined.out == "Join at http://127.0.0.1:" + std::to_string(free_port) + "/ with code " +
                            joined.out.substr(joined.out.size() - 5, 4) + "\n");
    CHECK(std::regex_match(joined.out, std::regex("Join at http://127\\.0\\.0\\.1:[0-9]+/ with "
                                                  "code [A-Z]{4}\n")));

    // A host's quiz opens its lobby with phones the same way.
    const auto hosted = test::run_filmquiz("--host --phones", cwd.path(),
                                           "FILMQUIZ_PHONE_BIND=127.0.0.1 timeout -s INT 2");
    CHECK(std::regex_match(hosted.out, std::regex("Join at http://127\\.0\\.0\\.1:[0-9]+/ with "
                                                  "code [A-Z]{4}\n")));

    const Listener taken;
    const std::string port = std::to_string(taken.port());
    const auto refused = test::run_filmquiz("--party --phones --port " + port, cwd.path(),
                                            "FILMQUIZ_PHONE_BIND=127.0.0.1");
    CHECK(refused.exit_code == 1);
    CHECK(refused.out.empty());
    CHECK(refused.err == "filmquiz: port " + port +
                             " is in use: another program (or another filmquiz) is listening "
                             "there; close it or choose another port with --port\n");
}

TEST_CASE("filmquiz --phones and --port: only with the lobby they belong to") {
    TempDir cwd;
    const auto alone = test::run_filmquiz("--phones", cwd.path());
    CHECK(alone.exit_code == 2);
    CHECK(alone.err ==
          "filmquiz: --phones needs --party or --host (phones join the lobby)\n"
          "Run 'filmquiz --help' for usage.\n");
    const auto port = test::run_filmquiz("--party --port 8080", cwd.path());
    CHECK(port.exit_code == 2);
    CHECK(port.err == "filmquiz: --port needs --phones\nRun 'filmquiz --help' for usage.\n");
    const auto range = test::run_filmquiz("--party --phones --port 70000", cwd.path());
    CHECK(range.exit_code == 2);
}
