#include "core/names.hpp"

#include <algorithm>

namespace filmquiz::core {

namespace {

// True for bytes that continue a word. ASCII letters and digits do; a UTF-8 lead byte does
// unless it starts the General Punctuation block (U+2000-U+206F: dashes, curly quotes),
// which begins E2 80 or E2 81.
bool word_byte(std::string_view text, std::size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (c == 0xE2 && i + 1 < text.size()) {
        const auto next = static_cast<unsigned char>(text[i + 1]);
        if (next == 0x80 || next == 0x81)
            return false;
    }
    return true;
}

}  // namespace

std::string_view NameIndex::next_word(std::string_view text, std::size_t& at) {
    std::size_t i = at;
    while (i < text.size() && !word_byte(text, i)) {
        // Skip a whole punctuation code point, not just its first byte.
        const auto c = static_cast<unsigned char>(text[i]);
        i += c == 0xE2 ? 3 : 1;
    }
    if (i >= text.size()) {
        at = text.size();
        return {};
    }
    const std::size_t start = i;
    while (i < text.size() && word_byte(text, i)) {
        const auto c = static_cast<unsigned char>(text[i]);
        // Step over the whole code point of a multi-byte letter.
        i += c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    }
    i = std::min(i, text.size());
    at = i;
    return text.substr(start, i - start);
}

bool NameIndex::word_start(std::string_view text, std::size_t i) {
    if (!word_byte(text, i))
        return false;
    if (i == 0)
        return true;
    std::size_t prev = i - 1;
    // Back to the first byte of the previous code point.
    while (prev > 0 && (static_cast<unsigned char>(text[prev]) & 0xC0) == 0x80)
        --prev;
    return !word_byte(text, prev);
}

std::vector<std::string_view> words(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t at = 0;
    for (std::string_view w = NameIndex::next_word(text, at); !w.empty();
         w = NameIndex::next_word(text, at)) {
        out.push_back(w);
    }
    return out;
}

void NameIndex::add(std::string_view name, std::size_t id) {
    const std::vector<std::string_view> ws = words(name);
    if (ws.empty())
        return;
    std::string key;
    for (std::size_t i = 0; i < ws.size(); ++i) {
        if (i > 0)
            key += ' ';
        key.append(ws[i]);
    }
    names_.emplace(std::move(key), id);
    const std::string_view first = ws.front();
    first_bytes_[static_cast<unsigned char>(first[0])] = true;
    const std::size_t second = first.size() > 1 ? static_cast<unsigned char>(first[1]) : 0;
    pairs_[static_cast<std::size_t>(static_cast<unsigned char>(first[0])) * 256 + second] = true;
    if (ws.size() > 1)
        prefixes_.emplace(std::string(first), true);
    if (ws.size() > max_words_)
        max_words_ = ws.size();
}

std::vector<std::size_t> NameIndex::find(std::string_view text) const {
    std::vector<std::size_t> out;
    scan(text, [&](std::size_t id) { out.push_back(id); });
    return out;
}

}  // namespace filmquiz::core
