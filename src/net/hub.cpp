#include "net/hub.hpp"

#include <iostream>
#include <random>

#include "net/phone_view.hpp"

namespace filmquiz::net {

namespace {

const char kHex[] = "0123456789abcdef";

}  // namespace

std::string new_token() {
    std::random_device device;
    std::string token;
    while (token.size() < kTokenLength) {
        unsigned value = device();
        for (int i = 0; i < 8 && token.size() < kTokenLength; ++i, value >>= 4)
            token += kHex[value & 0xF];
    }
    return token;
}

Hub::Hub(HubOptions options) : options_(std::move(options)) {}

Hub::~Hub() {
    // Nothing is left to wake: the game is tearing the hub down.
    options_.wake = nullptr;
    stop();
}

void Hub::log(const std::string& line) {
    const std::lock_guard lock(log_mutex_);
    if (options_.log)
        options_.log(line);
    else
        std::cerr << "phones: " << line << '\n';
}

void Hub::push(Incoming in) {
    bool was_empty = false;
    {
        const std::lock_guard lock(queue_mutex_);
        was_empty = queue_.empty();
        queue_.push_back(std::move(in));
    }
    // One wake per batch: the game drains the whole queue when it pumps.
    if (was_empty && options_.wake)
        options_.wake();
}

StartResult Hub::start() {
    if (server_ && server_->running())
        return {true, {}};
    room_ = valid_room_code(options_.room_code) ? options_.room_code : new_room_code();
    ServerConfig config;
    config.web_root = options_.web_root;
    config.bind_address = options_.bind_address;
    config.port = options_.port;
    config.room_code = room_;
    config.limits = options_.limits;
    // Connection ids never repeat, so a pump() after a restart cannot mix up two phones.
    config.first_connection = next_connection_base_;
    next_connection_base_ += std::uint64_t{1} << 32;
    ServerEvents events;
    events.opened = [this](std::uint64_t id, const std::string& peer) {
        push({Incoming::Kind::opened, id, peer, {}});
    };
    events.message = [this](std::uint64_t id, ClientMessage m) {
        push({Incoming::Kind::message, id, {}, std::move(m)});
    };
    events.closed = [this](std::uint64_t id) { push({Incoming::Kind::closed, id, {}, {}}); };
    events.log = [this](const std::string& line) { log(line); };
    server_ = std::make_unique<Server>(std::move(config), std::move(events));
    StartResult result = server_->start();
    if (!result.ok) {
        server_.reset();
        return result;
    }
    // Listening on one address only (a test's 127.0.0.1): that is where phones connect.
    if (options_.bind_address == "0.0.0.0")
        addresses_ = lan_addresses();
    else
        addresses_ = {LanAddress{options_.bind_address, "", true}};
    dirty_ = true;
    return result;
}

void Hub::stop() {
    if (server_)
        server_->stop();
    server_.reset();
    // Their sockets are gone: the next pump() disconnects their seats.
    for (const auto& [id, c] : connections_)
        push({Incoming::Kind::closed, id, {}, {}});
}

bool Hub::running() const {
    return server_ && server_->running();
}

std::uint16_t Hub::port() const {
    return server_ ? server_->port() : 0;
}

std::vector<std::string> Hub::urls() const {
    std::vector<std::string> out;
    for (const LanAddress& a : addresses_)
        out.push_back("http://" + a.ip + ":" + std::to_string(port()) + "/");
    return out;
}

std::string Hub::qr_text() const {
    const auto all = urls();
    return all.empty() ? std::string() : all.front() + "?room=" + room_;
}

std::string Hub::network_note() const {
    if (!addresses_.empty())
        return {};
    return "No network: connect this computer to the Wi-Fi the phones are on";
}

int Hub::connections() const {
    return static_cast<int>(connections_.size());
}

std::string Hub::who(const Connection& c, const play::Match& match) const {
    std::string out = "phone " + c.peer;
    if (!c.token.empty()) {
        if (const auto seat = match.seats().find_any(play::Binding::phone(c.token)))
            out += " (" + match.seats().at(*seat).name + ")";
    }
    return out;
}

void Hub::refuse(std::uint64_t id, MessageType to, const std::string& why) {
    if (server_)
        server_->send(id, refused_message(to, why));
}

int Hub::pump(const play::Match& match, std::uint32_t now_ms, const Apply& apply) {
    std::deque<Incoming> batch;
    {
        const std::lock_guard lock(queue_mutex_);
        batch.swap(queue_);
    }
    int messages = 0;
    for (Incoming& in : batch) {
        messages += in.kind == Incoming::Kind::message;
        handle(match, in, now_ms, apply);
    }
    if (!batch.empty())
        dirty_ = true;
    return messages;
}

void Hub::handle(const play::Match& match, Incoming& in, std::uint32_t now_ms, const Apply& apply) {
    if (in.kind == Incoming::Kind::opened) {
        connections_[in.connection].peer = in.peer;
        return;
    }
    const auto it = connections_.find(in.connection);
    if (it == connections_.end())
        return;
    Connection& c = it->second;
    if (in.kind == Incoming::Kind::closed) {
        const auto bound = token_connection_.find(c.token);
        // A phone that came back on a new connection keeps its seat connected.
        if (!c.token.empty() && bound != token_connection_.end() &&
            bound->second == in.connection) {
            token_connection_.erase(bound);
            const auto seat = match.seats().find(play::Binding::phone(c.token));
            if (seat && match.seats().at(*seat).connected) {
                play::Command command;
                command.what = play::What::disconnect;
                command.seat = *seat;
                command.at_ms = now_ms;
                apply(command);
            }
        }
        connections_.erase(it);
        return;
    }

    const ClientMessage& m = in.message;
    if (m.type == MessageType::join) {
        join(match, in.connection, c, m, now_ms, apply);
        return;
    }
    const auto refused = [&](const std::string& why) {
        log(who(c, match) + ": " + std::string(to_string(m.type)) + " refused: " + why);
        refuse(in.connection, m.type, why);
    };
    if (c.token.empty())
        return refused("join the game first");
    if (m.token != c.token)
        return refused("that token is not yours");
    const auto seat = match.seats().find(play::Binding::phone(c.token));
    if (!seat)
        return refused("you are not in the game");

    play::Command command;
    command.seat = *seat;
    command.at_ms = now_ms;
    if (m.type == MessageType::leave) {
        command.what = play::What::leave;
    } else {
        if (match.phase() != play::Phase::question || m.number != match.session().index() + 1)
            return refused("question " + std::to_string(m.number) + " is not open");
        if (m.type == MessageType::buzz) {
            command.what = play::What::buzz;
        } else {
            command.what = play::What::answer;
            if (m.choice)
                command.answer.choice = *m.choice;
            if (m.order)
                command.answer.order = *m.order;
            if (m.text)
                command.answer.text = *m.text;
        }
    }
    const play::Verdict v = apply(command);
    if (!v)
        return refused(v.reason);
    if (m.type == MessageType::leave) {
        token_connection_.erase(c.token);
        c.token.clear();
    }
    if (server_)
        server_->send(in.connection, accepted_message(m.type));
}

void Hub::join(const play::Match& match, std::uint64_t id, Connection& c, const ClientMessage& m,
               std::uint32_t now_ms, const Apply& apply) {
    const auto refused = [&](const std::string& why) {
        log(who(c, match) + ": join refused: " + why);
        refuse(id, MessageType::join, why);
    };
    if (!c.token.empty())
        return refused("you have already joined");
    if (!m.token.empty() && removed_.count(m.token) > 0)
        return refused("the host removed you from this game");

    // A known token gets its seat back, with its points and streak.
    const auto seat =
        m.token.empty() ? std::nullopt : match.seats().find_any(play::Binding::phone(m.token));
    if (seat) {
        const play::Seat& s = match.seats().at(*seat);
        if (const auto old = token_connection_.find(m.token); old != token_connection_.end()) {
            // The same phone on a new connection (a reload): the old page steps aside.
            if (server_)
                server_->close(old->second, error_message("this player joined from another page"));
            if (const auto oc = connections_.find(old->second); oc != connections_.end())
                oc->second.token.clear();
            token_connection_.erase(old);
        }
        if (!s.connected || !s.present) {
            play::Command command;
            command.what = play::What::reconnect;
            command.seat = *seat;
            command.at_ms = now_ms;
            command.binding = play::Binding::phone(m.token);
            if (const play::Verdict v = apply(command); !v)
                return refused(v.reason);
        }
        c.token = m.token;
        token_connection_[c.token] = id;
        c.last_stable.clear();
        if (server_)
            server_->send(id, welcome_message(c.token, s.name, true));
        log(who(c, match) + " is back");
        return;
    }

    const std::string token = new_token();
    play::Command command;
    command.what = play::What::join;
    command.at_ms = now_ms;
    command.name = m.name;
    command.binding = play::Binding::phone(token);
    const play::Verdict v = apply(command);
    if (!v)
        return refused(v.reason);
    c.token = token;
    token_connection_[token] = id;
    c.last_stable.clear();
    if (server_)
        server_->send(id, welcome_message(token, match.seats().at(v.seat).name, false));
    log(who(c, match) + " joined");
}

std::string Hub::fingerprint(const play::Match& match) const {
    std::string f = std::to_string(match.next_seq()) + '|' + std::string(to_string(match.phase())) +
                    (match.paused() ? "p" : "") + '|';
    for (const play::Seat& s : match.seats().all()) {
        f += s.name;
        f += s.present ? '+' : '-';
        f += s.connected ? '+' : '-';
        f += s.binding.token;
        f += '|';
    }
    return f;
}

void Hub::publish(const play::Match& match, std::uint32_t now_ms) {
    if (!server_)
        return;
    std::string f = fingerprint(match);
    if (!dirty_ && f == last_fingerprint_)
        return;
    last_fingerprint_ = std::move(f);
    dirty_ = false;
    for (auto& [id, c] : connections_) {
        if (c.token.empty() && c.last_stable.empty())
            continue;  // not joined: it sees nothing of the game
        std::optional<int> seat;
        if (!c.token.empty())
            seat = match.seats().find_any(play::Binding::phone(c.token));
        PhoneView view = phone_view(match, seat, now_ms);
        if (view.stable == c.last_stable)
            continue;
        c.last_stable = std::move(view.stable);
        server_->send(id, std::move(view.sent));
    }
}

std::vector<PhoneSeat> Hub::phones(const play::Match& match) const {
    std::vector<PhoneSeat> out;
    for (const play::Seat& s : match.seats().all()) {
        if (s.binding.kind != play::DeviceKind::phone || !s.present)
            continue;
        PhoneSeat p;
        p.seat = s.id;
        p.name = s.name;
        p.connected = s.connected;
        if (const auto it = token_connection_.find(s.binding.token);
            it != token_connection_.end()) {
            if (const auto c = connections_.find(it->second); c != connections_.end())
                p.address = c->second.peer;
        }
        out.push_back(std::move(p));
    }
    return out;
}

play::Verdict Hub::remove(const play::Match& match, int seat, std::uint32_t now_ms,
                          const Apply& apply) {
    if (!match.seats().valid(seat) ||
        match.seats().at(seat).binding.kind != play::DeviceKind::phone) {
        play::Verdict v;
        v.ok = false;
        v.reason = "seat " + std::to_string(seat + 1) + " is not a phone";
        return v;
    }
    const std::string token = match.seats().at(seat).binding.token;
    const std::string name = match.seats().at(seat).name;
    play::Command command;
    command.what = play::What::leave;
    command.seat = seat;
    command.at_ms = now_ms;
    const play::Verdict v = apply(command);
    if (!v)
        return v;
    removed_.insert(token);
    if (const auto it = token_connection_.find(token); it != token_connection_.end()) {
        if (server_)
            server_->close(it->second, error_message("the host removed you from this game"));
        if (const auto c = connections_.find(it->second); c != connections_.end())
            c->second.token.clear();
        token_connection_.erase(it);
    }
    log("the host removed " + name);
    dirty_ = true;
    return v;
}

}  // namespace filmquiz::net
