// What one phone shows of the match right now, as the JSON state message the page draws:
// the lobby, the question (never its answer), "locked in", the reveal, the final rank.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "play/match.hpp"

namespace filmquiz::net {

// The big screen's option looks (screens/party_look.cpp), so a phone's buttons match the
// tiles: 1 a coral triangle, 2 a sky diamond, 3 a gold circle, 4 a mint square.
struct OptionLook {
    std::string_view colour;  // "#RRGGBB"
    std::string_view shape;
};
const OptionLook& option_look(int option);

// A question type as the phone page names it: "choice", "true_false", "ordering", "type_in".
std::string_view kind_name(core::QuestionType type);

struct PhoneView {
    std::string stable;  // without the clock: equal views need not be sent again
    std::string sent;    // with the time left, as sent
};

// The view of `seat`, or of a phone whose seat is gone (removed, or another game).
PhoneView phone_view(const play::Match& match, std::optional<int> seat, std::uint32_t now_ms);

}  // namespace filmquiz::net
