// A phone for the tests: a Beast WebSocket client on 127.0.0.1 whose reads give up after a
// while instead of hanging.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

namespace filmquiz::test {

class Phone {
  public:
    explicit Phone(std::uint16_t port) : ws_(ioc_) {
        namespace asio = boost::asio;
        boost::beast::get_lowest_layer(ws_).connect(
            asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
        ws_.handshake("127.0.0.1:" + std::to_string(port), "/ws");
    }
    // Errors are ignored: a test that floods writes on after the server hung up.
    void send(const std::string& text) {
        ws_.text(true);
        boost::beast::error_code ec;
        ws_.write(boost::asio::buffer(text), ec);
    }
    void send_json(const nlohmann::json& j) { send(j.dump()); }
    void send_binary(const std::string& bytes) {
        ws_.binary(true);
        boost::beast::error_code ec;
        ws_.write(boost::asio::buffer(bytes), ec);
    }
    // The next message, or nothing when the connection closed or `wait` passed.
    std::optional<nlohmann::json> read(std::chrono::milliseconds wait = std::chrono::seconds(3)) {
        bool done = false;
        boost::beast::error_code ec;
        if (!reading_) {
            buffer_.clear();
            reading_ = true;
            ws_.async_read(buffer_, [this](boost::beast::error_code e, std::size_t) {
                error_ = e;
                finished_ = true;
            });
        }
        ioc_.restart();
        ioc_.run_for(wait);
        done = finished_;
        if (!done)
            return std::nullopt;  // still reading: the next read() goes on waiting
        reading_ = false;
        finished_ = false;
        ec = error_;
        if (ec) {
            closed_ = true;
            return std::nullopt;
        }
        return nlohmann::json::parse(boost::beast::buffers_to_string(buffer_.data()));
    }
    // The next message, which must be of this type.
    nlohmann::json expect(const std::string& type) {
        const auto m = read();
        INFO("expected a message of type " << type);
        REQUIRE(m.has_value());
        CHECK_MESSAGE((*m)["type"] == type, m->dump());
        return *m;
    }
    bool closed() const { return closed_; }
    void close() {
        boost::beast::error_code ec;
        if (reading_) {
            boost::beast::get_lowest_layer(ws_).cancel();
            ioc_.restart();
            ioc_.run();
            reading_ = false;
            finished_ = false;
        }
        ws_.close(boost::beast::websocket::close_code::normal, ec);
        // Whatever the close handshake did, the game sees the connection end.
        boost::beast::get_lowest_layer(ws_).socket().close(ec);
    }
    ~Phone() {
        if (reading_) {
            boost::beast::get_lowest_layer(ws_).cancel();
            ioc_.restart();
            ioc_.run();
        }
    }

  private:
    boost::asio::io_context ioc_;
    boost::beast::websocket::stream<boost::beast::tcp_stream> ws_;
    boost::beast::flat_buffer buffer_;
    bool reading_ = false;
    bool finished_ = false;
    bool closed_ = false;
    boost::beast::error_code error_;
};

}  // namespace filmquiz::test
