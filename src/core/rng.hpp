// A seeded random generator with draws that are the same on every machine and compiler
// (the standard distributions are not), so a seed always gives the same round.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace filmquiz::core {

// xoshiro256** seeded through splitmix64.
class Rng {
  public:
    explicit Rng(std::uint64_t seed);

    std::uint64_t next();
    // Uniform in [0, bound); bound must be positive. Rejection keeps it unbiased.
    std::uint64_t below(std::uint64_t bound);
    // Uniform index into a container of `size` elements.
    std::size_t index(std::size_t size) { return static_cast<std::size_t>(below(size)); }

    template <typename T>
    void shuffle(std::vector<T>& items) {
        for (std::size_t i = items.size(); i > 1; --i) {
            std::swap(items[i - 1], items[index(i)]);
        }
    }

  private:
    std::uint64_t s_[4];
};

std::uint64_t splitmix64(std::uint64_t& state);

// FNV-1a, for deriving a question's own seed from its id.
std::uint64_t hash64(std::string_view text);
// FNV-1a continued from `state` (a previous result): hash64(a + b) == hash64(b, hash64(a)).
std::uint64_t hash64(std::string_view text, std::uint64_t state);

// A seed for one item of a seeded whole: the same (seed, key) always gives the same value.
std::uint64_t derive_seed(std::uint64_t seed, std::string_view key);

}  // namespace filmquiz::core
