// Small grammar for question templates: "a" or "an", country names with or without "the",
// band names that take a plural verb, ordinals and durations, so a template reads right
// for any film's data.
#pragma once

#include <string>
#include <string_view>

namespace filmquiz::core {

// "a radio play", "an audio drama", "a European co-production", "an hour-long special".
std::string with_article(std::string_view phrase);
// "An audio drama": with_article() with a capital letter.
std::string with_capital_article(std::string_view phrase);

// "the United Kingdom", "the Netherlands", "France": the name as it reads mid-sentence.
std::string country_in_sentence(std::string_view country);

// True for names that read as plural: "The All-American Rejects perform", "Kodaline performs".
bool is_plural_name(std::string_view name);

// "1st", "2nd", "3rd", "11th", "22nd".
std::string ordinal(int n);

// "1 hour 52 minutes", "2 hours", "45 minutes".
std::string hours_and_minutes(int minutes);

// First letter upper case (ASCII), the rest as given.
std::string capitalize(std::string text);
// First letter lower case (ASCII), for a sentence that continues after a clause.
std::string decapitalize(std::string text);

// "Milly’s", "Jess’s": the possessive with a typographic apostrophe.
std::string possessive(std::string_view name);

}  // namespace filmquiz::core
