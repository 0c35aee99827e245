// The phone protocol's messages: every valid form read exactly, every invalid one refused
// with its exact reason (src/net/README.md lists them).
#include <doctest/doctest.h>

#include "net/protocol.hpp"

using namespace filmquiz::net;

namespace {

const std::string kToken = "0123456789abcdef0123456789abcdef";

std::string error_of(std::string_view text) {
    const Parsed p = parse_client_message(text);
    CHECK_FALSE(p.message.has_value());
    return p.error;
}

ClientMessage read(std::string_view text) {
    const Parsed p = parse_client_message(text);
    REQUIRE_MESSAGE(p.message.has_value(), p.error);
    CHECK(p.error.empty());
    return *p.message;
}

}  // namespace

TEST_CASE("protocol: valid messages are read field by field") {
    const ClientMessage join = read(R"({"type":"join","room":"abcd","name":"Ana"})");
    CHECK(join.type == MessageType::join);
    CHECK(join.room == "abcd");
    CHECK(join.name == "Ana");
    CHECK(join.token.empty());

    const ClientMessage rejoin =
        read(R"({"type":"join","room":"ABCD","name":"","token":")" + kToken + R"("})");
    CHECK(rejoin.token == kToken);

    const ClientMessage choice =
        read(R"({"type":"answer","token":")" + kToken + R"(","number":3,"choice":2})");
    CHECK(choice.type == MessageType::answer);
    CHECK(choice.number == 3);
    CHECK(choice.choice == 2);
    CHECK_FALSE(choice.order.has_value());

    const ClientMessage order =
        read(R"({"type":"answer","token":")" + kToken + R"(","number":1,"order":[2,0,1,3]})");
    CHECK(order.order == std::vector<int>{2, 0, 1, 3});

    const ClientMessage typed =
        read(R"({"type":"answer","token":")" + kToken + R"(","number":1,"text":"Brontë \u00e9"})");
    CHECK(typed.text == "Brontë é");

    CHECK(read(R"({"type":"buzz","token":")" + kToken + R"(","number":2})").type ==
          MessageType::buzz);
    CHECK(read(R"({"type":"leave","token":")" + kToken + R"("})").type == MessageType::leave);
    // Field order and white space do not matter.
    CHECK(read(" {\n\"number\" : 1, \"choice\":0, \"token\":\"" + kToken +
               "\", \"type\":\"answer\"}\n")
              .choice == 0);
}

TEST_CASE("protocol: every invalid message is refused with its exact reason") {
    const std::string t = "\"token\":\"" + kToken + "\"";
    CHECK(error_of(std::string(4097, ' ')) == "message too large: 4097 bytes (at most 4096)");
    CHECK(error_of("{\"type\":\"join\",\"name\":\"\xc3\x28\"}") == "message is not valid UTF-8");
    CHECK(error_of("{\"a\":[[[[[]]]]]}") == "message is nested too deeply");
    CHECK(error_of("{\"type\":\"join\"") == "message is not valid JSON");
    CHECK(error_of("") == "message is not valid JSON");
    CHECK(error_of("[1,2]") == "message must be a JSON object");
    CHECK(error_of("\"join\"") == "message must be a JSON object");
    CHECK(error_of("{}") == "message has no \"type\"");
    CHECK(error_of("{\"type\":7}") == "\"type\" must be a string");
    CHECK(error_of("{\"type\":\"hack\"}") == "unknown message type \"hack\"");
    CHECK(error_of("{\"type\":\"" + std::string(100, 'x') + "\"}") ==
          "unknown message type \"" + std::string(32, 'x') + "\"");

    CHECK(error_of(R"({"type":"join","name":"Ana"})") == "join: \"room\" is missing");
    CHECK(error_of(R"({"type":"join","room":1,"name":"Ana"})") ==
          "join: \"room\" must be a string");
    CHECK(error_of(R"({"type":"join","room":"ABCD"})") == "join: \"name\" is missing");
    CHECK(error_of(R"({"type":"join","room":"ABCD","name":null})") ==
          "join: \"name\" must be a string");
    CHECK(error_of(R"({"type":"join","room":"ABCD","name":")" + std::string(201, 'a') + R"("})") ==
          "join: \"name\" is too long");
    CHECK(error_of(R"({"type":"join","room":"ABCD","name":"A","admin":true})") ==
          "join: unknown field \"admin\"");
    CHECK(error_of(R"({"type":"join","room":"ABCD","name":"A","token":"xyz"})") ==
          "join: \"token\" must be 32 lowercase hexadecimal digits");

    CHECK(error_of(R"({"type":"answer","number":1,"choice":0})") == "answer: \"token\" is missing");
    CHECK(error_of(R"({"type":"answer","token":")" + kToken.substr(1) +
                   R"(","number":1,"choice":0})") ==
          "answer: \"token\" must be 32 lowercase hexadecimal digits");
    CHECK(error_of("{\"type\":\"answer\"," + t + ",\"choice\":0}") ==
          "answer: \"number\" is missing");
    for (const std::string bad :
         {"0", "1001", "1.5", "-1", "\"2\"", "true", "1e3", "18446744073709551615", "[1]"}) {
        CAPTURE(bad);
        CHECK(error_of("{\"type\":\"answer\"," + t + ",\"number\":" + bad + ",\"choice\":0}") ==
              "answer: \"number\" must be a whole number from 1 to 1000");
    }
    CHECK(error_of("{\"type\":\"answer\"," + t + ",\"number\":1}") ==
          "answer: give exactly one of \"choice\", \"order\" or \"text\"");
    CHECK(error_of("{\"type\":\"answer\"," + t + ",\"number\":1,\"choice\":0,\"text\":\"a\"}") ==
          "answer: give exactly one of \"choice\", \"order\" or \"text\"");
    for (const std::string bad : {"-1", "64", "0.0", "\"1\"", "null"}) {
        CAPTURE(bad);
        CHECK(error_of("{\"type\":\"answer\"," + t + ",\"number\":1,\"choice\":" + bad + "}") ==
              "answer: \"choice\" must be a whole number from 0 to 63");
    }
    for (const std::string bad :
         {"3", "[\"a\"]", "[1,-2]", "[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]", "{}"}) {
        CAPTURE(bad);
        CHECK(error_of("{\"type\":\"answer\"," + t + ",\"number\":1,\"order\":" + bad + "}") ==
              "answer: \"order\" must be a list of at most 16 whole numbers from 0 to 63");
    }
    CHECK(error_of("{\"type\":\"answer\"," + t + ",\"number\":1,\"text\":5}") ==
          "answer: \"text\" must be a string");
    CHECK(error_of("{\"type\":\"answer\"," + t + ",\"number\":1,\"text\":\"" +
                   std::string(201, 'a') + "\"}") ==
          "answer: \"text\" is too long (at most 200 characters)");
    CHECK(error_of("{\"type\":\"answer\"," + t + ",\"number\":1,\"text\":\"a\\u0000b\"}") ==
          "answer: \"text\" may not hold control characters");
    // 200 characters of two bytes each are 400 bytes, and allowed.
    std::string long_typed;
    for (int i = 0; i < 200; ++i)
        long_typed += "é";
    CHECK(
        read("{\"type\":\"answer\"," + t + ",\"number\":1,\"text\":\"" + long_typed + "\"}").text ==
        long_typed);

    CHECK(error_of(R"({"type":"buzz","number":1})") == "buzz: \"token\" is missing");
    CHECK(error_of("{\"type\":\"buzz\"," + t + ",\"number\":1,\"choice\":1}") ==
          "buzz: unknown field \"choice\"");
    CHECK(error_of("{\"type\":\"leave\"}") == "leave: \"token\" is missing");
}

TEST_CASE("protocol: replies are one JSON object each") {
    CHECK(welcome_message(kToken, "Ana", true) ==
          R"({"name":"Ana","rejoined":true,"token":")" + kToken + R"(","type":"welcome"})");
    CHECK(accepted_message(MessageType::answer) == R"({"to":"answer","type":"accepted"})");
    CHECK(refused_message(MessageType::join, "the game is over") ==
          R"({"reason":"the game is over","to":"join","type":"refused"})");
    CHECK(error_message("a \"quote\"") == R"({"error":"a \"quote\"","type":"error"})");
    // Invalid UTF-8 in a reason is replaced, never thrown on.
    CHECK(error_message("bad \xff") == "{\"error\":\"bad \xef\xbf\xbd\",\"type\":\"error\"}");
    CHECK(valid_token(kToken));
    CHECK_FALSE(valid_token("0123456789ABCDEF0123456789abcdef"));
}
