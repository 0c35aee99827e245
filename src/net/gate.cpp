#include "net/gate.hpp"

#include <algorithm>
#include <random>

namespace filmquiz::net {

Gate::Gate(std::string room_code, GateLimits limits, std::uint64_t now_ms)
    : room_(std::move(room_code)),
      limits_(limits),
      tokens_(static_cast<double>(limits.burst)),
      last_ms_(now_ms) {}

bool Gate::take(std::uint64_t now_ms) {
    if (now_ms > last_ms_) {
        tokens_ = std::min(
            static_cast<double>(limits_.burst),
            tokens_ + static_cast<double>(now_ms - last_ms_) * limits_.per_second / 1000.0);
        last_ms_ = now_ms;
    }
    if (tokens_ < 1.0)
        return false;
    tokens_ -= 1.0;
    return true;
}

Gate::Result Gate::reject(std::string error) {
    Result r;
    r.outcome = Outcome::reject;
    r.reply = error_message(error);
    r.log = std::move(error);
    return r;
}

Gate::Result Gate::flood() {
    Result r;
    if (++dropped_ > limits_.max_dropped) {
        r.outcome = Outcome::close;
        r.log = "too many messages: disconnected";
        r.reply = error_message(r.log);
        return r;
    }
    // One reply and one log line per burst, not one per message of the flood.
    if (flooding_) {
        r.outcome = Outcome::drop;
        return r;
    }
    flooding_ = true;
    return reject("too many messages: wait a moment");
}

Gate::Result Gate::check_binary(std::uint64_t now_ms) {
    if (!take(now_ms))
        return flood();
    flooding_ = false;
    return reject("messages must be text");
}

Gate::Result Gate::check(std::string_view text, std::uint64_t now_ms) {
    if (!take(now_ms))
        return flood();
    flooding_ = false;
    Parsed parsed = parse_client_message(text);
    if (!parsed.message)
        return reject(std::move(parsed.error));
    ClientMessage& m = *parsed.message;
    if (m.type == MessageType::join) {
        std::string code = m.room;
        std::transform(code.begin(), code.end(), code.begin(), [](char c) {
            return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        });
        if (code != room_) {
            Result r;
            if (++wrong_codes_ >= limits_.room_attempts) {
                r.outcome = Outcome::close;
                r.log = "too many wrong room codes: disconnected";
                r.reply = error_message(
                    "too many wrong room codes: check the code on the big screen and reload "
                    "the page");
                return r;
            }
            return reject("wrong room code: check the code on the big screen");
        }
        m.room = code;
        admitted_ = true;
    } else if (!admitted_) {
        return reject("join the room first");
    }
    Result r;
    r.message = std::move(m);
    return r;
}

std::string new_room_code() {
    std::random_device device;
    std::uniform_int_distribution<std::size_t> letter(0, kRoomLetters.size() - 1);
    std::string code;
    for (int i = 0; i < 4; ++i)
        code += kRoomLetters[letter(device)];
    return code;
}

bool valid_room_code(std::string_view code) {
    return code.size() == 4 && std::all_of(code.begin(), code.end(), [](char c) {
               return kRoomLetters.find(c) != std::string_view::npos;
           });
}

}  // namespace filmquiz::net
