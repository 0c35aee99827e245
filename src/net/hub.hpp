// Phones as controllers, as the game sees them: start and stop the phone server, read its
// join addresses, room code and QR text, and on the game's thread turn what phones sent
// into play::Commands (pump) and tell every phone what it should see now (publish).
#pragma once

#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "net/addresses.hpp"
#include "net/server.hpp"
#include "play/match.hpp"

namespace filmquiz::net {

struct HubOptions {
    std::filesystem::path web_root;        // the phone page: <content>/assets/web
    std::uint16_t port = 0;                // 0: any free port
    std::string bind_address = "0.0.0.0";  // tests: "127.0.0.1"
    std::string room_code;                 // empty: a new random one at each start
    // Called on the network thread when phones have sent something: the game wakes its
    // loop (an SDL user event) and calls pump() on its own thread.
    std::function<void()> wake;
    // One line per refused message or connection event; may be called from either thread
    // (the hub serialises calls). Default: standard error, prefixed "phones: ".
    std::function<void(const std::string&)> log;
    GateLimits limits;
};

// A phone with a seat in the match.
struct PhoneSeat {
    int seat = 0;
    std::string name;
    bool connected = false;
    std::string address;  // the phone's IP address, when connected
};

class Hub {
  public:
    using Apply = std::function<play::Verdict(const play::Command&)>;

    explicit Hub(HubOptions options);
    ~Hub();
    Hub(const Hub&) = delete;
    Hub& operator=(const Hub&) = delete;

    // Listens (on every interface unless told otherwise) and picks the room code. A port
    // in use gives "port 8080 is in use: ...".
    StartResult start();
    // Closes every phone's connection; their seats stay, disconnected.
    void stop();
    bool running() const;
    std::uint16_t port() const;
    const std::string& room_code() const { return room_; }

    // The machine's LAN addresses at start, the one with the default route first; only
    // the bind address when the hub listens on one address.
    const std::vector<LanAddress>& addresses() const { return addresses_; }
    // "http://192.168.1.20:8080/" per address; empty with no network.
    std::vector<std::string> urls() const;
    // What the QR code holds: the first URL with the room code, "...:8080/?room=ABCD".
    std::string qr_text() const;
    // One line for the lobby when no phone can reach this machine, else empty.
    std::string network_note() const;

    // Game thread: applies what phones sent, each stamped `now_ms` (the game's clock, when
    // it reaches the game), through `apply` (the screen's LiveMatch::apply, so cues play
    // and a finished game is saved), and answers each phone. Returns how many messages
    // phones sent (connections opening and closing are not counted).
    int pump(const play::Match& match, std::uint32_t now_ms, const Apply& apply);
    // Game thread, after anything may have changed the match (a command, update(), a new
    // question): sends each phone its view when it differs from the last one sent.
    void publish(const play::Match& match, std::uint32_t now_ms);

    // Game thread: the phones that have seats, in seat order.
    std::vector<PhoneSeat> phones(const play::Match& match) const;
    // Game thread: the host removes a phone player; their token cannot join again.
    play::Verdict remove(const play::Match& match, int seat, std::uint32_t now_ms,
                         const Apply& apply);
    // Open WebSockets, joined or not.
    int connections() const;

  private:
    struct Incoming {
        enum class Kind { opened, message, closed } kind = Kind::message;
        std::uint64_t connection = 0;
        std::string peer;
        ClientMessage message;
    };
    struct Connection {
        std::string peer;
        std::string token;        // once joined
        std::string last_stable;  // the last view sent
    };

    void push(Incoming in);
    void log(const std::string& line);
    void handle(const play::Match& match, Incoming& in, std::uint32_t now_ms, const Apply& apply);
    void join(const play::Match& match, std::uint64_t id, Connection& c, const ClientMessage& m,
              std::uint32_t now_ms, const Apply& apply);
    void refuse(std::uint64_t id, MessageType to, const std::string& why);
    std::string who(const Connection& c, const play::Match& match) const;
    std::string fingerprint(const play::Match& match) const;

    HubOptions options_;
    std::string room_;
    std::vector<LanAddress> addresses_;
    std::unique_ptr<Server> server_;

    std::mutex queue_mutex_;
    std::deque<Incoming> queue_;  // filled on the network thread, drained by pump()
    std::mutex log_mutex_;

    // Game thread only.
    std::map<std::uint64_t, Connection> connections_;
    std::map<std::string, std::uint64_t> token_connection_;
    std::set<std::string> removed_;
    std::string last_fingerprint_;
    bool dirty_ = true;
    std::uint64_t next_connection_base_ = 1;
};

// A new player token: 32 hexadecimal digits from the system's random source.
std::string new_token();

}  // namespace filmquiz::net
