// The phone server over 127.0.0.1 with plain Beast clients: the page's files and 404s for
// every way out of the web root, then phones joining, answering and seeing the reveal, and
// every hostile message refused with its exact reason and no change to any score.
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "net/hub.hpp"
#include "net/phone_client.hpp"
#include "play/match.hpp"
#include "test_support.hpp"

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
using tcp = asio::ip::tcp;
using nlohmann::json;
using namespace filmquiz;

namespace {

const std::filesystem::path kWebRoot = std::filesystem::path(FILMQUIZ_SOURCE_DIR) / "assets/web";

// Three multiple-choice questions, right answers 0, 1, 2, worth 100 each without a timer.
core::Round three_questions() {
    core::Round round;
    for (int i = 0; i < 3; ++i) {
        core::Question q;
        q.id = "test.q" + std::to_string(i);
        q.prompt = "Question " + std::to_string(i + 1) + "?";
        q.choices = {"a", "b", "c", "d"};
        q.answer = i;
        round.questions.push_back(q);
    }
    return round;
}

// The game's side: a match, the hub, and a clock the test moves by hand.
struct Game {
    explicit Game(int timer_seconds = 0, std::filesystem::path web_root = kWebRoot)
        : match(rules(timer_seconds), three_questions()) {
        net::HubOptions o;
        o.web_root = std::move(web_root);
        o.bind_address = "127.0.0.1";
        o.room_code = "FAME";
        o.wake = [this] {
            const std::lock_guard lock(mutex);
            woken = true;
            cv.notify_one();
        };
        o.log = [this](const std::string& line) {
            const std::lock_guard lock(log_mutex);
            log.push_back(line);
        };
        hub = std::make_unique<net::Hub>(o);
        const net::StartResult started = hub->start();
        REQUIRE_MESSAGE(started.ok, started.error);
    }
    static play::Rules rules(int timer_seconds) {
        play::Rules r;
        r.mode = play::Mode::everyone;
        r.play.timer_seconds = timer_seconds;
        r.max_seats = play::kMaxPlayers;
        return r;
    }

    // Pumps and publishes until `done` holds, waiting for the hub's wake calls (2 s at most).
    bool pump_until(const std::function<bool()>& done) {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
        while (true) {
            {
                std::unique_lock lock(mutex);
                cv.wait_until(lock, deadline, [this] { return woken; });
                woken = false;
            }
            handled +=
                hub->pump(match, now, [this](const play::Command& c) { return match.apply(c); });
            publish();
            if (done())
                return true;
            if (std::chrono::steady_clock::now() >= deadline)
                return false;
        }
    }
    // Pumps until the next message from a phone has been handled.
    bool pump() {
        const int before = handled;
        return pump_until([&] { return handled > before; });
    }
    void publish() {
        match.update(now);
        hub->publish(match, now);
    }
    play::Verdict host(play::What what) {
        play::Command c;
        c.what = what;
        c.at_ms = now;
        const play::Verdict v = match.apply(c);
        publish();
        return v;
    }
    std::vector<int> scores() const {
        std::vector<int> out;
        for (const auto& p : match.session().participants())
            out.push_back(p.score);
        return out;
    }
    bool logged(const std::string& text) {
        const std::lock_guard lock(log_mutex);
        for (const auto& line : log) {
            if (line.find(text) != std::string::npos)
                return true;
        }
        return false;
    }

    play::Match match;
    std::unique_ptr<net::Hub> hub;
    std::uint32_t now = 1000;
    std::mutex mutex;
    std::condition_variable cv;
    bool woken = false;
    int handled = 0;
    std::mutex log_mutex;
    std::vector<std::string> log;
};

using test::Phone;

json join_message(const std::string& name, const std::string& token = "",
                  const std::string& room = "FAME") {
    json j{{"type", "join"}, {"room", room}, {"name", name}};
    if (!token.empty())
        j["token"] = token;
    return j;
}

json answer_message(const std::string& token, int number, int choice) {
    return {{"type", "answer"}, {"token", token}, {"number", number}, {"choice", choice}};
}

// Joins and returns the token; the welcome and the lobby view are read.
std::string join(Game& game, Phone& phone, const std::string& name) {
    phone.send_json(join_message(name));
    game.pump();
    const json welcome = phone.expect("welcome");
    CHECK(welcome["name"] == name);
    CHECK(welcome["rejoined"] == false);
    phone.expect("state");
    return welcome["token"];
}

struct HttpReply {
    int status = 0;
    std::string content_type;
    std::string body;
};

// One raw request, so that targets go out exactly as written.
HttpReply http_get(std::uint16_t port, const std::string& target,
                   const std::string& method = "GET") {
    asio::io_context ioc;
    tcp::socket socket(ioc);
    socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
    const std::string request =
        method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    asio::write(socket, asio::buffer(request));
    beast::flat_buffer buffer;
    http::response_parser<http::string_body> parser;
    parser.skip(method == "HEAD");
    beast::error_code ec;
    http::read(socket, buffer, parser, ec);
    HttpReply reply;
    if (ec)
        return reply;
    reply.status = static_cast<int>(parser.get().result_int());
    reply.content_type = std::string(parser.get()[http::field::content_type]);
    reply.body = parser.get().body();
    return reply;
}

}  // namespace

TEST_CASE("phone server: serves the page and nothing outside the web root") {
    test::TempDir dir;
    const auto root = dir.path() / "web";
    std::filesystem::create_directories(root / "sub");
    test::write_text(root / "index.html", "<p>page</p>");
    test::write_text(root / "app.js", "let a;");
    test::write_text(root / "sub" / "inner.txt", "inner");
    test::write_text(dir.path() / "secret.txt", "secret");
    test::write_text(root / ".hidden", "hidden");
    std::filesystem::create_symlink(dir.path() / "secret.txt", root / "leak.txt");
    std::filesystem::create_symlink(root / "sub" / "inner.txt", root / "inside.txt");
    Game game(0, root);
    const std::uint16_t port = game.hub->port();

    const HttpReply index = http_get(port, "/");
    CHECK(index.status == 200);
    CHECK(index.content_type == "text/html; charset=utf-8");
    CHECK(index.body == "<p>page</p>");
    CHECK(http_get(port, "/?room=FAME").body == "<p>page</p>");
    CHECK(http_get(port, "/app.js").content_type == "text/javascript; charset=utf-8");
    CHECK(http_get(port, "/sub/inner.txt").body == "inner");
    CHECK(http_get(port, "/inside.txt").body == "inner");  // a symlink that stays inside
    CHECK(http_get(port, "/", "HEAD").status == 200);
    CHECK(http_get(port, "/", "POST").status == 405);

    for (const std::string target :
         {"/../secret.txt", "/sub/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
          "/sub/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/..%5csecret.txt", "/leak.txt",
          "/.hidden", "/index.html%00.txt", "/%zz", "/%2", "//etc/passwd", "/etc/passwd",
          "http://127.0.0.1/index.html", "index.html", "/missing.html", "/sub", "/ws"}) {
        CAPTURE(target);
        const HttpReply r = http_get(port, target);
        CHECK(r.status == 404);
        CHECK(r.body.find("secret") == std::string::npos);
    }
}

TEST_CASE("phone server: resolve_web_path, the rule behind the 404s") {
    const auto root = std::filesystem::canonical(kWebRoot);
    CHECK(net::resolve_web_path(root, "/") == root / "index.html");
    CHECK(net::resolve_web_path(root, "/index.html?room=ABCD#x") == root / "index.html");
    CHECK(net::resolve_web_path(root, "/app%2Ejs") == root / "app.js");
    CHECK_FALSE(net::resolve_web_path(root, "/../web/index.html"));
    CHECK_FALSE(net::resolve_web_path(root, "/./index.html"));
    CHECK(net::content_type("a.css") == "text/css; charset=utf-8");
    CHECK(net::content_type("a.bin") == "application/octet-stream");
}

TEST_CASE("phone server: phones join, answer and see the reveal, the answer stays hidden") {
    Game game;
    Phone ana(game.hub->port());
    Phone ben(game.hub->port());
    const std::string ana_token = join(game, ana, "Ana");
    const std::string ben_token = join(game, ben, "Ben");
    CHECK(ana_token != ben_token);
    CHECK(net::valid_token(ana_token));
    // Ana sees Ben join.
    const json lobby = ana.expect("state");
    CHECK(lobby["phase"] == "lobby");
    CHECK(lobby["names"] == json::array({"Ana", "Ben"}));
    CHECK(lobby["you"] == "Ana");

    const auto phones = game.hub->phones(game.match);
    REQUIRE(phones.size() == 2);
    CHECK(phones[1].name == "Ben");
    CHECK(phones[1].connected);
    CHECK(phones[1].address == "127.0.0.1");
    CHECK(game.hub->connections() == 2);

    REQUIRE(game.host(play::What::start));
    json question = ana.expect("state");
    CHECK(question["phase"] == "question");
    CHECK(question["number"] == 1);
    CHECK(question["of"] == 3);
    CHECK(question["kind"] == "choice");
    CHECK(question["prompt"] == "Question 1?");
    CHECK(question["options"][0] ==
          json{{"number", 1}, {"text", "a"}, {"colour", "#FF7A6B"}, {"shape", "triangle"}});
    CHECK_FALSE(question.contains("answer"));
    CHECK(question.dump().find("\"answer\"") == std::string::npos);
    ben.expect("state");

    ana.send_json(answer_message(ana_token, 1, 0));
    game.pump();
    CHECK(ana.expect("accepted")["to"] == "answer");
    CHECK(ana.expect("state")["phase"] == "locked");
    CHECK(game.match.phase() == play::Phase::question);
    // Ana's right answer is scored already, but Ben's phone learns nothing of it.
    CHECK(game.scores() == std::vector<int>{100, 0});
    ben.send_json(json{{"type", "leav"}});
    CHECK(ben.expect("error")["error"] == "unknown message type \"leav\"");

    ben.send_json(answer_message(ben_token, 1, 3));
    game.pump();
    ben.expect("accepted");
    // Everyone connected has answered: the match revealed without waiting for a timer.
    CHECK(game.match.phase() == play::Phase::reveal);
    const json reveal = ana.expect("state");
    CHECK(reveal["phase"] == "reveal");
    CHECK(reveal["correct"] == true);
    CHECK(reveal["points"] == 100);
    CHECK(reveal["answer"] == "a");
    CHECK(reveal["score"] == 100);
    CHECK(reveal["rank"] == 1);
    CHECK(reveal["players"] == 2);
    const json ben_reveal = ben.expect("state");
    CHECK(ben_reveal["correct"] == false);
    CHECK(ben_reveal["given"] == "d");
    CHECK(ben_reveal["rank"] == 2);
    CHECK(game.scores() == std::vector<int>{100, 0});
}

TEST_CASE("phone server: a wrong room code sees nothing, five attempts close the connection") {
    Game game;
    Phone phone(game.hub->port());
    phone.send_json(answer_message(std::string(32, 'a'), 1, 0));
    CHECK(phone.expect("error")["error"] == "join the room first");
    for (int i = 0; i < 4; ++i) {
        phone.send_json(join_message("Eve", "", "ABCE"));
        CHECK(phone.expect("error")["error"] ==
              "wrong room code: check the code on the big screen");
    }
    phone.send_json(join_message("Eve", "", "ABCE"));
    CHECK(phone.expect("error")["error"] ==
          "too many wrong room codes: check the code on the big screen and reload the page");
    CHECK_FALSE(phone.read().has_value());  // closed
    CHECK(game.match.seats().size() == 0);
    CHECK(game.logged("wrong room code"));
    // The code is not case-sensitive for the player typing it.
    Phone other(game.hub->port());
    other.send_json(join_message("Amy", "", "fame"));
    game.pump();
    other.expect("welcome");
}

TEST_CASE("phone server: hostile messages are refused with their reason and change no score") {
    Game game(10);
    Phone ana(game.hub->port());
    Phone ben(game.hub->port());
    const std::string ana_token = join(game, ana, "Ana");
    const std::string ben_token = join(game, ben, "Ben");
    ana.expect("state");
    REQUIRE(game.host(play::What::start));
    REQUIRE(game.host(play::What::show));  // the question's 10 s start now
    ana.expect("state");
    ben.expect("state");
    const std::vector<int> before = game.scores();

    ana.send(std::string(5000, ' '));
    CHECK(ana.expect("error")["error"] == "message too large: 5000 bytes (at most 4096)");
    ana.send(std::string(100, '[') + std::string(100, ']'));
    CHECK(ana.expect("error")["error"] == "message is nested too deeply");
    ana.send("{\"type\":\"dance\"}");
    CHECK(ana.expect("error")["error"] == "unknown message type \"dance\"");
    ana.send_binary("\x01\x02");
    CHECK(ana.expect("error")["error"] == "messages must be text");
    ana.send_json(json{{"type", "answer"}, {"token", ana_token}, {"number", "1"}, {"choice", 0}});
    CHECK(ana.expect("error")["error"] ==
          "answer: \"number\" must be a whole number from 1 to 1000");

    // Another player's token: Ana cannot answer for Ben.
    ana.send_json(answer_message(ben_token, 1, 0));
    game.pump();
    json refused = ana.expect("refused");
    CHECK(refused["to"] == "answer");
    CHECK(refused["reason"] == "that token is not yours");
    CHECK(game.logged("phone 127.0.0.1 (Ana): answer refused: that token is not yours"));
    // A question that is not asked.
    ana.send_json(answer_message(ana_token, 2, 0));
    game.pump();
    CHECK(ana.expect("refused")["reason"] == "question 2 is not open");
    // An option that does not exist.
    ana.send_json(answer_message(ana_token, 1, 9));
    game.pump();
    CHECK(ana.expect("refused")["reason"] == "no such option: 10");
    CHECK(game.scores() == before);
    CHECK(game.match.locked_in(0) == false);

    // Time up: an answer that reaches the game after the 10 s is too late, even before
    // the game's own update() has closed the question.
    game.now += 10'500;
    ben.send_json(answer_message(ben_token, 1, 0));
    game.pump();
    CHECK(ben.expect("refused")["reason"] == "too late: time is up");
    CHECK(game.scores() == before);

    // Invalid UTF-8 in a text frame breaks the WebSocket protocol itself: Beast closes the
    // connection (code 1007) before any message check, and the log says why.
    ana.send(std::string("{\"type\":\"join\",\"name\":\"\xff\"}"));
    while (ana.read()) {
        // the reveal, then the connection closes
    }
    CHECK(game.pump_until([&] { return !game.match.seats().at(0).connected; }));
    CHECK(game.logged("phone 127.0.0.1: invalid UTF-8: disconnected"));
    CHECK(game.scores() == before);
}

TEST_CASE("phone server: a flood gets one warning, then is dropped, then disconnected") {
    Game game;
    Phone phone(game.hub->port());
    const std::string token = join(game, phone, "Ana");
    // The bucket holds 20 and refills at 5 a second: 400 messages at once overflow it, and
    // 100 dropped close the connection.
    for (int i = 0; i < 400; ++i)
        phone.send_json(json{{"type", "leav"}});
    int warnings = 0;
    int unknown = 0;
    std::optional<json> m;
    while ((m = phone.read())) {
        if ((*m)["error"] == "too many messages: wait a moment")
            ++warnings;
        else if ((*m)["error"] == "unknown message type \"leav\"")
            ++unknown;
        else
            CHECK((*m)["error"] == "too many messages: disconnected");
    }
    CHECK(warnings == 1);
    CHECK(unknown >= 18);
    CHECK(unknown <= 22);
    CHECK(game.pump_until([&] { return !game.match.seats().at(0).connected; }));
    // The flood cost the seat its connection, nothing else.
    CHECK_FALSE(game.match.seats().at(0).connected);
    CHECK(game.logged("too many messages: disconnected"));
}

TEST_CASE("phone server: a phone that reconnects with its token keeps its seat and points") {
    Game game;
    auto ana = std::make_unique<Phone>(game.hub->port());
    Phone ben(game.hub->port());
    const std::string ana_token = join(game, *ana, "Ana");
    const std::string ben_token = join(game, ben, "Ben");
    REQUIRE(game.host(play::What::start));
    ana->send_json(answer_message(ana_token, 1, 0));
    game.pump();
    ben.send_json(answer_message(ben_token, 1, 0));
    game.pump();
    REQUIRE(game.match.phase() == play::Phase::reveal);
    REQUIRE(game.host(play::What::next));

    // Ana's phone sleeps: her seat is disconnected, and Ben's answer ends the question.
    ana->close();
    ana.reset();
    CHECK(game.pump_until([&] { return !game.match.seats().at(0).connected; }));
    CHECK(game.logged("phone 127.0.0.1 (Ana)"));
    ben.send_json(answer_message(ben_token, 2, 1));
    game.pump();
    CHECK(game.match.phase() == play::Phase::reveal);
    REQUIRE(game.host(play::What::next));

    // She reloads: same token, same seat, same points, and the question waits for her.
    Phone back(game.hub->port());
    back.send_json(join_message("", ana_token));
    game.pump();
    const json welcome = back.expect("welcome");
    CHECK(welcome["rejoined"] == true);
    CHECK(welcome["name"] == "Ana");
    CHECK(welcome["token"] == ana_token);
    const json state = back.expect("state");
    CHECK(state["phase"] == "question");
    CHECK(state["number"] == 3);
    CHECK(state["score"] == 100);
    CHECK(game.match.seats().at(0).connected);
    CHECK(game.match.seats().size() == 2);
    back.send_json(answer_message(ana_token, 3, 2));
    game.pump();
    back.expect("accepted");
    // Her streak survived the question she missed while away: 100, then 100 and 25.
    CHECK(game.scores() == std::vector<int>{225, 225});
}

TEST_CASE("phone server: the host removes a player, whose token cannot come back") {
    Game game;
    Phone ana(game.hub->port());
    const std::string token = join(game, ana, "Ana");
    const auto apply = [&](const play::Command& c) { return game.match.apply(c); };
    CHECK(game.hub->remove(game.match, 0, game.now, apply));
    CHECK(ana.expect("error")["error"] == "the host removed you from this game");
    CHECK_FALSE(ana.read().has_value());
    CHECK(game.match.seats().size() == 0);
    CHECK(game.hub->remove(game.match, 0, game.now, apply).reason == "seat 1 is not a phone");

    Phone again(game.hub->port());
    again.send_json(join_message("Ana", token));
    game.pump();
    CHECK(again.expect("refused")["reason"] == "the host removed you from this game");
    CHECK(game.match.seats().size() == 0);
}

TEST_CASE("phone server: a port in use is refused in one line, stop closes every phone") {
    Game game;
    net::HubOptions o;
    o.web_root = kWebRoot;
    o.bind_address = "127.0.0.1";
    o.port = game.hub->port();
    net::Hub second(o);
    const net::StartResult r = second.start();
    CHECK_FALSE(r.ok);
    CHECK(r.error == "port " + std::to_string(o.port) +
                         " is in use: another program (or another filmquiz) is listening there; "
                         "close it or choose another port with --port");
    CHECK_FALSE(second.running());

    net::HubOptions missing;
    missing.web_root = "/nonexistent/web";
    missing.bind_address = "127.0.0.1";
    CHECK(net::Hub(missing).start().error == "the phone page is missing: /nonexistent/web");

    Phone ana(game.hub->port());
    join(game, ana, "Ana");
    CHECK(game.hub->room_code() == "FAME");
    game.hub->stop();
    CHECK_FALSE(game.hub->running());
    CHECK_FALSE(ana.read().has_value());
    CHECK(game.pump_until([&] { return !game.match.seats().at(0).connected; }));
}
