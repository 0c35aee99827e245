#include "play/seats.hpp"

#include <algorithm>

#include "core/player.hpp"

namespace filmquiz::play {

std::string_view to_string(DeviceKind kind) {
    switch (kind) {
        case DeviceKind::local:
            return "local";
        case DeviceKind::keyboard_zone:
            return "keyboard";
        case DeviceKind::gamepad:
            return "gamepad";
        case DeviceKind::phone:
            return "phone";
        case DeviceKind::paper:
            return "paper team";
    }
    return "local";
}

std::variant<int, std::string> Seats::join(std::string_view name, const Binding& binding,
                                           int team) {
    if (size() >= kMaxPlayers)
        return "the game is full: " + std::to_string(kMaxPlayers) + " players at most";
    const core::NameCheck check = core::check_player_name(name);
    if (!check.name)
        return "that name will not do: " + check.error;
    if (find_name(*check.name))
        return *check.name + " is already playing: choose another name";
    if (find(binding))
        return "that " + std::string(to_string(binding.kind)) + " already has a seat";
    Seat seat;
    seat.id = size();
    seat.name = *check.name;
    seat.binding = binding;
    seat.team = team;
    seats_.push_back(std::move(seat));
    return seats_.back().id;
}

void Seats::remove(int seat) {
    if (!valid(seat))
        return;
    seats_.erase(seats_.begin() + seat);
    for (int i = seat; i < size(); ++i)
        seats_[static_cast<std::size_t>(i)].id = i;
}

void Seats::leave(int seat) {
    if (valid(seat))
        seats_[static_cast<std::size_t>(seat)].present = false;
}

void Seats::disconnect(int seat) {
    if (valid(seat))
        seats_[static_cast<std::size_t>(seat)].connected = false;
}

void Seats::reconnect(int seat, const Binding& binding) {
    if (!valid(seat))
        return;
    Seat& s = seats_[static_cast<std::size_t>(seat)];
    s.binding = binding;
    s.connected = true;
    s.present = true;
}

void Seats::rename(int seat, std::string name) {
    if (valid(seat))
        seats_[static_cast<std::size_t>(seat)].name = std::move(name);
}

void Seats::set_team(int seat, int team) {
    if (valid(seat))
        seats_[static_cast<std::size_t>(seat)].team = team;
}

int Seats::playing() const {
    return static_cast<int>(std::count_if(seats_.begin(), seats_.end(),
                                          [](const Seat& s) { return s.present && s.connected; }));
}

std::optional<int> Seats::find(const Binding& binding) const {
    for (const Seat& s : seats_) {
        if (s.present && s.binding == binding)
            return s.id;
    }
    return std::nullopt;
}

std::optional<int> Seats::find_any(const Binding& binding) const {
    for (const Seat& s : seats_) {
        if (s.binding == binding)
            return s.id;
    }
    return std::nullopt;
}

std::optional<int> Seats::find_name(std::string_view name) const {
    const std::string key = core::player_key(name);
    for (const Seat& s : seats_) {
        if (core::player_key(s.name) == key)
            return s.id;
    }
    return std::nullopt;
}

}  // namespace filmquiz::play
