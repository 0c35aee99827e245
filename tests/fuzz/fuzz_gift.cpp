// libFuzzer target: any bytes read as GIFT must give diagnostics or valid questions, never
// a crash, a hang or a sanitizer report; and what is read must survive GIFT export and
// import unchanged.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>

#include "core/text.hpp"
#include "formats/importer.hpp"
#include "formats/question_draft.hpp"
#include "formats/question_export.hpp"

namespace {

using filmquiz::core::Question;
using filmquiz::core::QuestionType;
namespace formats = filmquiz::formats;

void require(bool ok) {
    if (!ok)
        __builtin_trap();
}

// What every imported question promises the game.
void check_question(const Question& q) {
    require(!q.prompt.empty() &&
            filmquiz::core::utf8_length(q.prompt) <= formats::kMaxPromptLength);
    require(filmquiz::core::utf8_length(q.explanation) <= formats::kMaxExplanationLength);
    require(q.family == filmquiz::core::Family::custom);
    require(q.difficulty >= 1 && q.difficulty <= 3);
    require(q.sources.size() == 1);
    if (q.type == QuestionType::type_in) {
        require(q.choices.empty() && !q.accept.empty());
        return;
    }
    require(q.choices.size() >= 2 && q.choices.size() <= formats::kMaxChoices);
    std::set<std::string> distinct;
    for (const std::string& c : q.choices)
        require(!c.empty() && distinct.insert(filmquiz::core::fold_case(c)).second);
    if (q.type == QuestionType::ordering) {
        std::set<int> places(q.order.begin(), q.order.end());
        require(q.order.size() == q.choices.size() && places.size() == q.order.size() &&
                *places.begin() == 0 && *places.rbegin() == static_cast<int>(q.choices.size()) - 1);
    } else {
        require(q.answer >= 0 && q.answer < static_cast<int>(q.choices.size()));
    }
    if (q.type == QuestionType::true_false)
        require(q.choices == filmquiz::core::true_false_choices());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const auto imported = formats::import_text(text, formats::Format::gift, "fuzz.gift");
    // Every problem points at a real position, or at the whole file (line 0).
    for (const auto& d : imported.diagnostics.all())
        require(d.where.line == 0 ? d.where.column == 0 : d.where.line >= 1 && d.where.column >= 1);
    require(imported.set.has_value() != imported.diagnostics.has_errors());
    if (!imported.set)
        return 0;
    std::vector<Question> questions = imported.set->plain_questions();
    for (const Question& q : questions)
        check_question(q);

    const auto exported = formats::to_gift(questions, "fuzz");
    std::set<std::string> left_out;
    for (const std::string& note : exported.notes)
        left_out.insert(note.substr(0, note.find(':')));
    std::erase_if(questions, [&](const Question& q) { return left_out.count(q.id) > 0; });
    if (questions.empty())
        return 0;
    const auto back = formats::import_text(exported.text, formats::Format::gift, "back.gift");
    require(back.set.has_value() && back.diagnostics.all().empty());
    require(back.set->questions.size() == questions.size());
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const Question& a = questions[i];
        const Question& b = back.set->questions[i].question;
        require(a.id == b.id && a.type == b.type && a.prompt == b.prompt &&
                a.choices == b.choices && a.answer == b.answer && a.order == b.order &&
                a.accept == b.accept && a.explanation == b.explanation);
    }
    return 0;
}
