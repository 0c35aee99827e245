// A property test of the phone message checks: thousands of random, mutated and hostile
// messages (random bytes, deep nesting, huge strings, wrong types) must each be either a
// valid message or refused with a reason, never a crash, a hang or a sanitizer report.
#include <random>

#include <doctest/doctest.h>

#include "net/gate.hpp"
#include "net/protocol.hpp"

using namespace filmquiz::net;

namespace {

const std::vector<std::string> kValid = {
    R"({"type":"join","room":"FILM","name":"Ana"})",
    R"({"type":"join","room":"FILM","name":"Ana","token":"0123456789abcdef0123456789abcdef"})",
    R"({"type":"answer","token":"0123456789abcdef0123456789abcdef","number":3,"choice":1})",
    R"({"type":"answer","token":"0123456789abcdef0123456789abcdef","number":1,"order":[2,0,1]})",
    R"({"type":"answer","token":"0123456789abcdef0123456789abcdef","number":2,"text":"Milly"})",
    R"({"type":"buzz","token":"0123456789abcdef0123456789abcdef","number":1})",
    R"({"type":"leave","token":"0123456789abcdef0123456789abcdef"})",
};

const std::vector<std::string> kPieces = {
    "{",          "}",          "[",          "]",         "\"",           ":",
    ",",          "null",       "true",       "-0",        "1e999",        "18446744073709551616",
    "\\u0000",    "\\ud800",    "\xff",       "\xc0\x80",  "\xed\xa0\x80", "\xf4\x90\x80\x80",
    "\"type\"",   "\"answer\"", "\"choice\"", "\"order\"", "\"number\"",   "\"token\"",
    "9999999999", "-1",         "1.5",        "\"\"",      "{}",           "[]",
    "\\",         "\\\"",       " ",          "\n"};

void check(const std::string& text) {
    const Parsed p = parse_client_message(text);
    // Exactly one of the two, and a reason is short and quotes nothing at length.
    CHECK(p.message.has_value() == p.error.empty());
    CHECK(p.error.size() < 200);
    if (p.message && p.message->type == MessageType::answer)
        CHECK((p.message->choice.has_value() + p.message->order.has_value() +
               p.message->text.has_value()) == 1);
}

}  // namespace

TEST_CASE("hostile messages: valid ones mutated byte by byte, or spliced, never crash") {
    std::mt19937 rng(12345);
    for (const std::string& valid : kValid)
        check(valid);
    for (int round = 0; round < 20000; ++round) {
        std::string text = kValid[rng() % kValid.size()];
        const int edits = 1 + static_cast<int>(rng() % 6);
        for (int e = 0; e < edits && !text.empty(); ++e) {
            const std::size_t at = rng() % text.size();
            switch (rng() % 4) {
                case 0:
                    text[at] = static_cast<char>(rng() % 256);
                    break;
                case 1:
                    text.erase(at, 1 + rng() % 4);
                    break;
                case 2:
                    text.insert(at, kPieces[rng() % kPieces.size()]);
                    break;
                default:
                    text.insert(at, text.substr(rng() % text.size(), rng() % 16));
                    break;
            }
        }
        check(text);
    }
}

TEST_CASE("hostile messages: random bytes, deep nesting, huge strings, wrong types") {
    std::mt19937 rng(777);
    for (int round = 0; round < 5000; ++round) {
        std::string bytes(rng() % 300, '\0');
        for (char& c : bytes)
            c = static_cast<char>(rng() % 256);
        check(bytes);
    }
    check(std::string(4096, '['));
    check(std::string(4096, '{'));
    check("{\"a\":" + std::string(2000, '[') + std::string(2000, ']') + "}");
    check(std::string(1 << 20, 'x'));
    check("{\"type\":\"join\",\"room\":\"FILM\",\"name\":\"" + std::string(4000, 'a') + "\"}");
    check("{\"type\":\"answer\",\"token\":\"" + std::string(4000, '0') + "\"}");
    for (const std::string value :
         {"null", "true", "0", "-1", "1e308", "\"x\"", "[]", "{}", "[[1]]", "{\"a\":1}"}) {
        for (const std::string field :
             {"type", "room", "name", "token", "number", "choice", "order", "text"}) {
            check("{\"type\":\"answer\",\"" + field + "\":" + value + "}");
            check("{\"type\":\"join\",\"" + field + "\":" + value + "}");
        }
    }
}

TEST_CASE("hostile messages: a gate fed garbage stays closed to the game") {
    std::mt19937 rng(99);
    Gate gate("FILM", {}, 0);
    std::uint64_t now = 0;
    int passed = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string text = kValid[2 + rng() % (kValid.size() - 2)];
        text[rng() % text.size()] = static_cast<char>(rng() % 256);
        now += 250;  // slow enough for the rate limit
        const Gate::Result r = gate.check(text, now);
        // Without the room code nothing gets through, however well formed.
        CHECK(r.outcome != Gate::Outcome::pass);
        passed += r.outcome == Gate::Outcome::pass;
    }
    CHECK(passed == 0);
}
