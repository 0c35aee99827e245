#include "content/json_document.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>

#include "core/rng.hpp"
#include "core/text.hpp"

namespace filmquiz::content {

namespace {

// A char iterator that publishes how many bytes the JSON lexer has taken, so that SAX
// callbacks can tell where the token they receive ends.
class CountingIterator {
  public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    CountingIterator() = default;
    CountingIterator(const char* begin, const char* at, std::size_t* consumed)
        : begin_(begin), at_(at), consumed_(consumed) {}

    reference operator*() const { return *at_; }
    CountingIterator& operator++() {
        ++at_;
        if (consumed_ != nullptr)
            *consumed_ = static_cast<std::size_t>(at_ - begin_);
        return *this;
    }
    CountingIterator operator++(int) {
        CountingIterator before = *this;
        ++*this;
        return before;
    }
    bool operator==(const CountingIterator& other) const { return at_ == other.at_; }
    bool operator!=(const CountingIterator& other) const { return at_ != other.at_; }

  private:
    const char* begin_ = nullptr;
    const char* at_ = nullptr;
    std::size_t* consumed_ = nullptr;
};

bool is_scalar_char(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' ||
           c == '+' || c == '.';
}

std::string describe_byte(unsigned char byte) {
    static const char* kHex = "0123456789ABCDEF";
    std::string out = "0x";
    out += kHex[byte >> 4];
    out += kHex[byte & 0x0F];
    return out;
}

}  // namespace

std::string pointer_token(std::string_view key) {
    std::string out;
    for (const char c : key) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out += c;
        }
    }
    return out;
}

TextPosition JsonDocument::position_at(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const std::size_t line_index = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
    const std::size_t line_start = line_starts_[line_index];
    const std::size_t column =
        core::utf8_length(std::string_view(text_).substr(line_start, offset - line_start));
    return {static_cast<int>(line_index + 1), static_cast<int>(column + 1)};
}

std::optional<std::size_t> JsonDocument::find_offset(OffsetTable& table, bool& sorted,
                                                     std::uint64_t hash) {
    if (!sorted) {
        // Stable: of a key given twice, the later one is the one the document keeps.
        std::stable_sort(table.begin(), table.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        sorted = true;
    }
    const auto end = std::upper_bound(table.begin(), table.end(), hash,
                                      [](std::uint64_t h, const auto& e) { return h < e.first; });
    if (end == table.begin() || std::prev(end)->first != hash)
        return std::nullopt;
    return std::prev(end)->second;
}

TextPosition JsonDocument::position_of(std::string_view pointer) const {
    std::string_view p = pointer;
    while (true) {
        if (const auto at = find_offset(value_offsets_, values_sorted_, core::hash64(p)))
            return position_at(*at);
        if (p.empty())
            return {1, 1};
        p = p.substr(0, p.rfind('/'));
    }
}

TextPosition JsonDocument::key_position_of(std::string_view pointer) const {
    if (const auto at = find_offset(key_offsets_, keys_sorted_, core::hash64(pointer)))
        return position_at(*at);
    return position_of(pointer);
}

namespace {

// The hash of a pointer one step below the one hashed in `state`: "/" and the token.
std::uint64_t extend(std::uint64_t state, std::string_view key) {
    state = core::hash64("/", state);
    for (const char c : key) {
        state = c == '~'   ? core::hash64("~0", state)
                : c == '/' ? core::hash64("~1", state)
                           : core::hash64(std::string_view(&c, 1), state);
    }
    return state;
}

std::uint64_t extend(std::uint64_t state, std::size_t index) {
    char digits[24];
    const int n = std::snprintf(digits, sizeof digits, "/%zu", index);
    return core::hash64(std::string_view(digits, static_cast<std::size_t>(n)), state);
}

}  // namespace

// Builds the json value through nlohmann's SAX interface; the parser is iterative, so the
// depth check here runs before anything can recurse.
class DocumentBuilder {
  public:
    using number_integer_t = nlohmann::json::number_integer_t;
    using number_unsigned_t = nlohmann::json::number_unsigned_t;
    using number_float_t = nlohmann::json::number_float_t;
    using string_t = nlohmann::json::string_t;
    using binary_t = nlohmann::json::binary_t;

    DocumentBuilder(JsonDocument& doc, Diagnostics& diagnostics, const std::size_t& consumed,
                    const JsonLimits& limits)
        : doc_(doc), diagnostics_(diagnostics), consumed_(consumed), limits_(limits) {}

    bool null() { return add(nullptr, scalar_start()); }
    bool boolean(bool value) { return add(value, scalar_start()); }
    bool number_integer(number_integer_t value) { return add(value, scalar_start()); }
    bool number_unsigned(number_unsigned_t value) { return add(value, scalar_start()); }
    bool number_float(number_float_t value, const string_t& /*text*/) {
        return add(value, scalar_start());
    }
    bool string(string_t& value) { return add(std::move(value), string_start()); }
    bool binary(binary_t& /*value*/) { return false; }

    bool start_object(std::size_t /*elements*/) { return open(nlohmann::json::object(), true); }
    bool start_array(std::size_t /*elements*/) { return open(nlohmann::json::array(), false); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(string_t& key) {
        Frame& top = stack_.back();
        const std::size_t start = string_start();
        const std::uint64_t hash = extend(top.hash, key);
        // One look-up finds the member's slot, or the first member of that name: a
        // duplicate's value replaces the first's, and its first place is in the table.
        auto& members = top.node->get_ref<nlohmann::json::object_t&>();
        const auto [member, inserted] = members.try_emplace(std::move(key));
        const std::string& name = member->first;
        if (!inserted) {
            std::size_t first_offset = start;
            for (const auto& [h, offset] : doc_.key_offsets_) {
                if (h == hash) {
                    first_offset = offset;
                    break;
                }
            }
            const TextPosition first = doc_.position_at(first_offset);
            diagnostics_.error(
                doc_.file_, doc_.position_at(start), top.pointer + '/' + pointer_token(name),
                "duplicate key \"" + name + "\" (first at line " + std::to_string(first.line) +
                    ", column " + std::to_string(first.column) + ")");
        }
        doc_.key_offsets_.emplace_back(hash, start);
        top.key = &name;
        top.slot = &member->second;
        top.key_hash = hash;
        return true;
    }

    bool parse_error(std::size_t position, const std::string& /*last_token*/,
                     const nlohmann::json::exception& ex) {
        std::string message = ex.what();
        // Drop nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 2: "
        // prefix: the position is reported in the compiler form instead.
        if (const auto colon = message.find(": ");
            colon != std::string::npos && message.find("parse error") < colon) {
            message.erase(0, colon + 2);
        }
        const std::size_t offset = position > 0 ? position - 1 : 0;
        diagnostics_.error(doc_.file_, doc_.position_at(offset), "", "invalid JSON: " + message);
        return false;
    }

  private:
    struct Frame {
        nlohmann::json* node;
        std::string pointer;
        std::uint64_t hash;  // of `pointer`
        bool is_object;
        std::size_t next_index = 0;
        // In an object, the member whose value comes next: its name, slot and pointer hash.
        const std::string* key = nullptr;
        nlohmann::json* slot = nullptr;
        std::uint64_t key_hash = 0;
    };

    // Start of a number or literal: the lexer may have read one character past it.
    std::size_t scalar_start() const {
        const std::string& text = doc_.text_;
        std::size_t end = std::min(consumed_, text.size());
        while (end > 0 && !is_scalar_char(text[end - 1]))
            --end;
        std::size_t start = end;
        while (start > 0 && is_scalar_char(text[start - 1]))
            --start;
        return start;
    }

    // Start of a string whose closing quote was the last byte read.
    std::size_t string_start() const {
        const std::string& text = doc_.text_;
        std::size_t i = std::min(consumed_, text.size());
        if (i == 0)
            return 0;
        i -= 1;  // the closing quote
        while (i > 0) {
            --i;
            if (text[i] != '"')
                continue;
            std::size_t backslashes = 0;
            while (i >= backslashes + 1 && text[i - backslashes - 1] == '\\')
                ++backslashes;
            if (backslashes % 2 == 0)
                return i;
        }
        return 0;
    }

    // The pointer of the value about to be added, only needed for containers; its hash
    // is computed without building it.
    std::string child_pointer() const {
        if (stack_.empty())
            return "";
        const Frame& top = stack_.back();
        if (top.is_object)
            return top.pointer + '/' + pointer_token(*top.key);
        return top.pointer + '/' + std::to_string(top.next_index);
    }

    std::uint64_t child_hash() {
        if (stack_.empty())
            return core::hash64("");
        Frame& top = stack_.back();
        if (top.is_object)
            return top.key_hash;
        return extend(top.hash, top.next_index++);
    }

    nlohmann::json* insert(nlohmann::json value) {
        if (stack_.empty()) {
            doc_.root_ = std::move(value);
            return &doc_.root_;
        }
        Frame& top = stack_.back();
        if (top.is_object) {
            *top.slot = std::move(value);
            return top.slot;
        }
        top.node->push_back(std::move(value));
        return &top.node->back();
    }

    bool add(nlohmann::json value, std::size_t start) {
        doc_.value_offsets_.emplace_back(child_hash(), start);
        insert(std::move(value));
        return true;
    }

    bool open(nlohmann::json value, bool is_object) {
        const std::size_t start = consumed_ > 0 ? consumed_ - 1 : 0;
        if (static_cast<int>(stack_.size()) >= limits_.max_depth) {
            diagnostics_.error(doc_.file_, doc_.position_at(start), "",
                               "invalid JSON: nested more than " +
                                   std::to_string(limits_.max_depth) +
                                   " levels deep (the limit for " + limits_.kind + ")");
            return false;
        }
        std::string pointer = child_pointer();
        const std::uint64_t hash = child_hash();
        doc_.value_offsets_.emplace_back(hash, start);
        nlohmann::json* node = insert(std::move(value));
        stack_.push_back(Frame{node, std::move(pointer), hash, is_object, 0, nullptr, nullptr, 0});
        return true;
    }

    bool close() {
        stack_.pop_back();
        return true;
    }

    JsonDocument& doc_;
    Diagnostics& diagnostics_;
    const std::size_t& consumed_;
    const JsonLimits& limits_;
    std::vector<Frame> stack_;
};

std::optional<JsonDocument> parse_json(std::string text, const std::string& file,
                                       Diagnostics& diagnostics, const JsonLimits& limits) {
    JsonDocument doc;
    doc.file_ = file;
    doc.text_ = std::move(text);
    doc.line_starts_.push_back(0);
    for (std::size_t i = 0; i < doc.text_.size(); ++i) {
        if (doc.text_[i] == '\n')
            doc.line_starts_.push_back(i + 1);
    }

    if (doc.text_.size() > limits.max_bytes) {
        diagnostics.error(file, {1, 1}, "",
                          "file is larger than the " + std::to_string(limits.max_bytes) +
                              "-byte limit for " + limits.kind);
        return std::nullopt;
    }
    if (const auto bad = core::first_invalid_utf8(doc.text_)) {
        diagnostics.error(file, doc.position_at(*bad), "",
                          "invalid UTF-8: byte " +
                              describe_byte(static_cast<unsigned char>(doc.text_[*bad])) +
                              " cannot appear here (save the file as UTF-8)");
        return std::nullopt;
    }
    // nlohmann's lexer reads a NUL byte as the end of input and would ignore what follows.
    if (const std::size_t nul = doc.text_.find('\0'); nul != std::string::npos) {
        diagnostics.error(file, doc.position_at(nul), "",
                          "invalid character: byte 0x00 (is this a binary file?)");
        return std::nullopt;
    }
    if (doc.text_.find_first_not_of(" \t\r\n") == std::string::npos) {
        diagnostics.error(file, {1, 1}, "",
                          "file is empty (" + limits.kind + " holds one JSON object)");
        return std::nullopt;
    }

    // About one value per 16 bytes of a pack file: reserve rather than regrow.
    doc.value_offsets_.reserve(doc.text_.size() / 16);
    doc.key_offsets_.reserve(doc.text_.size() / 24);
    std::size_t consumed = 0;
    const char* begin = doc.text_.data();
    const char* end = begin + doc.text_.size();
    DocumentBuilder builder(doc, diagnostics, consumed, limits);
    const bool ok = nlohmann::json::sax_parse(CountingIterator(begin, begin, &consumed),
                                              CountingIterator(begin, end, &consumed), &builder);
    // Duplicate keys are reported but still parse, so the rest of the file gets checked.
    if (!ok)
        return std::nullopt;
    return doc;
}

std::optional<JsonDocument> read_json_file(const std::filesystem::path& path,
                                           const std::string& display_name,
                                           Diagnostics& diagnostics, const JsonLimits& limits) {
    std::error_code ec;
    // The name first, then what it points to: a symbolic link that leads nowhere is a
    // file that cannot be read, not a file that is absent.
    const auto link = std::filesystem::symlink_status(path, ec);
    if (ec || !std::filesystem::exists(link)) {
        diagnostics.error(display_name, {1, 1}, "", "file is missing");
        return std::nullopt;
    }
    const auto status = std::filesystem::status(path, ec);
    if (ec == std::errc::too_many_symbolic_link_levels) {
        diagnostics.error(display_name, {1, 1}, "", "symbolic link loop");
        return std::nullopt;
    }
    if (!std::filesystem::exists(status) && std::filesystem::is_symlink(link)) {
        std::error_code read_ec;
        const std::filesystem::path target = std::filesystem::read_symlink(path, read_ec);
        diagnostics.error(display_name, {1, 1}, "",
                          "symbolic link to \"" + target.string() + "\", which does not exist");
        return std::nullopt;
    }
    if (ec) {
        diagnostics.error(display_name, {1, 1}, "", "cannot read the file: " + ec.message());
        return std::nullopt;
    }
    if (!std::filesystem::is_regular_file(status)) {
        diagnostics.error(display_name, {1, 1}, "", "not a regular file");
        return std::nullopt;
    }
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (ec) {
        diagnostics.error(display_name, {1, 1}, "", "cannot read the file: " + ec.message());
        return std::nullopt;
    }
    if (size > limits.max_bytes) {
        diagnostics.error(display_name, {1, 1}, "",
                          "file is " + std::to_string(size) + " bytes, larger than the " +
                              std::to_string(limits.max_bytes) + "-byte limit for " + limits.kind);
        return std::nullopt;
    }
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        const int why = errno;
        diagnostics.error(
            display_name, {1, 1}, "",
            why != 0 ? "cannot open the file for reading: " + std::generic_category().message(why)
                     : std::string("cannot open the file for reading"));
        return std::nullopt;
    }
    std::string text;
    text.resize(static_cast<std::size_t>(size));
    in.read(text.data(), static_cast<std::streamsize>(size));
    text.resize(static_cast<std::size_t>(in.gcount()));
    return parse_json(std::move(text), display_name, diagnostics, limits);
}

}  // namespace filmquiz::content
