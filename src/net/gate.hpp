// What stands between one phone's connection and the game: a rate limit, the message
// checks of protocol.hpp and the room code, all run on the network thread so that only
// well-formed messages from phones that know the code ever reach the game's queue.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "net/protocol.hpp"

namespace filmquiz::net {

struct GateLimits {
    // A token bucket: a phone sends a join and one answer a question; 20 at once and 5 a
    // second more leave room for taps and reloads, not for a script.
    int burst = 20;
    int per_second = 5;
    // Wrong room codes a connection may try before it is closed.
    int room_attempts = 5;
    // Messages dropped for flooding before the connection is closed.
    int max_dropped = 100;
};

class Gate {
  public:
    enum class Outcome {
        pass,    // `message` goes to the game
        reject,  // `reply` goes back to the phone, and one log line
        drop,    // silently: the phone was told once that it floods
        close,   // `reply`, a log line, then the connection closes
    };
    struct Result {
        Outcome outcome = Outcome::pass;
        std::optional<ClientMessage> message;
        std::string reply;  // an error message (protocol.hpp), ready to send
        std::string log;    // what the game's log says
    };

    Gate(std::string room_code, GateLimits limits, std::uint64_t now_ms);

    // A text message, received at `now_ms` (any monotonic clock).
    Result check(std::string_view text, std::uint64_t now_ms);
    // A binary message: phones send text only.
    Result check_binary(std::uint64_t now_ms);

    // Whether this connection has given the room code.
    bool admitted() const { return admitted_; }

  private:
    bool take(std::uint64_t now_ms);
    Result flood();
    static Result reject(std::string error);

    std::string room_;
    GateLimits limits_;
    double tokens_;
    std::uint64_t last_ms_;
    bool flooding_ = false;
    int dropped_ = 0;
    int wrong_codes_ = 0;
    bool admitted_ = false;
};

// "ABCD": 4 letters from an alphabet without I, L and O, which read like 1 and 0.
std::string new_room_code();
bool valid_room_code(std::string_view code);
inline constexpr std::string_view kRoomLetters = "ABCDEFGHJKMNPQRSTUVWXYZ";

}  // namespace filmquiz::net
