#include "core/wording.hpp"

#include <array>

namespace filmquiz::core {

namespace {

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}

bool ends_with(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

// Whether a phrase starts with a vowel sound, by its spelling, with the usual exceptions:
// "a European", "a university", "a one-off"; "an hour", "an honest", "an MTV".
bool vowel_sound(std::string_view phrase) {
    if (phrase.empty())
        return false;
    std::string head;
    for (std::size_t i = 0; i < phrase.size() && i < 6; ++i)
        head += lower(phrase[i]);
    for (const char* consonant_sound : {"eu", "uni", "use", "usu", "one", "once", "ubiq"}) {
        if (starts_with(head, consonant_sound))
            return false;
    }
    for (const char* silent_h : {"hour", "honest", "honour", "honor", "heir"}) {
        if (starts_with(head, silent_h))
            return true;
    }
    // An initialism read letter by letter: "an MTV special", "an FBI agent".
    if (phrase.size() >= 2 && phrase[0] >= 'A' && phrase[0] <= 'Z' && phrase[1] >= 'A' &&
        phrase[1] <= 'Z') {
        return std::string_view("AEFHILMNORSX").find(phrase[0]) != std::string_view::npos;
    }
    return std::string_view("aeiou").find(head[0]) != std::string_view::npos;
}

}  // namespace

std::string with_article(std::string_view phrase) {
    return std::string(vowel_sound(phrase) ? "an " : "a ") + std::string(phrase);
}

std::string with_capital_article(std::string_view phrase) {
    return capitalize(with_article(phrase));
}

std::string country_in_sentence(std::string_view country) {
    if (starts_with(country, "the ") || starts_with(country, "The "))
        return std::string(country);
    // Unions, kingdoms, republics and plural names take "the"; most countries do not.
    static const std::array<std::string_view, 10> kWithThe{
        "United ",  "Republic", " Republic",   "Kingdom",     "Union",
        "Emirates", "Islands",  "Netherlands", "Philippines", "Bahamas"};
    for (const std::string_view marker : kWithThe) {
        if (country.find(marker) != std::string_view::npos)
            return "the " + std::string(country);
    }
    return std::string(country);
}

bool is_plural_name(std::string_view name) {
    // "The Beatles", "The All-American Rejects", "The Pretenders"; not "The Verve".
    return starts_with(name, "The ") && ends_with(name, "s") && !ends_with(name, "ss");
}

std::string ordinal(int n) {
    const int last_two = n % 100;
    const char* suffix = "th";
    if (last_two < 11 || last_two > 13) {
        switch (n % 10) {
            case 1:
                suffix = "st";
                break;
            case 2:
                suffix = "nd";
                break;
            case 3:
                suffix = "rd";
                break;
            default:
                break;
        }
    }
    return std::to_string(n) + suffix;
}

std::string hours_and_minutes(int minutes) {
    const int h = minutes / 60;
    const int m = minutes % 60;
    std::string out;
    if (h > 0)
        out = std::to_string(h) + (h == 1 ? " hour" : " hours");
    if (m > 0 || h == 0) {
        if (!out.empty())
            out += ' ';
        out += std::to_string(m) + (m == 1 ? " minute" : " minutes");
    }
    return out;
}

std::string capitalize(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = static_cast<char>(text[0] - 32);
    return text;
}

std::string decapitalize(std::string text) {
    // Keep "I", initialisms and names: only a capital followed by a lower-case letter
    // that starts a plain word is lowered ("Who" -> "who", "TIFF" stays).
    if (text.size() >= 2 && text[0] >= 'A' && text[0] <= 'Z' && text[1] >= 'a' && text[1] <= 'z')
        text[0] = static_cast<char>(text[0] + 32);
    return text;
}

std::string possessive(std::string_view name) {
    return std::string(name) + "\u2019s";
}

}  // namespace filmquiz::core
