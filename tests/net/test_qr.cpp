// The join QR code, decoded as a phone's camera would: the matrix drawn into a PNG with a
// quiet zone, read back with zbarimg (zbar-tools), must give the URL and the room code.
// Also: which address the lobby shows first.
#include <array>
#include <cstdio>
#include <cstdlib>

#include <doctest/doctest.h>

#include "net/addresses.hpp"
#include "net/qr.hpp"
#include "test_support.hpp"

using namespace filmquiz;

namespace {

std::uint32_t crc32(const std::string& bytes) {
    std::uint32_t c = 0xFFFFFFFFU;
    for (const char ch : bytes) {
        c ^= static_cast<unsigned char>(ch);
        for (int k = 0; k < 8; ++k)
            c = (c & 1U) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
    }
    return c ^ 0xFFFFFFFFU;
}

void put32(std::string& out, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8)
        out += static_cast<char>((v >> shift) & 0xFF);
}

void chunk(std::string& png, const std::string& type, const std::string& data) {
    put32(png, static_cast<std::uint32_t>(data.size()));
    png += type + data;
    put32(png, crc32(type + data));
}

// A greyscale PNG with stored (uncompressed) deflate blocks: small enough to write here,
// so the test needs no image library.
std::string png(const std::vector<std::vector<bool>>& matrix, int scale, int quiet) {
    const int modules = static_cast<int>(matrix.size());
    const int side = (modules + 2 * quiet) * scale;
    std::string raw;
    for (int y = 0; y < side; ++y) {
        raw += '\0';  // filter: none
        for (int x = 0; x < side; ++x) {
            const int my = y / scale - quiet;
            const int mx = x / scale - quiet;
            const bool dark = my >= 0 && mx >= 0 && my < modules && mx < modules &&
                              matrix[static_cast<std::size_t>(my)][static_cast<std::size_t>(mx)];
            raw += static_cast<char>(dark ? 0 : 255);
        }
    }
    std::string z = "\x78\x01";
    for (std::size_t at = 0; at < raw.size(); at += 65535) {
        const std::size_t n = std::min<std::size_t>(65535, raw.size() - at);
        z += static_cast<char>(at + n == raw.size() ? 1 : 0);
        z += static_cast<char>(n & 0xFF);
        z += static_cast<char>(n >> 8);
        z += static_cast<char>(~n & 0xFF);
        z += static_cast<char>((~n >> 8) & 0xFF);
        z += raw.substr(at, n);
    }
    std::uint32_t a = 1;
    std::uint32_t b = 0;
    for (const char ch : raw) {
        a = (a + static_cast<unsigned char>(ch)) % 65521;
        b = (b + a) % 65521;
    }
    put32(z, (b << 16) | a);
    std::string out = "\x89PNG\r\n\x1a\n";
    std::string header;
    put32(header, static_cast<std::uint32_t>(side));
    put32(header, static_cast<std::uint32_t>(side));
    header += std::string("\x08\x00\x00\x00\x00", 5);  // 8-bit greyscale
    chunk(out, "IHDR", header);
    chunk(out, "IDAT", z);
    chunk(out, "IEND", "");
    return out;
}

}  // namespace

TEST_CASE("qr: the matrix of a join URL decodes back to the URL with its room code") {
    if (std::system("command -v zbarimg >/dev/null 2>&1") != 0) {
        MESSAGE("zbarimg missing (Debian zbar-tools): QR decode not checked");
        return;
    }
    const std::string url = "http://192.168.1.20:8080/?room=ABCD";
    const auto matrix = net::qr_matrix(url);
    REQUIRE(matrix.size() >= 21);
    CHECK(matrix.size() % 4 == 1);  // QR sizes are 17 + 4 * version
    for (const auto& row : matrix)
        CHECK(row.size() == matrix.size());
    // The three finder patterns: dark corners.
    CHECK(matrix[0][0]);
    CHECK(matrix[0][matrix.size() - 1]);
    CHECK(matrix[matrix.size() - 1][0]);

    test::TempDir dir;
    const auto file = dir.path() / "qr.png";
    test::write_text(file, png(matrix, 6, 4));
    const auto out = dir.path() / "out.txt";
    const std::string command =
        "zbarimg --quiet --raw '" + file.string() + "' > '" + out.string() + "' 2>/dev/null";
    CHECK(std::system(command.c_str()) == 0);
    CHECK(test::read_text(out) == url + "\n");
}

TEST_CASE("qr: nothing to encode gives no matrix") {
    CHECK(net::qr_matrix("").empty());
}

TEST_CASE("addresses: the interface with the default route comes first") {
    const std::string routes =
        "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
        "docker0\t000011AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0\n"
        "wlan0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0\n"
        "wlan0\t0001A8C0\t00000000\t0001\t0\t0\t600\t00FFFFFF\t0\t0\t0\n";
    const std::vector<net::LanAddress> found{{"172.17.0.1", "docker0", false},
                                             {"10.0.0.5", "eth1", false},
                                             {"192.168.1.20", "wlan0", false}};
    const auto ordered = net::order_by_default_route(found, routes);
    REQUIRE(ordered.size() == 3);
    CHECK(ordered[0].ip == "192.168.1.20");
    CHECK(ordered[0].default_route);
    CHECK(ordered[1].ip == "172.17.0.1");
    CHECK_FALSE(ordered[1].default_route);
    CHECK(ordered[2].ip == "10.0.0.5");
    // No route table (no network, or not Linux): the order stays.
    CHECK(net::order_by_default_route(found, "")[0].ip == "172.17.0.1");
    // The machine's own list never holds a loopback address.
    for (const auto& a : net::lan_addresses())
        CHECK(a.ip.rfind("127.", 0) != 0);
}
