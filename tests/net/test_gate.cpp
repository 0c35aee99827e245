// The gate of one phone connection: the room code first, a rate limit, and the message
// checks, each refusal with its exact reply and log line.
#include <doctest/doctest.h>

#include "net/gate.hpp"

using namespace filmquiz::net;
using Outcome = Gate::Outcome;

namespace {

const std::string kJoin = R"({"type":"join","room":"film","name":"Ana"})";
const std::string kLeave = R"({"type":"leave","token":"0123456789abcdef0123456789abcdef"})";

}  // namespace

TEST_CASE("gate: nothing but a join with the room code passes first") {
    Gate gate("FILM", {}, 0);
    Gate::Result r = gate.check(kLeave, 0);
    CHECK(r.outcome == Outcome::reject);
    CHECK(r.reply == R"({"error":"join the room first","type":"error"})");
    CHECK(r.log == "join the room first");
    CHECK_FALSE(gate.admitted());

    r = gate.check(kJoin, 0);
    REQUIRE(r.outcome == Outcome::pass);
    CHECK(r.message->room == "FILM");  // as the game compares it
    CHECK(gate.admitted());
    CHECK(gate.check(kLeave, 0).outcome == Outcome::pass);
}

TEST_CASE("gate: wrong room codes are counted and the fifth closes the connection") {
    Gate gate("FILM", {}, 0);
    for (int i = 0; i < 4; ++i) {
        const Gate::Result r = gate.check(R"({"type":"join","room":"FILN","name":"Eve"})", 0);
        CHECK(r.outcome == Outcome::reject);
        CHECK(r.log == "wrong room code: check the code on the big screen");
    }
    const Gate::Result last = gate.check(R"({"type":"join","room":"","name":"Eve"})", 0);
    CHECK(last.outcome == Outcome::close);
    CHECK(last.log == "too many wrong room codes: disconnected");
    CHECK(
        last.reply ==
        R"({"error":"too many wrong room codes: check the code on the big screen and reload the page","type":"error"})");
    CHECK_FALSE(gate.admitted());
}

TEST_CASE("gate: a flood is warned once, dropped, then closed, a pause refills the bucket") {
    GateLimits limits;
    limits.burst = 3;
    limits.per_second = 2;
    limits.max_dropped = 5;
    Gate gate("FILM", limits, 0);
    CHECK(gate.check(kJoin, 0).outcome == Outcome::pass);
    CHECK(gate.check(kLeave, 0).outcome == Outcome::pass);
    CHECK(gate.check("{", 0).outcome == Outcome::reject);  // invalid, but it counts
    const Gate::Result warned = gate.check(kLeave, 0);
    CHECK(warned.outcome == Outcome::reject);
    CHECK(warned.log == "too many messages: wait a moment");
    CHECK(gate.check(kLeave, 0).outcome == Outcome::drop);
    // Half a second later one message is allowed again, and the next flood is warned again.
    CHECK(gate.check(kLeave, 500).outcome == Outcome::pass);
    CHECK(gate.check(kLeave, 500).log == "too many messages: wait a moment");
    CHECK(gate.check(kLeave, 500).outcome == Outcome::drop);
    CHECK(gate.check(kLeave, 500).outcome == Outcome::drop);  // the fifth dropped
    const Gate::Result closed = gate.check(kLeave, 500);
    CHECK(closed.outcome == Outcome::close);
    CHECK(closed.log == "too many messages: disconnected");
}

TEST_CASE("gate: binary messages and malformed ones are refused with the parser's reason") {
    Gate gate("FILM", {}, 0);
    const Gate::Result binary = gate.check_binary(0);
    CHECK(binary.outcome == Outcome::reject);
    CHECK(binary.log == "messages must be text");
    CHECK(gate.check("[]", 0).log == "message must be a JSON object");
}

TEST_CASE("gate: room codes are 4 letters without I, L or O") {
    for (int i = 0; i < 200; ++i) {
        const std::string code = new_room_code();
        CAPTURE(code);
        CHECK(valid_room_code(code));
        CHECK(code.find_first_of("ILO") == std::string::npos);
    }
    CHECK_FALSE(valid_room_code("ABCI"));
    CHECK_FALSE(valid_room_code("abcd"));
    CHECK_FALSE(valid_room_code("ABC"));
}
