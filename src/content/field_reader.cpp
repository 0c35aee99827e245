#include "content/field_reader.hpp"

#include <algorithm>
#include <cmath>

#include "core/text.hpp"

namespace filmquiz::content {

std::string describe_type(const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::null:
            return "null";
        case nlohmann::json::value_t::object:
            return "an object";
        case nlohmann::json::value_t::array:
            return "an array";
        case nlohmann::json::value_t::string:
            return "a string";
        case nlohmann::json::value_t::boolean:
            return "a boolean";
        case nlohmann::json::value_t::number_integer:
        case nlohmann::json::value_t::number_unsigned:
            return "a whole number";
        case nlohmann::json::value_t::number_float:
            return "a number with a fraction";
        default:
            return "an unsupported value";
    }
}

FieldReader::FieldReader(const JsonDocument& doc, std::string pointer, Diagnostics& diagnostics)
    : doc_(doc), pointer_(std::move(pointer)), diagnostics_(diagnostics) {
    const nlohmann::json::json_pointer ptr(pointer_);
    if (!doc_.root().contains(ptr)) {
        error_here("missing object");
        return;
    }
    const nlohmann::json& value = doc_.root().at(ptr);
    if (!value.is_object()) {
        error_here("expected an object, found " + describe_type(value));
        return;
    }
    object_ = &value;
}

std::string FieldReader::member(std::string_view key) const {
    return pointer_ + '/' + pointer_token(key);
}

bool FieldReader::has(std::string_view key) const {
    return object_ != nullptr && object_->contains(std::string(key));
}

void FieldReader::error_at(std::string_view key, std::string message) {
    const std::string ptr = member(key);
    diagnostics_.error(doc_.file(), doc_.position_of(ptr), ptr, std::move(message));
}

void FieldReader::error_here(std::string message) {
    diagnostics_.error(doc_.file(), doc_.position_of(pointer_), pointer_, std::move(message));
}

std::string FieldReader::Where::pointer() const {
    std::string out = reader.member(key);
    if (index)
        out += '/' + std::to_string(*index);
    return out;
}

const nlohmann::json* FieldReader::find(std::string_view key, Need need) {
    if (std::find(known_.begin(), known_.end(), key) == known_.end())
        known_.emplace_back(key);
    if (object_ == nullptr)
        return nullptr;
    const auto it = object_->find(key);
    if (it == object_->end()) {
        if (need == Need::required) {
            error_here("missing required field \"" + std::string(key) + "\"");
        }
        return nullptr;
    }
    return &*it;
}

bool FieldReader::check_text(const Where& where, const nlohmann::json& value,
                             std::size_t max_length, std::string* out) {
    // Where the text is matters only when something is wrong with it.
    auto report = [&](bool error, std::string message) {
        const std::string ptr = where.pointer();
        if (error)
            diagnostics_.error(doc_.file(), doc_.position_of(ptr), ptr, std::move(message));
        else
            diagnostics_.warning(doc_.file(), doc_.position_of(ptr), ptr, std::move(message));
    };
    if (!value.is_string()) {
        report(true, "expected a string, found " + describe_type(value));
        return false;
    }
    const std::string& s = value.get_ref<const std::string&>();
    // The document is valid UTF-8 already: text with a plain character at each end needs
    // no trimming, which is nearly all of it.
    auto plain = [](char c) { return c > ' ' && static_cast<unsigned char>(c) < 0x80; };
    std::string trimmed = !s.empty() && plain(s.front()) && plain(s.back()) ? s : core::trim(s);
    if (trimmed.empty()) {
        report(true, "empty string");
        return false;
    }
    for (const char c : s) {
        if (static_cast<unsigned char>(c) < 0x20) {
            report(true, "control character in text (use a plain space instead)");
            return false;
        }
    }
    const std::size_t length = core::utf8_length(s);
    if (length > max_length) {
        report(true, "text is " + std::to_string(length) + " characters long; the limit is " +
                         std::to_string(max_length));
        return false;
    }
    if (trimmed != s)
        report(false, "leading or trailing spaces");
    *out = std::move(trimmed);
    return true;
}

std::optional<std::string> FieldReader::text(std::string_view key, Need need,
                                             std::size_t max_length) {
    const nlohmann::json* value = find(key, need);
    if (value == nullptr)
        return std::nullopt;
    std::string out;
    if (!check_text(Where{*this, key, std::nullopt}, *value, max_length, &out))
        return std::nullopt;
    return out;
}

std::optional<long long> FieldReader::integer(std::string_view key, Need need, long long min,
                                              long long max) {
    const nlohmann::json* value = find(key, need);
    if (value == nullptr)
        return std::nullopt;
    if (!value->is_number_integer()) {
        error_at(key, "expected a whole number, found " + describe_type(*value));
        return std::nullopt;
    }
    // Unsigned values beyond the signed range are out of range anyway.
    if (value->is_number_unsigned() &&
        value->get<unsigned long long>() > static_cast<unsigned long long>(max)) {
        error_at(key, "must be between " + std::to_string(min) + " and " + std::to_string(max));
        return std::nullopt;
    }
    const long long n = value->get<long long>();
    if (n < min || n > max) {
        error_at(key, std::to_string(n) + " is out of range: must be between " +
                          std::to_string(min) + " and " + std::to_string(max));
        return std::nullopt;
    }
    return n;
}

std::optional<double> FieldReader::number(std::string_view key, Need need, double min, double max) {
    const nlohmann::json* value = find(key, need);
    if (value == nullptr)
        return std::nullopt;
    if (!value->is_number()) {
        error_at(key, "expected a number, found " + describe_type(*value));
        return std::nullopt;
    }
    const double n = value->get<double>();
    if (!std::isfinite(n) || n < min || n > max) {
        error_at(key, "out of range: must be between " + nlohmann::json(min).dump() + " and " +
                          nlohmann::json(max).dump());
        return std::nullopt;
    }
    return n;
}

std::optional<bool> FieldReader::flag(std::string_view key, Need need) {
    const nlohmann::json* value = find(key, need);
    if (value == nullptr)
        return std::nullopt;
    if (!value->is_boolean()) {
        error_at(key, "expected true or false, found " + describe_type(*value));
        return std::nullopt;
    }
    return value->get<bool>();
}

std::optional<std::string> FieldReader::choice(std::string_view key, Need need,
                                               const std::vector<std::string>& allowed) {
    std::optional<std::string> value = text(key, need, kMaxNameLength);
    if (!value)
        return std::nullopt;
    for (const std::string& a : allowed) {
        if (a == *value)
            return value;
    }
    std::string message = "unknown value \"" + *value + "\"";
    if (const auto hint = core::did_you_mean(*value, allowed)) {
        message += " (did you mean \"" + *hint + "\"?)";
    } else {
        message += " (expected one of: " + core::join(allowed, ", ") + ")";
    }
    error_at(key, message);
    return std::nullopt;
}

std::vector<std::string> FieldReader::text_list(std::string_view key, Need need,
                                                std::size_t max_length) {
    std::vector<std::string> out;
    const nlohmann::json* value = find(key, need);
    if (value == nullptr)
        return out;
    if (!value->is_array()) {
        error_at(key, "expected an array of strings, found " + describe_type(*value));
        return out;
    }
    for (std::size_t i = 0; i < value->size(); ++i) {
        std::string item;
        if (check_text(Where{*this, key, i}, (*value)[i], max_length, &item)) {
            out.push_back(std::move(item));
        }
    }
    return out;
}

std::vector<int> FieldReader::integer_list(std::string_view key, Need need, int min, int max) {
    std::vector<int> out;
    const nlohmann::json* value = find(key, need);
    if (value == nullptr)
        return out;
    if (!value->is_array()) {
        error_at(key, "expected an array of whole numbers, found " + describe_type(*value));
        return out;
    }
    for (std::size_t i = 0; i < value->size(); ++i) {
        const nlohmann::json& item = (*value)[i];
        const std::string ptr = member(key) + '/' + std::to_string(i);
        if (!item.is_number_integer()) {
            diagnostics_.error(doc_.file(), doc_.position_of(ptr), ptr,
                               "expected a whole number, found " + describe_type(item));
            continue;
        }
        const bool too_big = item.is_number_unsigned() &&
                             item.get<unsigned long long>() > static_cast<unsigned long long>(max);
        const long long n = too_big ? max + 1LL : item.get<long long>();
        if (n < min || n > max) {
            diagnostics_.error(doc_.file(), doc_.position_of(ptr), ptr,
                               (too_big ? std::string("value") : std::to_string(n)) +
                                   " is out of range: must be between " + std::to_string(min) +
                                   " and " + std::to_string(max));
            continue;
        }
        out.push_back(static_cast<int>(n));
    }
    return out;
}

std::vector<std::string> FieldReader::object_list(std::string_view key, Need need) {
    std::vector<std::string> out;
    const nlohmann::json* value = find(key, need);
    if (value == nullptr)
        return out;
    if (!value->is_array()) {
        error_at(key, "expected an array of objects, found " + describe_type(*value));
        return out;
    }
    for (std::size_t i = 0; i < value->size(); ++i) {
        const std::string ptr = member(key) + '/' + std::to_string(i);
        if (!(*value)[i].is_object()) {
            diagnostics_.error(doc_.file(), doc_.position_of(ptr), ptr,
                               "expected an object, found " + describe_type((*value)[i]));
            continue;
        }
        out.push_back(ptr);
    }
    return out;
}

std::optional<std::string> FieldReader::object(std::string_view key, Need need) {
    const nlohmann::json* value = find(key, need);
    if (value == nullptr)
        return std::nullopt;
    if (!value->is_object()) {
        error_at(key, "expected an object, found " + describe_type(*value));
        return std::nullopt;
    }
    return member(key);
}

void FieldReader::finish() {
    if (object_ == nullptr)
        return;
    for (const auto& [key, value] : object_->items()) {
        if (std::find(known_.begin(), known_.end(), key) != known_.end())
            continue;
        const std::string ptr = member(key);
        std::string message = "unknown field \"" + key + "\"";
        std::vector<std::string> candidates = known_;
        std::sort(candidates.begin(), candidates.end());
        if (const auto hint = core::did_you_mean(key, candidates)) {
            message += " (did you mean \"" + *hint + "\"?)";
        }
        message += "; it is ignored";
        diagnostics_.warning(doc_.file(), doc_.key_position_of(ptr), ptr, message);
    }
}

}  // namespace filmquiz::content
