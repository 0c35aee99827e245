#include "core/names.hpp"

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

std::vector<std::string_view> words(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!word_byte(text, i)) {
            // Skip a whole punctuation code point, not just its first byte.
            const auto c = static_cast<unsigned char>(text[i]);
            i += c == 0xE2 ? 3 : 1;
            continue;
        }
        const std::size_t start = i;
        while (i < text.size() && word_byte(text, i)) {
            const auto c = static_cast<unsigned char>(text[i]);
            // Step over the whole code point of a multi-byte letter.
            const std::size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            i += len;
        }
        if (i > text.size())
            i = text.size();
        out.push_back(text.substr(start, i - start));
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
    if (ws.size() > max_words_)
        max_words_ = ws.size();
}

std::vector<std::size_t> NameIndex::find(std::string_view text) const {
    std::vector<std::size_t> out;
    scan(text, [&](std::size_t id) { out.push_back(id); });
    return out;
}

}  // namespace filmquiz::core
