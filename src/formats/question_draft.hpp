// A question as a reader understood it, before the checks every imported question passes:
// texts short enough for the screen, 2-4 distinct options, one right answer, no duplicate.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "core/question.hpp"
#include "formats/question_set.hpp"
#include "formats/source_text.hpp"

namespace filmquiz::formats {

// What fits on a question screen and a reveal, at every window size the game supports.
inline constexpr std::size_t kMaxPromptLength = 250;
inline constexpr std::size_t kMaxChoiceLength = 200;
inline constexpr std::size_t kMaxExplanationLength = 400;
inline constexpr std::size_t kMaxChoices = 4;
// Beyond these a file is not a quiz a game can hold; refused rather than half-imported.
inline constexpr std::size_t kMaxQuestions = 5000;
inline constexpr std::size_t kMaxAnswersRead = 100;

struct Draft {
    core::QuestionType type = core::QuestionType::multiple_choice;
    std::string prompt;
    std::vector<std::string> choices;
    int answer = -1;                  // multiple choice, true/false
    std::vector<int> order;           // ordering
    std::vector<std::string> accept;  // type-in
    std::string explanation;
    int difficulty = 2;  // a file that does not say gets the middle difficulty
    std::string category;
    std::size_t offset = 0;  // where the question starts in the source
};

// Collects the questions of one import, warning about each one it has to leave out.
class QuestionCollector {
  public:
    QuestionCollector(const SourceText& source, Problems& problems);

    // False once the set is full (an error has been reported): stop reading.
    bool add(Draft draft);
    std::vector<SetQuestion> take() { return std::move(questions_); }
    std::size_t size() const { return questions_.size(); }

  private:
    void skip(std::size_t offset, const std::string& why);

    const SourceText& source_;
    Problems& problems_;
    std::string source_name_;  // the file name without its folder, for "quiz.gift:12"
    std::vector<SetQuestion> questions_;
    std::map<std::string, int> lines_by_id_;
    bool full_ = false;
};

// One space between words, none at the ends; line breaks and tabs are spaces too.
std::string normalize_space(std::string_view text);

// "Paris", quoted for a message and cut short when long.
std::string quote_text(std::string_view text);

}  // namespace filmquiz::formats
