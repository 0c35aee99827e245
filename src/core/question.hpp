// A generated question, as asked in a round and printed by `filmquiz generate`.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace filmquiz::core {

// `custom` holds questions imported from a teacher's file (`filmquiz import`); the
// generator never makes it, so it is not in all_families().
enum class Family { cast, characters, crew, plot, quotes, trivia, custom };
std::string_view to_string(Family f);
std::optional<Family> family_from_string(std::string_view s);
// The families the generator makes, in the order players see them.
const std::vector<Family>& all_families();
// "Cast", "Characters", "Behind the camera", ... as shown to players.
std::string_view display_name(Family f);

enum class QuestionType { multiple_choice, true_false, ordering, type_in };
std::string_view to_string(QuestionType t);

struct Question {
    std::string id;       // stable: template and fact, never the options drawn
    std::string fact_id;  // the fact asked about; a round asks each fact once
    Family family = Family::cast;
    QuestionType type = QuestionType::multiple_choice;
    int difficulty = 1;  // 1 easy .. 3 hard
    std::string prompt;
    std::vector<std::string> choices;  // empty for type-in
    int answer = -1;                   // index into choices (multiple choice, true/false)
    std::vector<int> order;            // ordering: choice indices in story order
    std::vector<std::string> accept;   // type-in: the answers accepted, first is canonical
    std::string choice_kind;           // what the choices are: "actor", "character", ...
    std::string explanation;           // shown after the answer
    std::vector<std::string> sources;  // source ids
    bool verified = true;              // false when only low-reliability sources back it
    int spoils = 0;                    // plot position it gives away

    // The right answer as text: the choice, the accepted answer, or the ordered items.
    std::string answer_text() const;
};

// The two choices of every true/false question, in this order.
inline const std::vector<std::string>& true_false_choices() {
    static const std::vector<std::string> choices{"True", "False"};
    return choices;
}

}  // namespace filmquiz::core
