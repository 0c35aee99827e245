#include "formats/aiken_reader.hpp"

#include <cctype>
#include <optional>
#include <string>

#include "core/text.hpp"
#include "formats/question_draft.hpp"

namespace filmquiz::formats {

namespace {

struct Option {
    char letter;
    char mark;  // '.' or ')'
    std::string text;
};

// "A. text" or "B) text": a letter, a dot or parenthesis, then a space (or nothing).
std::optional<Option> option_line(std::string_view line) {
    if (line.size() < 2 || !std::isalpha(static_cast<unsigned char>(line[0])) ||
        (line[1] != '.' && line[1] != ')'))
        return std::nullopt;
    if (line.size() > 2 && line[2] != ' ' && line[2] != '\t')
        return std::nullopt;
    return Option{line[0], line[1], core::trim(line.substr(2))};
}

bool starts_with_answer(std::string_view line) {
    return line.size() >= 7 && core::fold_case(line.substr(0, 7)) == "answer:";
}

class AikenReader {
  public:
    AikenReader(const SourceText& source, Problems& problems)
        : source_(source), problems_(problems), questions_(source, problems) {}

    std::vector<SetQuestion> read() {
        for (std::size_t li = 0; li < source_.line_count(); ++li) {
            const std::string line = core::trim(source_.line(li));
            const std::size_t at =
                source_.line_start(li) + source_.line(li).find_first_not_of(" \t");
            if (line.empty()) {
                if (state_ == State::question || state_ == State::options)
                    unfinished();
                state_ = State::idle;
                continue;
            }
            if (starts_with_answer(line)) {
                answer_line(line, at);
            } else if (const auto option = option_line(line)) {
                option_found(*option, at);
            } else {
                text_line(line, at);
            }
            if (full_)
                break;
        }
        if (state_ == State::question || state_ == State::options)
            unfinished();
        return questions_.take();
    }

  private:
    enum class State { idle, question, options, answered, broken };

    void error(std::size_t at, std::string message) {
        problems_.error(source_, at, std::move(message));
    }

    void unfinished() {
        if (!broken_)
            error(question_at_, "the question has no \"ANSWER: X\" line after its options");
    }

    void start_question(const std::string& line, std::size_t at) {
        state_ = State::question;
        prompt_ = line;
        prompt_lines_ = 1;
        question_at_ = at;
        options_.clear();
        broken_ = false;
    }

    void text_line(const std::string& line, std::size_t at) {
        switch (state_) {
            case State::idle:
            case State::answered:
                start_question(line, at);
                break;
            case State::question:
                prompt_ += ' ' + line;
                ++prompt_lines_;
                break;
            case State::options:
                error(at, "expected an option (\"" + std::string(1, next_letter()) +
                              ". ...\") or \"ANSWER: X\" after the options");
                broken_ = true;
                break;
            case State::broken:
                break;
        }
    }

    char next_letter() const { return static_cast<char>('A' + options_.size()); }

    void option_found(const Option& option, std::size_t at) {
        if (state_ == State::idle || state_ == State::answered || state_ == State::broken) {
            if (state_ != State::broken)
                error(at, "an option with no question before it");
            state_ = State::broken;
            return;
        }
        state_ = State::options;
        if (!std::isupper(static_cast<unsigned char>(option.letter))) {
            error(at, "option letters are capitals: write \"" +
                          std::string(1, static_cast<char>(std::toupper(option.letter))) +
                          option.mark + "\"");
            broken_ = true;
        } else if (option.letter != next_letter()) {
            error(at, "option " + std::string(1, option.letter) + " where " +
                          std::string(1, next_letter()) + " was expected (options go A, B, C... " +
                          "in order)");
            broken_ = true;
        } else if (option.text.empty()) {
            error(at, "option " + std::string(1, option.letter) + " has no text");
            broken_ = true;
        }
        options_.push_back(option.text);
    }

    void answer_line(const std::string& line, std::size_t at) {
        if (state_ != State::options) {
            if (state_ == State::question) {
                error(at, "\"ANSWER:\" with no options (\"A. ...\") before it");
            } else if (state_ != State::broken) {
                error(at, "\"ANSWER:\" with no question before it");
            }
            state_ = State::answered;
            return;
        }
        state_ = State::answered;
        if (line.compare(0, 7, "ANSWER:") != 0) {
            error(at, "write \"ANSWER:\" in capitals");
            return;
        }
        const std::string letter = core::trim(line.substr(7));
        const std::size_t letter_at = at + line.find_first_not_of(" \t", 7);
        const char last = static_cast<char>('A' + options_.size() - 1);
        if (letter.size() != 1 || letter[0] < 'A' || letter[0] > last) {
            const std::string range = "A to " + std::string(1, last);
            error(letter.empty() ? at : letter_at,
                  letter.empty() ? "\"ANSWER:\" names no option (the options are " + range + ")"
                                 : "\"ANSWER: " + letter + "\" names no option (the options are " +
                                       range + ")");
            return;
        }
        if (broken_)
            return;
        if (options_.size() < 2) {
            error(question_at_, "a question needs at least two options");
            return;
        }
        if (prompt_lines_ > 1) {
            problems_.warning(source_, question_at_,
                              "the question runs over " + std::to_string(prompt_lines_) +
                                  " lines; Moodle's Aiken import needs it on one line (here "
                                  "they are joined)");
        }
        Draft d;
        d.offset = question_at_;
        d.prompt = prompt_;
        d.choices = options_;
        d.answer = letter[0] - 'A';
        // Two options that say True and False are a true-or-false question.
        if (options_.size() == 2 && core::fold_case(options_[0]) == "true" &&
            core::fold_case(options_[1]) == "false") {
            d.type = core::QuestionType::true_false;
        }
        full_ = !questions_.add(std::move(d));
    }

    const SourceText& source_;
    Problems& problems_;
    QuestionCollector questions_;
    State state_ = State::idle;
    std::string prompt_;
    int prompt_lines_ = 0;
    std::size_t question_at_ = 0;
    std::vector<std::string> options_;
    bool broken_ = false;
    bool full_ = false;
};

}  // namespace

std::vector<SetQuestion> read_aiken(const SourceText& source, Problems& problems) {
    return AikenReader(source, problems).read();
}

}  // namespace filmquiz::formats
