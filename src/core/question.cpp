#include "core/question.hpp"

#include <array>

#include "core/text.hpp"

namespace filmquiz::core {

namespace {

constexpr std::array<std::pair<Family, std::string_view>, 7> kFamilies{{
    {Family::cast, "cast"},
    {Family::characters, "characters"},
    {Family::crew, "crew"},
    {Family::plot, "plot"},
    {Family::quotes, "quotes"},
    {Family::trivia, "trivia"},
    {Family::custom, "custom"},
}};

}  // namespace

std::string_view to_string(Family f) {
    for (const auto& [family, name] : kFamilies) {
        if (family == f)
            return name;
    }
    return "?";
}

std::optional<Family> family_from_string(std::string_view s) {
    for (const auto& [family, name] : kFamilies) {
        if (name == s)
            return family;
    }
    return std::nullopt;
}

const std::vector<Family>& all_families() {
    static const std::vector<Family> families = [] {
        std::vector<Family> v;
        for (const auto& entry : kFamilies) {
            if (entry.first != Family::custom)
                v.push_back(entry.first);
        }
        return v;
    }();
    return families;
}

std::string_view display_name(Family f) {
    switch (f) {
        case Family::cast:
            return "Cast";
        case Family::characters:
            return "Characters";
        case Family::crew:
            return "Behind the camera";
        case Family::plot:
            return "Story";
        case Family::quotes:
            return "Quotes";
        case Family::trivia:
            return "Trivia";
        case Family::custom:
            return "Your questions";
    }
    return "?";
}

std::string_view to_string(QuestionType t) {
    switch (t) {
        case QuestionType::multiple_choice:
            return "multiple_choice";
        case QuestionType::true_false:
            return "true_false";
        case QuestionType::ordering:
            return "ordering";
        case QuestionType::type_in:
            return "type_in";
    }
    return "?";
}

std::string Question::answer_text() const {
    switch (type) {
        case QuestionType::multiple_choice:
        case QuestionType::true_false:
            return answer >= 0 && static_cast<std::size_t>(answer) < choices.size()
                       ? choices[static_cast<std::size_t>(answer)]
                       : std::string();
        case QuestionType::type_in:
            return accept.empty() ? std::string() : accept.front();
        case QuestionType::ordering: {
            std::vector<std::string> items;
            for (const int i : order)
                items.push_back(choices[static_cast<std::size_t>(i)]);
            return join(items, " -> ");
        }
    }
    return {};
}

}  // namespace filmquiz::core
