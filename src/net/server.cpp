#include "net/server.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <deque>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>

namespace filmquiz::net {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
using tcp = asio::ip::tcp;

namespace {

constexpr auto kHttpTimeout = std::chrono::seconds(15);
// Past the protocol's 4 KiB a message still gets a reply; past this, Beast closes the
// connection (code 1009) without reading it into memory.
constexpr std::size_t kHardMessageLimit = 64 * 1024;
// Messages waiting for a phone that does not read; then it is dropped.
constexpr std::size_t kMaxQueuedWrites = 256;

std::uint64_t steady_ms() {
    return static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                          std::chrono::steady_clock::now().time_since_epoch())
                                          .count());
}

int hex_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// "http://host:port" -> "host:port"
std::string_view origin_host(std::string_view origin) {
    const auto scheme = origin.find("://");
    return scheme == std::string_view::npos ? origin : origin.substr(scheme + 3);
}

}  // namespace

std::optional<std::filesystem::path> resolve_web_path(const std::filesystem::path& root,
                                                      std::string_view target) {
    if (target.empty() || target.front() != '/')
        return std::nullopt;
    target = target.substr(0, target.find_first_of("?#"));
    std::string decoded;
    for (std::size_t i = 0; i < target.size(); ++i) {
        if (target[i] != '%') {
            decoded += target[i];
            continue;
        }
        if (i + 2 >= target.size())
            return std::nullopt;
        const int hi = hex_value(target[i + 1]);
        const int lo = hex_value(target[i + 2]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        decoded += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    if (decoded.find('\0') != std::string::npos || decoded.find('\\') != std::string::npos)
        return std::nullopt;
    std::filesystem::path relative;
    std::size_t start = 0;
    while (start <= decoded.size()) {
        const std::size_t end = std::min(decoded.find('/', start), decoded.size());
        const std::string_view segment = std::string_view(decoded).substr(start, end - start);
        // ".", ".." and hidden files alike: nothing the page needs starts with a dot.
        if (!segment.empty() && segment.front() == '.')
            return std::nullopt;
        if (!segment.empty())
            relative /= std::string(segment);
        start = end + 1;
    }
    if (relative.empty() || decoded.back() == '/')
        relative /= "index.html";
    std::error_code ec;
    const std::filesystem::path real = std::filesystem::canonical(root / relative, ec);
    if (ec || !std::filesystem::is_regular_file(real, ec))
        return std::nullopt;
    // A symlink may lead anywhere: what counts is where the file really is.
    const auto [r, f] = std::mismatch(root.begin(), root.end(), real.begin(), real.end());
    if (r != root.end())
        return std::nullopt;
    return real;
}

std::string_view content_type(const std::filesystem::path& file) {
    const std::string ext = file.extension().string();
    if (ext == ".html")
        return "text/html; charset=utf-8";
    if (ext == ".css")
        return "text/css; charset=utf-8";
    if (ext == ".js")
        return "text/javascript; charset=utf-8";
    if (ext == ".json" || ext == ".webmanifest")
        return "application/json";
    if (ext == ".svg")
        return "image/svg+xml";
    if (ext == ".png")
        return "image/png";
    if (ext == ".ico")
        return "image/x-icon";
    if (ext == ".txt")
        return "text/plain; charset=utf-8";
    return "application/octet-stream";
}

class WsSession;
class HttpSession;

struct Server::Impl {
    Impl(ServerConfig c, ServerEvents e) : config(std::move(c)), events(std::move(e)) {}

    void log(const std::string& line) const {
        if (events.log)
            events.log(line);
    }
    void accept();
    void shutdown();
    http::response<http::string_body> respond(const http::request<http::string_body>& req) const;

    ServerConfig config;
    ServerEvents events;
    std::filesystem::path root;  // canonical
    std::unique_ptr<asio::io_context> ioc;
    std::unique_ptr<tcp::acceptor> acceptor;
    std::thread thread;
    std::atomic<bool> running{false};
    std::atomic<std::uint16_t> port{0};
    // The network thread's own state.
    std::uint64_t next_id = 1;
    int open = 0;
    std::map<std::uint64_t, std::weak_ptr<WsSession>> sockets;
    std::map<const HttpSession*, std::weak_ptr<HttpSession>> pages;
};

// One phone's WebSocket: reads messages through its Gate, writes what the game sends.
class WsSession : public std::enable_shared_from_this<WsSession> {
  public:
    WsSession(Server::Impl& impl, tcp::socket socket)
        : impl_(impl),
          ws_(std::move(socket)),
          gate_(impl.config.room_code, impl.config.limits, steady_ms()) {
        ++impl_.open;
        beast::error_code ec;
        const auto remote = beast::get_lowest_layer(ws_).socket().remote_endpoint(ec);
        peer_ = ec ? std::string("unknown") : remote.address().to_string();
    }

    ~WsSession() {
        --impl_.open;
        if (!id_)
            return;
        impl_.sockets.erase(id_);
        if (impl_.events.closed)
            impl_.events.closed(id_);
    }

    void run(http::request<http::string_body> req) {
        beast::get_lowest_layer(ws_).expires_never();
        // A phone that sleeps stops answering pings: within 20 s its seat is disconnected,
        // so the room does not wait for its answer.
        websocket::stream_base::timeout timeouts{};
        timeouts.handshake_timeout = std::chrono::seconds(10);
        timeouts.idle_timeout = std::chrono::seconds(20);
        timeouts.keep_alive_pings = true;
        ws_.set_option(timeouts);
        ws_.read_message_max(kHardMessageLimit);
        ws_.async_accept(req, beast::bind_front_handler(&WsSession::on_accept, shared_from_this()));
    }

    void send(std::string text) {
        if (closing_)
            return;
        if (out_.size() >= kMaxQueuedWrites) {
            impl_.log("phone " + peer_ + " reads nothing: disconnected");
            closing_ = true;
            beast::get_lowest_layer(ws_).close();
            return;
        }
        out_.push_back(std::move(text));
        if (out_.size() == 1)
            write();
    }

    void close(std::string last) {
        if (closing_)
            return;
        if (!last.empty())
            send(std::move(last));
        close_after_write_ = true;
        if (out_.empty())
            do_close();
    }

    void kill() {
        closing_ = true;
        beast::get_lowest_layer(ws_).close();
    }

  private:
    void on_accept(beast::error_code ec) {
        if (ec)
            return;
        id_ = impl_.next_id++;
        impl_.sockets[id_] = weak_from_this();
        if (impl_.events.opened)
            impl_.events.opened(id_, peer_);
        read();
    }

    void read() {
        ws_.async_read(buffer_, beast::bind_front_handler(&WsSession::on_read, shared_from_this()));
    }

    void on_read(beast::error_code ec, std::size_t) {
        if (ec) {
            // Beast checks these before any message reaches the gate.
            if (ec == websocket::error::message_too_big)
                impl_.log("phone " + peer_ + ": message over 64 KiB: disconnected");
            else if (ec == websocket::error::bad_frame_payload)
                impl_.log("phone " + peer_ + ": invalid UTF-8: disconnected");
            return;
        }
        const std::string text = beast::buffers_to_string(buffer_.data());
        buffer_.consume(buffer_.size());
        Gate::Result r =
            ws_.got_text() ? gate_.check(text, steady_ms()) : gate_.check_binary(steady_ms());
        switch (r.outcome) {
            case Gate::Outcome::pass:
                if (impl_.events.message)
                    impl_.events.message(id_, std::move(*r.message));
                break;
            case Gate::Outcome::reject:
                impl_.log("phone " + peer_ + ": message refused: " + r.log);
                send(std::move(r.reply));
                break;
            case Gate::Outcome::drop:
                break;
            case Gate::Outcome::close:
                impl_.log("phone " + peer_ + ": " + r.log);
                close(std::move(r.reply));
                break;
        }
        if (!close_after_write_ && !closing_)
            read();
    }

    void write() {
        ws_.text(true);
        ws_.async_write(asio::buffer(out_.front()),
                        beast::bind_front_handler(&WsSession::on_write, shared_from_this()));
    }

    void on_write(beast::error_code ec, std::size_t) {
        if (ec) {
            closing_ = true;
            return;
        }
        out_.pop_front();
        if (!out_.empty())
            write();
        else if (close_after_write_)
            do_close();
    }

    void do_close() {
        closing_ = true;
        ws_.async_close(websocket::close_code::normal,
                        [self = shared_from_this()](beast::error_code) {});
    }

    Server::Impl& impl_;
    websocket::stream<beast::tcp_stream> ws_;
    beast::flat_buffer buffer_;
    Gate gate_;
    std::deque<std::string> out_;
    std::string peer_;
    std::uint64_t id_ = 0;
    bool close_after_write_ = false;
    bool closing_ = false;
};

// One HTTP connection: serves files, or hands a WebSocket upgrade on to a WsSession.
class HttpSession : public std::enable_shared_from_this<HttpSession> {
  public:
    HttpSession(Server::Impl& impl, tcp::socket socket) : impl_(impl), stream_(std::move(socket)) {
        ++impl_.open;
    }
    ~HttpSession() {
        --impl_.open;
        impl_.pages.erase(this);
    }

    void run() {
        impl_.pages[this] = weak_from_this();
        read();
    }

    void kill() { stream_.close(); }

  private:
    void read() {
        parser_.emplace();
        parser_->header_limit(8 * 1024);
        parser_->body_limit(1024);
        stream_.expires_after(kHttpTimeout);
        http::async_read(stream_, buffer_, *parser_,
                         beast::bind_front_handler(&HttpSession::on_read, shared_from_this()));
    }

    void on_read(beast::error_code ec, std::size_t) {
        if (ec)
            return;
        http::request<http::string_body> req = parser_->release();
        if (websocket::is_upgrade(req)) {
            const std::string_view target(req.target().data(), req.target().size());
            const auto origin = req.find(http::field::origin);
            const bool same_origin =
                origin == req.end() ||
                origin_host(std::string_view(origin->value().data(), origin->value().size())) ==
                    std::string_view(req[http::field::host].data(), req[http::field::host].size());
            if (target.substr(0, target.find('?')) == "/ws" && same_origin) {
                std::make_shared<WsSession>(impl_, stream_.release_socket())->run(std::move(req));
                return;
            }
            impl_.log("refused a WebSocket for " + std::string(target) +
                      (same_origin ? "" : " from another site"));
        }
        auto res = std::make_shared<http::response<http::string_body>>(impl_.respond(req));
        http::async_write(
            stream_, *res, [self = shared_from_this(), res](beast::error_code wec, std::size_t) {
                if (wec || res->need_eof()) {
                    beast::error_code ignored;
                    self->stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
                    return;
                }
                self->read();
            });
    }

    Server::Impl& impl_;
    beast::tcp_stream stream_;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
};

http::response<http::string_body> Server::Impl::respond(
    const http::request<http::string_body>& req) const {
    http::response<http::string_body> res;
    res.version(req.version());
    res.keep_alive(req.keep_alive());
    res.set(http::field::server, "filmquiz");
    res.set(http::field::cache_control, "no-cache");
    res.set("X-Content-Type-Options", "nosniff");
    res.set("Referrer-Policy", "no-referrer");
    const auto plain = [&](http::status status, std::string body) {
        res.result(status);
        res.set(http::field::content_type, "text/plain; charset=utf-8");
        res.body() = std::move(body);
        res.prepare_payload();
        return res;
    };
    if (req.method() != http::verb::get && req.method() != http::verb::head) {
        res.set(http::field::allow, "GET, HEAD");
        return plain(http::status::method_not_allowed, "method not allowed\n");
    }
    const auto file =
        resolve_web_path(root, std::string_view(req.target().data(), req.target().size()));
    std::ifstream in;
    if (file)
        in.open(*file, std::ios::binary);
    if (!file || !in)
        return plain(http::status::not_found, "not found\n");
    std::ostringstream body;
    body << in.rdbuf();
    res.result(http::status::ok);
    res.set(http::field::content_type, std::string(content_type(*file)));
    // The page talks only to this server: no other scripts, styles, frames or hosts.
    res.set("Content-Security-Policy",
            "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; "
            "frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    res.body() = body.str();
    res.prepare_payload();
    if (req.method() == http::verb::head)
        res.body().clear();
    return res;
}

void Server::Impl::accept() {
    acceptor->async_accept([this](beast::error_code ec, tcp::socket socket) {
        if (ec) {
            if (ec != asio::error::operation_aborted && acceptor->is_open())
                accept();
            return;
        }
        if (open >= config.max_connections) {
            log("too many connections: refused one");
            beast::error_code ignored;
            socket.close(ignored);
        } else {
            beast::error_code ignored;
            socket.set_option(tcp::no_delay(true), ignored);
            std::make_shared<HttpSession>(*this, std::move(socket))->run();
        }
        accept();
    });
}

void Server::Impl::shutdown() {
    beast::error_code ignored;
    if (acceptor)
        acceptor->close(ignored);
    for (auto& [id, weak] : sockets) {
        if (auto s = weak.lock())
            s->kill();
    }
    for (auto& [key, weak] : pages) {
        if (auto s = weak.lock())
            s->kill();
    }
    // Handlers still queued are destroyed with the context, and the sessions with them.
    ioc->stop();
}

Server::Server(ServerConfig config, ServerEvents events)
    : impl_(std::make_unique<Impl>(std::move(config), std::move(events))) {}

Server::~Server() {
    stop();
}

StartResult Server::start() {
    Impl& s = *impl_;
    if (s.running)
        return {true, {}};
    std::error_code fs_error;
    s.root = std::filesystem::canonical(s.config.web_root, fs_error);
    if (fs_error || !std::filesystem::is_regular_file(s.root / "index.html", fs_error))
        return {false, "the phone page is missing: " + s.config.web_root.string()};
    s.next_id = s.config.first_connection;
    s.ioc = std::make_unique<asio::io_context>(1);
    beast::error_code ec;
    const auto address = asio::ip::make_address(s.config.bind_address, ec);
    if (ec)
        return {false, "cannot listen on " + s.config.bind_address + ": not an IP address"};
    const tcp::endpoint endpoint(address, s.config.port);
    s.acceptor = std::make_unique<tcp::acceptor>(*s.ioc);
    const std::string port_text = std::to_string(s.config.port);
    const auto fail = [&](const std::string& why) {
        s.acceptor.reset();
        s.ioc.reset();
        return StartResult{false, why};
    };
    if (s.acceptor->open(endpoint.protocol(), ec))
        return fail("cannot listen on port " + port_text + ": " + ec.message());
    // A restarted game may take its port back at once (TIME_WAIT); a port another program
    // listens on stays refused.
    s.acceptor->set_option(asio::socket_base::reuse_address(true), ec);
    if (s.acceptor->bind(endpoint, ec)) {
        if (ec == asio::error::address_in_use)
            return fail("port " + port_text +
                        " is in use: another program (or another filmquiz) is listening "
                        "there; close it or choose another port with --port");
        return fail("cannot listen on port " + port_text + ": " + ec.message());
    }
    if (s.acceptor->listen(asio::socket_base::max_listen_connections, ec))
        return fail("cannot listen on port " + port_text + ": " + ec.message());
    s.port = s.acceptor->local_endpoint().port();
    s.accept();
    s.running = true;
    s.thread = std::thread([&s] { s.ioc->run(); });
    return {true, {}};
}

void Server::stop() {
    Impl& s = *impl_;
    if (!s.running)
        return;
    asio::post(*s.ioc, [&s] { s.shutdown(); });
    s.thread.join();
    // Destroys the pending handlers and with them every session (which reports it closed).
    s.acceptor.reset();
    s.ioc.reset();
    s.sockets.clear();
    s.pages.clear();
    s.running = false;
    s.port = 0;
}

bool Server::running() const {
    return impl_->running;
}

std::uint16_t Server::port() const {
    return impl_->port;
}

void Server::send(std::uint64_t connection, std::string text) {
    Impl& s = *impl_;
    if (!s.running)
        return;
    asio::post(*s.ioc, [&s, connection, text = std::move(text)]() mutable {
        const auto it = s.sockets.find(connection);
        if (it == s.sockets.end())
            return;
        if (auto session = it->second.lock())
            session->send(std::move(text));
    });
}

void Server::close(std::uint64_t connection, std::string last) {
    Impl& s = *impl_;
    if (!s.running)
        return;
    asio::post(*s.ioc, [&s, connection, last = std::move(last)]() mutable {
        const auto it = s.sockets.find(connection);
        if (it == s.sockets.end())
            return;
        if (auto session = it->second.lock())
            session->close(std::move(last));
    });
}

}  // namespace filmquiz::net
