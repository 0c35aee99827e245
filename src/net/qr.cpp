#include "net/qr.hpp"

#include <memory>
#include <string>

#include <qrencode.h>

namespace filmquiz::net {

std::vector<std::vector<bool>> qr_matrix(std::string_view text) {
    std::vector<std::vector<bool>> rows;
    const std::string copy(text);
    // Level M survives a smudged or glary screen; 8-bit mode keeps the URL as it is.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(copy.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return rows;
    const auto width = static_cast<std::size_t>(code->width);
    rows.assign(width, std::vector<bool>(width, false));
    for (std::size_t y = 0; y < width; ++y) {
        for (std::size_t x = 0; x < width; ++x)
            rows[y][x] = (code->data[y * width + x] & 1) != 0;
    }
    return rows;
}

}  // namespace filmquiz::net
