// The phones' HTTP + WebSocket server (Boost.Beast on Asio, on a thread of its own): it
// serves the page from the web root and carries phone messages, checked by a Gate per
// connection, to the game. Boost stays inside server.cpp.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "net/gate.hpp"
#include "net/protocol.hpp"

namespace filmquiz::net {

struct ServerConfig {
    std::filesystem::path web_root;
    std::string bind_address = "0.0.0.0";  // every interface: phones on the LAN reach it
    std::uint16_t port = 0;                // 0: a free port the system picks
    std::string room_code;
    GateLimits limits;
    int max_connections = 256;
    std::uint64_t first_connection = 1;  // ids count up from here
};

// Called on the server's thread; each must be quick and thread-safe.
struct ServerEvents {
    std::function<void(std::uint64_t connection, const std::string& peer)> opened;
    std::function<void(std::uint64_t connection, ClientMessage message)> message;
    std::function<void(std::uint64_t connection)> closed;
    std::function<void(const std::string& line)> log;
};

struct StartResult {
    bool ok = false;
    std::string error;  // "port 8080 is in use: ..."
};

class Server {
  public:
    Server(ServerConfig config, ServerEvents events);
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    StartResult start();
    // Closes every connection and joins the thread; start() may follow.
    void stop();
    bool running() const;
    std::uint16_t port() const;

    // From any thread: a text message to one phone's WebSocket (nothing if it is gone).
    void send(std::uint64_t connection, std::string text);
    // From any thread: `last` (when not empty), then the connection closes.
    void close(std::uint64_t connection, std::string last);

    // Defined in server.cpp, where the sessions reach it.
    struct Impl;

  private:
    std::unique_ptr<Impl> impl_;
};

// The file a request target names under `root` (canonical), or nothing: only regular
// files inside the root, reached without "." or ".." segments, dot files, backslashes,
// NUL or bad percent escapes, and not through a symlink that leads out of it.
std::optional<std::filesystem::path> resolve_web_path(const std::filesystem::path& root,
                                                      std::string_view target);
std::string_view content_type(const std::filesystem::path& file);

}  // namespace filmquiz::net
