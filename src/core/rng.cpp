#include "core/rng.hpp"

namespace filmquiz::core {

namespace {

std::uint64_t rotl(std::uint64_t x, int k) {
    return (x << k) | (x >> (64 - k));
}

}  // namespace

std::uint64_t splitmix64(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

Rng::Rng(std::uint64_t seed) {
    for (std::uint64_t& s : s_)
        s = splitmix64(seed);
}

std::uint64_t Rng::next() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
}

std::uint64_t Rng::below(std::uint64_t bound) {
    // Values under `threshold` would make the low residues more likely; draw again.
    const std::uint64_t threshold = (0 - bound) % bound;
    while (true) {
        const std::uint64_t r = next();
        if (r >= threshold)
            return r % bound;
    }
}

std::uint64_t hash64(std::string_view text) {
    return hash64(text, 0xCBF29CE484222325ull);
}

std::uint64_t hash64(std::string_view text, std::uint64_t state) {
    for (const char c : text) {
        state ^= static_cast<unsigned char>(c);
        state *= 0x100000001B3ull;
    }
    return state;
}

std::uint64_t derive_seed(std::uint64_t seed, std::string_view key) {
    std::uint64_t state = seed ^ hash64(key);
    return splitmix64(state);
}

}  // namespace filmquiz::core
