// The QR code of a join URL, as a matrix the lobby draws square by square (libqrencode).
#pragma once

#include <string_view>
#include <vector>

namespace filmquiz::net {

// Rows of modules, true for dark, without the quiet zone (draw 4 light modules around
// it). Empty when the text cannot be encoded.
std::vector<std::vector<bool>> qr_matrix(std::string_view text);

}  // namespace filmquiz::net
