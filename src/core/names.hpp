// Finds the characters a text names, by whole words, so spoiler limits can count the people
// a sentence mentions and not only the fact it states.
#pragma once

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

    // Every id named in `text`, in order of appearance (repeats possible).
    std::vector<std::size_t> find(std::string_view text) const;

    template <typename Found>
    void scan(std::string_view text, Found&& found) const {
        if (names_.empty())
            return;
        const std::vector<std::string_view> ws = words(text);
        std::string key;
        for (std::size_t i = 0; i < ws.size(); ++i) {
            key.clear();
            for (std::size_t n = 0; n < max_words_ && i + n < ws.size(); ++n) {
                if (n > 0)
                    key += ' ';
                key.append(ws[i + n]);
                const auto it = names_.find(key);
                if (it != names_.end())
                    found(it->second);
            }
        }
    }

  private:
    std::unordered_map<std::string, std::size_t> names_;
    std::size_t max_words_ = 1;
};

}  // namespace filmquiz::core
