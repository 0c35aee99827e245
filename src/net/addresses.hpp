// Where phones can reach this machine: its IPv4 addresses on the local network, the one
// on the interface with the default route first (the Wi-Fi a phone is most likely on).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace filmquiz::net {

struct LanAddress {
    std::string ip;         // "192.168.1.20"
    std::string interface;  // "wlan0"
    bool default_route = false;
};

// Every non-loopback IPv4 address of the machine's interfaces that are up.
std::vector<LanAddress> lan_addresses();

// `addresses` ordered default route first, given the text of /proc/net/route (the
// interfaces whose destination is 00000000); otherwise they keep their order.
std::vector<LanAddress> order_by_default_route(std::vector<LanAddress> addresses,
                                               std::string_view route_table);

}  // namespace filmquiz::net
