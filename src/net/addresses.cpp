#include "net/addresses.hpp"

#include <algorithm>
#include <arpa/inet.h>
#include <fstream>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>
#include <set>
#include <sstream>

namespace filmquiz::net {

std::vector<LanAddress> order_by_default_route(std::vector<LanAddress> addresses,
                                               std::string_view route_table) {
    // Columns: Iface Destination Gateway Flags ...; the first line is the header.
    std::set<std::string> defaults;
    std::istringstream lines{std::string(route_table)};
    std::string line;
    std::getline(lines, line);
    while (std::getline(lines, line)) {
        std::istringstream fields(line);
        std::string iface;
        std::string destination;
        if (fields >> iface >> destination && destination == "00000000")
            defaults.insert(iface);
    }
    for (LanAddress& a : addresses)
        a.default_route = defaults.count(a.interface) > 0;
    std::stable_partition(addresses.begin(), addresses.end(),
                          [](const LanAddress& a) { return a.default_route; });
    return addresses;
}

std::vector<LanAddress> lan_addresses() {
    std::vector<LanAddress> found;
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) != 0)
        return found;
    for (const ifaddrs* it = list; it != nullptr; it = it->ifa_next) {
        if (it->ifa_addr == nullptr || it->ifa_addr->sa_family != AF_INET)
            continue;
        if ((it->ifa_flags & IFF_UP) == 0 || (it->ifa_flags & IFF_LOOPBACK) != 0)
            continue;
        sockaddr_in address{};
        std::copy_n(reinterpret_cast<const char*>(it->ifa_addr), sizeof address,
                    reinterpret_cast<char*>(&address));
        char text[INET_ADDRSTRLEN] = {};
        if (inet_ntop(AF_INET, &address.sin_addr, text, sizeof text) == nullptr)
            continue;
        found.push_back({text, it->ifa_name, false});
    }
    freeifaddrs(list);
    std::ifstream routes("/proc/net/route");
    std::ostringstream table;
    table << routes.rdbuf();
    return order_by_default_route(std::move(found), table.str());
}

}  // namespace filmquiz::net
