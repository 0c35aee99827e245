// Finds the characters a text names, by whole words, so spoiler limits can count the people
// a sentence mentions and not only the fact it states.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace filmquiz::core {

// The words of a text: runs of letters and digits (any non-ASCII letter counts as one).
// Curly quotes, dashes and other punctuation split words, so "Jess’s" gives "Jess", "s".
std::vector<std::string_view> words(std::string_view text);

class NameIndex {
  public:
    // `name` may have several words ("Jess Stone"); `id` is what `find` reports for it.
    void add(std::string_view name, std::size_t id);

    // The word starting at or after `at`, which moves past it; empty at the end.
    static std::string_view next_word(std::string_view text, std::size_t& at);
    // Whether a word starts at byte `i`: it continues a word, and the code point before
    // does not.
    static bool word_start(std::string_view text, std::size_t i);

    // Every id named in `text`, in order of appearance (repeats possible).
    std::vector<std::size_t> find(std::string_view text) const;

    template <typename Found>
    void scan(std::string_view text, Found&& found) const {
        if (names_.empty())
            return;
        // Only bytes that can start a name, at the start of a word, begin a lookup: most
        // of a text is passed over with one table look-up per byte, and most capitalised
        // words with one more on their first two bytes.
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (!first_bytes_[static_cast<unsigned char>(text[i])] || !word_start(text, i))
                continue;
            std::size_t at = i;
            const std::string_view word = next_word(text, at);
            i = at - 1;
            if (!could_start(word))
                continue;
            if (const auto it = names_.find(word); it != names_.end())
                found(it->second);
            if (max_words_ == 1 || prefixes_.find(word) == prefixes_.end())
                continue;
            std::string key(word);
            std::size_t more = at;
            for (std::size_t n = 1; n < max_words_; ++n) {
                const std::string_view next = next_word(text, more);
                if (next.empty())
                    break;
                key += ' ';
                key.append(next);
                if (const auto it = names_.find(key); it != names_.end())
                    found(it->second);
            }
        }
    }

  private:
    // Hashes strings and string views alike, so a word is looked up without a copy.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const {
            return std::hash<std::string_view>{}(s);
        }
    };

    bool could_start(std::string_view word) const {
        const std::size_t second = word.size() > 1 ? static_cast<unsigned char>(word[1]) : 0;
        return pairs_[static_cast<std::size_t>(static_cast<unsigned char>(word[0])) * 256 + second];
    }

    std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>> names_;
    // First words of names of several words ("Jess" of "Jess Stone").
    std::unordered_map<std::string, bool, Hash, std::equal_to<>> prefixes_;
    std::size_t max_words_ = 1;
    std::array<bool, 256> first_bytes_{};                     // the bytes that start some name
    std::vector<bool> pairs_ = std::vector<bool>(256 * 256);  // their first two bytes
};

}  // namespace filmquiz::core
