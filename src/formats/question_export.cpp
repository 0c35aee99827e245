#include "formats/question_export.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace filmquiz::formats {

namespace {

using core::QuestionType;

std::string note(const core::Question& q, std::string_view why) {
    return q.id + ": " + std::string(why) + "; left out";
}

bool is_format_tag(std::string_view prompt) {
    const std::string folded = core::fold_case(prompt.substr(0, 10));
    for (const std::string_view tag : {"[html]", "[moodle]", "[plain]", "[markdown]"}) {
        if (folded.rfind(tag, 0) == 0)
            return true;
    }
    return false;
}

// Why a question cannot be written in GIFT so that Moodle (and filmquiz) reads it back
// as it is, or nothing.
std::optional<std::string> gift_obstacle(const core::Question& q) {
    if (q.prompt.empty())
        return "it has no text";
    if (is_format_tag(q.prompt))
        return "its text starts like a GIFT text-format tag";
    std::vector<std::string> answers = q.type == QuestionType::type_in ? q.accept : q.choices;
    for (const std::string& a : answers) {
        if (core::trim(a).empty())
            return "an answer has no text";
        // Moodle reads "->" in any answer as a matching pair and "%" first as a weight;
        // GIFT has no escape for either.
        if (a.find("->") != std::string::npos)
            return "an answer holds \"->\", which GIFT reads as a matching pair";
        if (core::trim(a).front() == '%')
            return "an answer starts with \"%\", which GIFT reads as a weight";
    }
    if (q.type == QuestionType::ordering && (q.choices.size() < 3 || q.choices.size() > 4))
        return "GIFT's matching form of an ordering question needs 3 or 4 items";
    return std::nullopt;
}

}  // namespace

std::string gift_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        if (c == '~' || c == '=' || c == '#' || c == '{' || c == '}' || c == ':' || c == '\\')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out;
}

Export to_gift(const std::vector<core::Question>& questions, std::string_view heading) {
    Export out;
    out.text = "// " + std::string(heading) +
               "\n// GIFT format: in Moodle, Question bank > Import > GIFT format.\n";
    for (const core::Question& q : questions) {
        if (const auto obstacle = gift_obstacle(q)) {
            out.notes.push_back(note(q, *obstacle));
            continue;
        }
        std::string block = "\n::" + gift_escape(q.id) + "::" + gift_escape(q.prompt) + " {";
        switch (q.type) {
            case QuestionType::true_false:
                block += q.answer == 0 ? "TRUE" : "FALSE";
                break;
            case QuestionType::multiple_choice:
                for (std::size_t i = 0; i < q.choices.size(); ++i) {
                    block += "\n\t";
                    block += static_cast<int>(i) == q.answer ? '=' : '~';
                    block += gift_escape(q.choices[i]);
                }
                break;
            case QuestionType::type_in:
                for (const std::string& a : q.accept)
                    block += "\n\t=" + gift_escape(a);
                break;
            case QuestionType::ordering: {
                // Matching each item to its place in the story; filmquiz reads it back as
                // a question that puts them in order.
                std::vector<int> place(q.choices.size(), 0);
                for (std::size_t p = 0; p < q.order.size(); ++p)
                    place[static_cast<std::size_t>(q.order[p])] = static_cast<int>(p + 1);
                for (std::size_t i = 0; i < q.choices.size(); ++i) {
                    block +=
                        "\n\t=" + gift_escape(q.choices[i]) + " -> " + std::to_string(place[i]);
                }
                break;
            }
        }
        if (!q.explanation.empty())
            block += (q.type == QuestionType::true_false ? "" : "\n\t") + std::string("####") +
                     gift_escape(q.explanation);
        block += q.type == QuestionType::true_false ? "}\n" : "\n}\n";
        out.text += block;
    }
    return out;
}

Export to_aiken(const std::vector<core::Question>& questions) {
    Export out;
    for (const core::Question& q : questions) {
        if (q.type == QuestionType::ordering || q.type == QuestionType::type_in) {
            out.notes.push_back(note(q, q.type == QuestionType::ordering
                                            ? "an ordering question has no Aiken form"
                                            : "a typed-answer question has no Aiken form"));
            continue;
        }
        // Aiken has no escapes: a text that reads as an option or an answer line, or a line
        // break, would change the question.
        const auto looks_structural = [](std::string_view line) {
            const std::string t = core::trim(line);
            return t.empty() ||
                   (t.size() >= 2 && std::isalpha(static_cast<unsigned char>(t[0])) &&
                    (t[1] == '.' || t[1] == ')') && (t.size() == 2 || t[2] == ' ')) ||
                   core::fold_case(t.substr(0, 7)) == "answer:";
        };
        const bool breaks = q.prompt.find('\n') != std::string::npos ||
                            std::any_of(q.choices.begin(), q.choices.end(), [](const auto& c) {
                                return c.find('\n') != std::string::npos || core::trim(c).empty();
                            });
        if (breaks || looks_structural(q.prompt)) {
            out.notes.push_back(note(q, "its text cannot be written in Aiken unchanged"));
            continue;
        }
        std::string block = q.prompt + "\n";
        for (std::size_t i = 0; i < q.choices.size(); ++i)
            block += std::string(1, static_cast<char>('A' + i)) + ". " + q.choices[i] + "\n";
        block += "ANSWER: " + std::string(1, static_cast<char>('A' + q.answer)) + "\n\n";
        out.text += block;
    }
    return out;
}

}  // namespace filmquiz::formats
