// Who is playing and from what: a seat per player, bound to a keyboard zone, a gamepad, a
// phone or (solo) any local device. Seats keep their points when a device drops out.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace filmquiz::play {

// Players one screen shows with keyboard zones and gamepads; a game's default size.
inline constexpr int kMaxSeats = 8;
// The most a game can seat whatever the devices: a class on their phones.
inline constexpr int kMaxPlayers = 64;

// What a seat answers with.
enum class DeviceKind {
    local,          // solo or host: every local keyboard, mouse and gamepad
    keyboard_zone,  // a group of keys on the shared keyboard (id: zone number)
    gamepad,        // one gamepad (id: SDL's joystick instance id)
    phone,          // a phone on the local network (token: kept in the phone's page)
    paper,          // a team writing its answers on paper; a host marks them (id: team)
};
std::string_view to_string(DeviceKind kind);

struct Binding {
    DeviceKind kind = DeviceKind::local;
    std::int64_t id = 0;
    std::string token;

    static Binding local() { return {}; }
    static Binding zone(int zone) { return {DeviceKind::keyboard_zone, zone, {}}; }
    static Binding gamepad(std::int64_t instance) { return {DeviceKind::gamepad, instance, {}}; }
    static Binding phone(std::string token) { return {DeviceKind::phone, 0, std::move(token)}; }
    static Binding paper(int team) { return {DeviceKind::paper, team, {}}; }
    bool operator==(const Binding&) const = default;
};

struct Seat {
    int id = 0;  // its place in the game; also its participant index in the round
    std::string name;
    Binding binding;
    int team = -1;          // -1: no team
    bool connected = true;  // its device is there
    bool present = true;    // false once it left during the game (its points stay)
};

class Seats {
  public:
    // A new seat: the next free id, or why not (a full table, a bad or taken name, a
    // device that already has a seat).
    std::variant<int, std::string> join(std::string_view name, const Binding& binding,
                                        int team = -1);
    // Before the game: the seat goes and the later ones move up. During it: the seat stays
    // (with its points) but no longer plays.
    void remove(int seat);
    void leave(int seat);
    // The seat's device went away, or came back (perhaps as another device: a re-plugged
    // pad has a new instance id).
    void disconnect(int seat);
    void reconnect(int seat, const Binding& binding);
    void rename(int seat, std::string name);
    void set_team(int seat, int team);

    const std::vector<Seat>& all() const { return seats_; }
    int size() const { return static_cast<int>(seats_.size()); }
    // Seats that play now: present and connected.
    int playing() const;
    bool valid(int seat) const { return seat >= 0 && seat < size(); }
    const Seat& at(int seat) const { return seats_.at(static_cast<std::size_t>(seat)); }
    // The present seat a device is bound to.
    std::optional<int> find(const Binding& binding) const;
    // The seat a device was ever bound to, also one that left (it keeps its points and
    // may come back with the same device).
    std::optional<int> find_any(const Binding& binding) const;
    // The seat with this name, ignoring case (names stay taken by players who left: the
    // game's record names each player once).
    std::optional<int> find_name(std::string_view name) const;

  private:
    std::vector<Seat> seats_;
};

}  // namespace filmquiz::play
