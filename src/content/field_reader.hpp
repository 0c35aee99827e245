// Reads the fields of one JSON object with precise, collected errors: missing fields,
// wrong types, empty strings and unknown keys (with a did-you-mean).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "content/diagnostics.hpp"
#include "content/json_document.hpp"

namespace filmquiz::content {

enum class Need { required, optional };

// Longest text a field may hold, so that every question fits on screen.
inline constexpr std::size_t kMaxNameLength = 60;
inline constexpr std::size_t kMaxTextLength = 200;

class FieldReader {
  public:
    // Reads the object at `pointer`; an error is reported when it is not an object.
    FieldReader(const JsonDocument& doc, std::string pointer, Diagnostics& diagnostics);

    bool valid() const { return object_ != nullptr; }
    const std::string& pointer() const { return pointer_; }
    std::string member(std::string_view key) const;  // pointer of a member
    bool has(std::string_view key) const;

    std::optional<std::string> text(std::string_view key, Need need,
                                    std::size_t max_length = kMaxTextLength);
    std::optional<long long> integer(std::string_view key, Need need, long long min, long long max);
    std::optional<double> number(std::string_view key, Need need, double min, double max);
    std::optional<bool> flag(std::string_view key, Need need);
    // A string that must be one of `allowed`.
    std::optional<std::string> choice(std::string_view key, Need need,
                                      const std::vector<std::string>& allowed);
    std::vector<std::string> text_list(std::string_view key, Need need,
                                       std::size_t max_length = kMaxTextLength);
    // An array of whole numbers, each between `min` and `max`; bad items are reported.
    std::vector<int> integer_list(std::string_view key, Need need, int min, int max);
    // Pointers of the objects in an array member; non-objects are reported and skipped.
    std::vector<std::string> object_list(std::string_view key, Need need);
    // Pointer of an object member, or nothing.
    std::optional<std::string> object(std::string_view key, Need need);

    // Warns about every key that no read asked for.
    void finish();

    void error_at(std::string_view key, std::string message);
    void error_here(std::string message);

  private:
    // The pointer of a member, or of one item of an array member, built only when a
    // message needs it: reading a valid pack builds none.
    struct Where {
        const FieldReader& reader;
        std::string_view key;
        std::optional<std::size_t> index;
        std::string pointer() const;
    };

    const nlohmann::json* find(std::string_view key, Need need);
    bool check_text(const Where& where, const nlohmann::json& value, std::size_t max_length,
                    std::string* out);

    const JsonDocument& doc_;
    std::string pointer_;
    Diagnostics& diagnostics_;
    const nlohmann::json* object_ = nullptr;
    std::vector<std::string> known_;  // the keys asked for, in order
};

// "a string", "an array", ... for messages.
std::string describe_type(const nlohmann::json& value);

}  // namespace filmquiz::content
