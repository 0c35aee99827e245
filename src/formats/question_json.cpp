#include "formats/question_json.hpp"

namespace filmquiz::formats {

nlohmann::json question_to_json(const core::Question& q) {
    nlohmann::json j;
    j["id"] = q.id;
    j["family"] = core::to_string(q.family);
    j["type"] = core::to_string(q.type);
    j["difficulty"] = q.difficulty;
    j["prompt"] = q.prompt;
    j["choices"] = q.choices;
    switch (q.type) {
        case core::QuestionType::multiple_choice:
        case core::QuestionType::true_false:
            j["answer"] = q.answer;
            break;
        case core::QuestionType::ordering:
            j["answer"] = q.order;
            break;
        case core::QuestionType::type_in:
            j["answer"] = nullptr;
            j["accept"] = q.accept;
            break;
    }
    j["explanation"] = q.explanation;
    j["sources"] = q.sources;
    j["verified"] = q.verified;
    j["spoils"] = q.spoils;
    return j;
}

}  // namespace filmquiz::formats
