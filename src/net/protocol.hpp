// The phone protocol's messages: what a phone may send, checked field by field with an
// exact reason for every refusal, and the small JSON replies the game sends back.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace filmquiz::net {

// Limits of one message from a phone (src/net/README.md, "Limits").
inline constexpr std::size_t kMaxMessageBytes = 4096;
inline constexpr int kMaxNesting = 4;
inline constexpr std::size_t kMaxTypedAnswer = 200;  // characters
inline constexpr std::size_t kMaxNameBytes = 200;    // the match checks the name itself
inline constexpr int kMaxOptionIndex = 63;
inline constexpr std::size_t kMaxOrderLength = 16;
inline constexpr int kMaxQuestionNumber = 1000;
inline constexpr std::size_t kTokenLength = 32;

enum class MessageType { join, answer, buzz, leave };
std::string_view to_string(MessageType type);

struct ClientMessage {
    MessageType type = MessageType::join;
    std::string room;           // join: as sent (the gate compares it with the room's code)
    std::string name;           // join
    std::string token;          // join (empty: a new player), answer, buzz, leave
    int number = 0;             // answer, buzz: the question's number as the phone showed it
    std::optional<int> choice;  // answer: an index into the options
    std::optional<std::vector<int>> order;  // answer: option indices, first to last
    std::optional<std::string> text;        // answer: typed
};

struct Parsed {
    std::optional<ClientMessage> message;  // set when the message is valid
    std::string error;                     // why not, in the phone player's words
};

// Checks size, UTF-8, nesting, JSON, type and every field; never throws.
Parsed parse_client_message(std::string_view text);

// Whether `token` looks like one the game hands out: 32 lowercase hexadecimal digits.
bool valid_token(std::string_view token);

// Replies to a phone, each one JSON object on one line.
std::string welcome_message(std::string_view token, std::string_view name, bool rejoined);
std::string accepted_message(MessageType to);
std::string refused_message(MessageType to, std::string_view reason);
std::string error_message(std::string_view error);

}  // namespace filmquiz::net
