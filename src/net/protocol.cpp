#include "net/protocol.hpp"

#include <nlohmann/json.hpp>

#include "core/text.hpp"

namespace filmquiz::net {

using nlohmann::json;

namespace {

// Depth of [ and { outside strings. nlohmann/json would parse any depth; a phone's
// message has at most two levels, so anything deeper is refused before parsing.
bool nested_too_deeply(std::string_view text) {
    int depth = 0;
    bool in_string = false;
    bool escaped = false;
    for (const char c : text) {
        if (in_string) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                in_string = false;
            continue;
        }
        if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxNesting)
                return true;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return false;
}

// A whole number within [lo, hi]; JSON's 1.0 is not one.
std::optional<int> whole(const json& v, int lo, int hi) {
    if (v.is_number_unsigned()) {
        const auto n = v.get<std::uint64_t>();
        if (n > static_cast<std::uint64_t>(hi) || static_cast<std::int64_t>(n) < lo)
            return std::nullopt;
        return static_cast<int>(n);
    }
    if (v.is_number_integer()) {
        const auto n = v.get<std::int64_t>();
        if (n < lo || n > hi)
            return std::nullopt;
        return static_cast<int>(n);
    }
    return std::nullopt;
}

bool has_control(std::string_view text) {
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F)
            return true;
    }
    return false;
}

// The fields one message type may carry, read one by one; the first problem wins.
class Fields {
  public:
    Fields(const json& object, MessageType type) : object_(object), type_(type) {}

    const std::string& error() const { return error_; }
    bool ok() const { return error_.empty(); }

    // Fails on a field the type does not know, so that a typo is not silently ignored.
    void only(std::initializer_list<std::string_view> known) {
        for (const auto& [key, value] : object_.items()) {
            if (key == "type")
                continue;
            bool found = false;
            for (const std::string_view k : known)
                found = found || key == k;
            if (!found)
                return fail("unknown field \"" + short_text(key) + "\"");
        }
    }

    const json* get(std::string_view key, bool required) {
        if (!ok())
            return nullptr;
        const auto it = object_.find(key);
        if (it == object_.end()) {
            if (required)
                fail("\"" + std::string(key) + "\" is missing");
            return nullptr;
        }
        return &*it;
    }

    std::string string(std::string_view key, bool required, std::size_t max_bytes) {
        const json* v = get(key, required);
        if (v == nullptr)
            return {};
        if (!v->is_string()) {
            fail("\"" + std::string(key) + "\" must be a string");
            return {};
        }
        const auto& s = v->get_ref<const std::string&>();
        if (s.size() > max_bytes) {
            fail("\"" + std::string(key) + "\" is too long");
            return {};
        }
        return s;
    }

    std::string token(bool required) {
        std::string t = string("token", required, kTokenLength * 4);
        if (ok() && (required || !t.empty()) && !valid_token(t))
            fail("\"token\" must be 32 lowercase hexadecimal digits");
        return t;
    }

    int number() {
        const json* v = get("number", true);
        if (v == nullptr)
            return 0;
        const auto n = whole(*v, 1, kMaxQuestionNumber);
        if (!n)
            fail("\"number\" must be a whole number from 1 to " +
                 std::to_string(kMaxQuestionNumber));
        return n.value_or(0);
    }

    void fail(std::string why) {
        if (ok())
            error_ = std::string(to_string(type_)) + ": " + why;
    }

  private:
    static std::string short_text(const std::string& s) {
        std::string out = s.substr(0, 32);
        while (!out.empty() && core::first_invalid_utf8(out))
            out.pop_back();
        return out;
    }

    const json& object_;
    MessageType type_;
    std::string error_;
};

// Replies never carry invalid UTF-8, whatever a reason quotes.
std::string dump(const json& j) {
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

Parsed failed(std::string error) {
    Parsed p;
    p.error = std::move(error);
    return p;
}

Parsed read_answer(const json& object, ClientMessage m) {
    Fields f(object, MessageType::answer);
    f.only({"token", "number", "choice", "order", "text"});
    m.token = f.token(true);
    m.number = f.number();
    const json* choice = f.get("choice", false);
    const json* order = f.get("order", false);
    const json* text = f.get("text", false);
    if (f.ok() && (choice != nullptr) + (order != nullptr) + (text != nullptr) != 1)
        f.fail("give exactly one of \"choice\", \"order\" or \"text\"");
    if (f.ok() && choice != nullptr) {
        m.choice = whole(*choice, 0, kMaxOptionIndex);
        if (!m.choice)
            f.fail("\"choice\" must be a whole number from 0 to " +
                   std::to_string(kMaxOptionIndex));
    }
    if (f.ok() && order != nullptr) {
        const std::string why = "\"order\" must be a list of at most " +
                                std::to_string(kMaxOrderLength) + " whole numbers from 0 to " +
                                std::to_string(kMaxOptionIndex);
        if (!order->is_array() || order->size() > kMaxOrderLength) {
            f.fail(why);
        } else {
            std::vector<int> picked;
            for (const json& item : *order) {
                const auto n = whole(item, 0, kMaxOptionIndex);
                if (!n) {
                    f.fail(why);
                    break;
                }
                picked.push_back(*n);
            }
            m.order = std::move(picked);
        }
    }
    if (f.ok() && text != nullptr) {
        if (!text->is_string()) {
            f.fail("\"text\" must be a string");
        } else {
            const auto& s = text->get_ref<const std::string&>();
            if (core::utf8_length(s) > kMaxTypedAnswer)
                f.fail("\"text\" is too long (at most " + std::to_string(kMaxTypedAnswer) +
                       " characters)");
            else if (has_control(s))
                f.fail("\"text\" may not hold control characters");
            else
                m.text = s;
        }
    }
    if (!f.ok())
        return failed(f.error());
    Parsed p;
    p.message = std::move(m);
    return p;
}

}  // namespace

std::string_view to_string(MessageType type) {
    switch (type) {
        case MessageType::join:
            return "join";
        case MessageType::answer:
            return "answer";
        case MessageType::buzz:
            return "buzz";
        case MessageType::leave:
            return "leave";
    }
    return "join";
}

bool valid_token(std::string_view token) {
    if (token.size() != kTokenLength)
        return false;
    for (const char c : token) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

Parsed parse_client_message(std::string_view text) {
    if (text.size() > kMaxMessageBytes)
        return failed("message too large: " + std::to_string(text.size()) + " bytes (at most " +
                      std::to_string(kMaxMessageBytes) + ")");
    if (core::first_invalid_utf8(text))
        return failed("message is not valid UTF-8");
    if (nested_too_deeply(text))
        return failed("message is nested too deeply");
    const json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded())
        return failed("message is not valid JSON");
    if (!doc.is_object())
        return failed("message must be a JSON object");
    const auto type_it = doc.find("type");
    if (type_it == doc.end())
        return failed("message has no \"type\"");
    if (!type_it->is_string())
        return failed("\"type\" must be a string");
    const auto& type = type_it->get_ref<const std::string&>();

    ClientMessage m;
    if (type == "answer") {
        m.type = MessageType::answer;
        return read_answer(doc, std::move(m));
    }
    if (type == "join") {
        m.type = MessageType::join;
        Fields f(doc, m.type);
        f.only({"room", "name", "token"});
        m.room = f.string("room", true, 16);
        m.name = f.string("name", true, kMaxNameBytes);
        m.token = f.token(false);
        if (!f.ok())
            return failed(f.error());
    } else if (type == "buzz") {
        m.type = MessageType::buzz;
        Fields f(doc, m.type);
        f.only({"token", "number"});
        m.token = f.token(true);
        m.number = f.number();
        if (!f.ok())
            return failed(f.error());
    } else if (type == "leave") {
        m.type = MessageType::leave;
        Fields f(doc, m.type);
        f.only({"token"});
        m.token = f.token(true);
        if (!f.ok())
            return failed(f.error());
    } else {
        std::string shown = type.substr(0, 32);
        while (!shown.empty() && core::first_invalid_utf8(shown))
            shown.pop_back();
        return failed("unknown message type \"" + shown + "\"");
    }
    Parsed p;
    p.message = std::move(m);
    return p;
}

std::string welcome_message(std::string_view token, std::string_view name, bool rejoined) {
    return dump(
        json{{"type", "welcome"}, {"token", token}, {"name", name}, {"rejoined", rejoined}});
}

std::string accepted_message(MessageType to) {
    return dump(json{{"type", "accepted"}, {"to", to_string(to)}});
}

std::string refused_message(MessageType to, std::string_view reason) {
    return dump(json{{"type", "refused"}, {"to", to_string(to)}, {"reason", reason}});
}

std::string error_message(std::string_view error) {
    return dump(json{{"type", "error"}, {"error", error}});
}

}  // namespace filmquiz::net
