#include "core/text.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <numeric>

namespace filmquiz::core {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Length of the sequence that starts with `lead`, 0 when `lead` cannot start one.
std::size_t sequence_length(unsigned char lead) {
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

bool is_continuation(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

// Decodes one code point at `pos`; returns its length, 0 when invalid.
std::size_t decode_one(std::string_view text, std::size_t pos, char32_t& out) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    const std::size_t len = sequence_length(lead);
    if (len == 0 || pos + len > text.size())
        return 0;
    if (len == 1) {
        out = lead;
        return 1;
    }
    char32_t cp = lead & (0xFF >> (len + 1));
    for (std::size_t i = 1; i < len; ++i) {
        const auto c = static_cast<unsigned char>(text[pos + i]);
        if (!is_continuation(c))
            return 0;
        cp = (cp << 6) | (c & 0x3F);
    }
    // Overlong forms, surrogates and values beyond Unicode are not UTF-8.
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
        return 0;
    }
    out = cp;
    return len;
}

bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
           c == 0x2007 || c == 0x202F || c == 0x3000 || (c >= 0x2000 && c <= 0x200A);
}

// Base letter of an accented Latin letter (after case folding), or the letter itself.
char32_t strip_accent(char32_t c) {
    // Latin-1 Supplement and Latin Extended-A, lower case only (input is folded first).
    static constexpr struct {
        char32_t from, to;
        char base;
    } kRanges[] = {
        {0xE0, 0xE5, 'a'}, {0xE7, 0xE7, 'c'}, {0xE8, 0xEB, 'e'}, {0xEC, 0xEF, 'i'},
        {0xF1, 0xF1, 'n'}, {0xF2, 0xF6, 'o'}, {0xF8, 0xF8, 'o'}, {0xF9, 0xFC, 'u'},
        {0xFD, 0xFD, 'y'}, {0xFF, 0xFF, 'y'},
    };
    for (const auto& r : kRanges) {
        if (c >= r.from && c <= r.to)
            return static_cast<char32_t>(r.base);
    }
    if (c >= 0x100 && c <= 0x17F) {
        // Latin Extended-A pairs letters; map each pair to its base letter.
        static constexpr char kExtendedA[] =
            "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
            "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
        const std::size_t index = c - 0x100;
        if (index < sizeof(kExtendedA) - 1)
            return static_cast<char32_t>(kExtendedA[index]);
    }
    switch (c) {
        case 0x2018:
        case 0x2019:
        case 0x201B:
        case 0x2032:
            return '\'';
        case 0x201C:
        case 0x201D:
        case 0x201F:
        case 0x2033:
            return '"';
        case 0x2010:
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2212:
            return '-';
        case 0x2026:
            return '.';
        default:
            return c;
    }
}

}  // namespace

std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        // Runs of ASCII, most of any pack, are passed eight bytes at a time.
        while (pos + 8 <= text.size()) {
            std::uint64_t chunk = 0;
            std::memcpy(&chunk, text.data() + pos, sizeof chunk);
            if ((chunk & 0x8080808080808080ULL) != 0)
                break;
            pos += 8;
        }
        if (pos >= text.size())
            break;
        if (static_cast<unsigned char>(text[pos]) < 0x80) {
            ++pos;
            continue;
        }
        char32_t cp = 0;
        const std::size_t len = decode_one(text, pos, cp);
        if (len == 0)
            return pos;
        pos += len;
    }
    return std::nullopt;
}

std::u32string decode_utf8(std::string_view text) {
    std::u32string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        char32_t cp = 0;
        const std::size_t len = decode_one(text, pos, cp);
        if (len == 0) {
            out.push_back(kReplacement);
            ++pos;
        } else {
            out.push_back(cp);
            pos += len;
        }
    }
    return out;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::string encode_utf8(std::u32string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char32_t cp : text)
        append_utf8(out, cp);
    return out;
}

std::size_t utf8_length(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return !is_continuation(static_cast<unsigned char>(c));
    }));
}

void pop_utf8(std::string& text) {
    while (!text.empty()) {
        const auto c = static_cast<unsigned char>(text.back());
        text.pop_back();
        if (!is_continuation(c))
            break;
    }
}

std::string trim(std::string_view text) {
    // Most text has a plain character at each end: nothing to trim, nothing to decode.
    auto plain = [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x80 && !is_space(u);
    };
    const bool valid = !first_invalid_utf8(text);
    if (!text.empty() && plain(text.front()) && plain(text.back()) && valid)
        return std::string(text);
    if (valid) {
        // Only the ends are decoded, a code point at a time.
        std::size_t begin = 0;
        while (begin < text.size()) {
            char32_t cp = 0;
            const std::size_t len = decode_one(text, begin, cp);
            if (!is_space(cp))
                break;
            begin += len;
        }
        std::size_t end = text.size();
        while (end > begin) {
            std::size_t start = end - 1;
            while (start > begin && is_continuation(static_cast<unsigned char>(text[start])))
                --start;
            char32_t cp = 0;
            decode_one(text, start, cp);
            if (!is_space(cp))
                break;
            end = start;
        }
        return std::string(text.substr(begin, end - begin));
    }
    // Invalid bytes become U+FFFD, as everywhere else.
    const std::u32string cps = decode_utf8(text);
    std::size_t begin = 0;
    std::size_t end = cps.size();
    while (begin < end && is_space(cps[begin]))
        ++begin;
    while (end > begin && is_space(cps[end - 1]))
        --end;
    return encode_utf8(std::u32string_view(cps).substr(begin, end - begin));
}

char32_t fold_case(char32_t c) {
    if (c >= 'A' && c <= 'Z')
        return c + 32;
    if ((c >= 0xC0 && c <= 0xDE) && c != 0xD7)
        return c + 32;
    if (c >= 0x100 && c <= 0x17F) {
        // Latin Extended-A alternates upper/lower, with a shift in the middle.
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) {
            return (c % 2 == 1) ? c + 1 : c;
        }
        if (c == 0x130)
            return 'i';
        if (c == 0x138 || c == 0x149 || c == 0x17F)
            return c;  // no upper-case pair
        if (c == 0x178)
            return 0xFF;
        return (c % 2 == 0) ? c + 1 : c;
    }
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2)
        return c + 32;  // Greek
    if (c >= 0x410 && c <= 0x42F)
        return c + 32;  // Cyrillic
    if (c >= 0x400 && c <= 0x40F)
        return c + 80;
    return c;
}

namespace {

bool is_ascii(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + 32);
    }
    return out;
}

}  // namespace

std::string fold_case(std::string_view text) {
    // Most text is ASCII; folding it needs no decoding.
    if (is_ascii(text))
        return ascii_lower(text);
    std::u32string cps = decode_utf8(text);
    for (char32_t& c : cps)
        c = fold_case(c);
    return encode_utf8(cps);
}

std::string fold_for_matching(std::string_view text) {
    if (is_ascii(text))
        return ascii_lower(text);
    std::u32string cps = decode_utf8(text);
    for (char32_t& c : cps)
        c = strip_accent(fold_case(c));
    return encode_utf8(cps);
}

std::size_t edit_distance(std::u32string_view a, std::u32string_view b) {
    // Three rolling rows are enough for adjacent transpositions.
    std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
    std::iota(previous.begin(), previous.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                current[j] = std::min(current[j], before[j - 2] + 1);
            }
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    return edit_distance(decode_utf8(a), decode_utf8(b));
}

std::optional<std::string> did_you_mean(std::string_view wrong,
                                        const std::vector<std::string>& candidates) {
    const std::u32string key = decode_utf8(fold_case(wrong));
    // A third of the word, at least one edit: "Mily" -> "Milly", not "Ace" -> "Kit".
    const std::size_t allowed = std::max<std::size_t>(1, key.size() / 3);
    std::optional<std::string> best;
    std::size_t best_distance = allowed + 1;
    for (const std::string& candidate : candidates) {
        const std::size_t d = edit_distance(key, decode_utf8(fold_case(candidate)));
        if (d < best_distance) {
            best_distance = d;
            best = candidate;
        }
    }
    return best;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out += separator;
        out += parts[i];
    }
    return out;
}

std::string join_and(const std::vector<std::string>& parts) {
    if (parts.size() <= 1)
        return parts.empty() ? std::string() : parts.front();
    std::vector<std::string> head(parts.begin(), parts.end() - 1);
    return join(head, ", ") + " and " + parts.back();
}

}  // namespace filmquiz::core
