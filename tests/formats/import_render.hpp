// Renders an import's result as text, so a fixture's expected result is one readable file.
#pragma once

#include <string>

#include "formats/importer.hpp"

namespace filmquiz::test {

inline std::string render_question(const formats::SetQuestion& sq) {
    const core::Question& q = sq.question;
    std::string out = sq.source + " " + std::string(core::to_string(q.type)) + " difficulty " +
                      std::to_string(q.difficulty);
    if (!sq.category.empty())
        out += " category \"" + sq.category + "\"";
    out += "\n  prompt: " + q.prompt + "\n";
    switch (q.type) {
        case core::QuestionType::multiple_choice:
        case core::QuestionType::true_false: {
            out += "  choices:";
            for (std::size_t i = 0; i < q.choices.size(); ++i) {
                out += (i == 0 ? " " : " | ") + q.choices[i];
                if (static_cast<int>(i) == q.answer)
                    out += " (right)";
            }
            out += "\n";
            break;
        }
        case core::QuestionType::ordering: {
            out += "  choices:";
            for (std::size_t i = 0; i < q.choices.size(); ++i)
                out += (i == 0 ? " " : " | ") + q.choices[i];
            out += "\n  order:";
            for (std::size_t i = 0; i < q.order.size(); ++i)
                out += (i == 0 ? " " : ", ") + q.choices[static_cast<std::size_t>(q.order[i])];
            out += "\n";
            break;
        }
        case core::QuestionType::type_in: {
            out += "  accept:";
            for (std::size_t i = 0; i < q.accept.size(); ++i)
                out += (i == 0 ? " " : " | ") + q.accept[i];
            out += "\n";
            break;
        }
    }
    if (!q.explanation.empty())
        out += "  explanation: " + q.explanation + "\n";
    return out;
}

inline std::string render_import(const formats::Import& imported) {
    std::string out = imported.diagnostics.format();
    if (!imported.set)
        return out + "== nothing imported\n";
    const formats::QuestionSet& set = *imported.set;
    out += "== set \"" + set.title + "\" from " + set.imported_format + ", " +
           std::to_string(set.questions.size()) + " questions\n";
    for (const formats::SetQuestion& q : set.questions)
        out += render_question(q);
    return out;
}

}  // namespace filmquiz::test
