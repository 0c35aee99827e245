#include "formats/csv_reader.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <string>

#include "core/rng.hpp"
#include "core/text.hpp"
#include "formats/csv_table.hpp"
#include "formats/question_draft.hpp"

namespace filmquiz::formats {

namespace {

// Kahoot's header row, found by its words: its place and its column A vary.
struct KahootColumns {
    std::size_t question = 0;
    std::vector<std::size_t> answers;  // answer 1, 2, 3, 4 (those present)
    std::size_t correct = 0;
};

// How many header rows may come before Kahoot's (its template has seven).
constexpr std::size_t kHeaderSearchRows = 30;

std::string folded(const CsvField& f) {
    return core::fold_case(core::trim(f.text));
}

bool starts_with(const std::string& s, std::string_view prefix) {
    return s.rfind(prefix, 0) == 0;
}

std::optional<KahootColumns> kahoot_header(const CsvRow& row) {
    KahootColumns columns;
    std::optional<std::size_t> question;
    std::optional<std::size_t> correct;
    std::vector<std::optional<std::size_t>> answers(4);
    for (std::size_t i = 0; i < row.size(); ++i) {
        const std::string cell = folded(row[i]);
        if (!question && starts_with(cell, "question")) {
            question = i;
        } else if (!correct && cell.find("correct") != std::string::npos) {
            correct = i;
        } else {
            for (std::size_t k = 0; k < answers.size(); ++k) {
                if (!answers[k] && starts_with(cell, "answer " + std::to_string(k + 1)))
                    answers[k] = i;
            }
        }
    }
    if (!question || !correct || !answers[0] || !answers[1])
        return std::nullopt;
    columns.question = *question;
    columns.correct = *correct;
    for (const auto& a : answers) {
        if (a)
            columns.answers.push_back(*a);
    }
    return columns;
}

std::string column_name(std::size_t index) {
    std::string name;
    std::size_t n = index + 1;
    while (n > 0) {
        name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
        n = (n - 1) / 26;
    }
    return name;
}

const CsvField* cell(const CsvRow& row, std::size_t index) {
    return index < row.size() ? &row[index] : nullptr;
}

std::string cell_text(const CsvRow& row, std::size_t index) {
    const CsvField* f = cell(row, index);
    return f ? core::trim(f->text) : std::string();
}

// True and False as the only two options make a true-or-false question.
void detect_true_false(Draft& d) {
    if (d.choices.size() != 2)
        return;
    const std::string a = core::fold_case(d.choices[0]);
    const std::string b = core::fold_case(d.choices[1]);
    if ((a == "true" && b == "false") || (a == "false" && b == "true")) {
        const bool right_is_true =
            core::fold_case(d.choices[static_cast<std::size_t>(d.answer)]) == "true";
        d.type = core::QuestionType::true_false;
        d.answer = right_is_true ? 0 : 1;
    }
}

class CsvQuestionReader {
  public:
    CsvQuestionReader(const SourceText& source, Problems& problems)
        : source_(source), problems_(problems), questions_(source, problems) {}

    std::vector<SetQuestion> read() {
        const char delimiter = guess_delimiter(source_.text());
        // First pass: is there a Kahoot header among the first rows?
        Problems ignored;
        std::size_t seen = 0;
        read_csv(
            source_, delimiter,
            [&](const CsvRow& row) {
                if (auto columns = kahoot_header(row)) {
                    kahoot_ = columns;
                    header_offset_ = row.front().offset;
                    return false;
                }
                return ++seen < kHeaderSearchRows;
            },
            ignored);
        bool first = true;
        bool past_header = !kahoot_;
        read_csv(
            source_, delimiter,
            [&](const CsvRow& row) {
                if (!past_header) {
                    past_header = row.front().offset == header_offset_;
                    return true;
                }
                const bool was_first = first;
                first = false;
                return kahoot_ ? kahoot_row(row) : plain_row(row, was_first);
            },
            problems_);
        return questions_.take();
    }

  private:
    void error(std::size_t at, std::string message) {
        problems_.error(source_, at, std::move(message));
    }

    bool kahoot_row(const CsvRow& row) {
        const KahootColumns& k = *kahoot_;
        const std::string question = cell_text(row, k.question);
        std::vector<std::pair<std::size_t, std::string>> answers;  // answer number, text
        for (std::size_t i = 0; i < k.answers.size(); ++i) {
            std::string text = cell_text(row, k.answers[i]);
            if (!text.empty())
                answers.emplace_back(i + 1, std::move(text));
        }
        const std::string correct = cell_text(row, k.correct);
        // The template numbers rows it leaves empty.
        if (question.empty() && answers.empty() && correct.empty())
            return true;
        const std::size_t row_at = row.front().offset;
        const auto at = [&](std::size_t column) {
            const CsvField* f = cell(row, column);
            return f ? f->offset : row_at;
        };
        if (question.empty()) {
            error(row_at, "no question in column " + column_name(k.question));
            return true;
        }
        if (correct.empty()) {
            error(at(k.question), "no correct answer in column " + column_name(k.correct) +
                                      " (the number of the right answer, 1 to " +
                                      std::to_string(k.answers.size()) + ")");
            return true;
        }
        std::set<std::size_t> numbers;
        std::string number;
        const std::string separators = ",; ";
        for (std::size_t i = 0; i <= correct.size(); ++i) {
            if (i < correct.size() && separators.find(correct[i]) == std::string::npos) {
                number += correct[i];
                continue;
            }
            if (number.empty())
                continue;
            const bool digits =
                number.size() <= 2 && std::all_of(number.begin(), number.end(),
                                                  [](char c) { return c >= '0' && c <= '9'; });
            const std::size_t n = digits ? std::stoul(number) : 0;
            if (n < 1 || n > k.answers.size()) {
                error(at(k.correct), "the correct answer " + quote_text(correct) +
                                         " is not an answer number from 1 to " +
                                         std::to_string(k.answers.size()));
                return true;
            }
            numbers.insert(n);
            number.clear();
        }
        for (const std::size_t n : numbers) {
            const bool present = std::any_of(answers.begin(), answers.end(),
                                             [&](const auto& a) { return a.first == n; });
            if (!present) {
                error(at(k.correct), "the correct answer is " + std::to_string(n) +
                                         ", but answer " + std::to_string(n) + " is empty");
                return true;
            }
        }
        if (numbers.size() > 1) {
            problems_.warning(source_, at(k.correct),
                              std::to_string(numbers.size()) + " correct answers (" + correct +
                                  "); filmquiz questions have exactly one right answer; "
                                  "question skipped");
            return true;
        }
        Draft d;
        d.offset = at(k.question);
        d.prompt = question;
        for (const auto& [n, text] : answers) {
            if (n == *numbers.begin())
                d.answer = static_cast<int>(d.choices.size());
            d.choices.push_back(text);
        }
        detect_true_false(d);
        return questions_.add(std::move(d));
    }

    bool plain_row(const CsvRow& row, bool first) {
        if (first && row.size() >= 2 && folded(row[0]) == "question" &&
            starts_with(folded(row[1]), "answer"))
            return true;  // a header row
        std::vector<std::string> texts;
        for (const CsvField& f : row)
            texts.push_back(core::trim(f.text));
        if (std::all_of(texts.begin(), texts.end(), [](const std::string& t) { return t.empty(); }))
            return true;
        if (texts[0].empty()) {
            error(row[0].offset, "no question in the first column");
            return true;
        }
        if (texts.size() < 2 || texts[1].empty()) {
            error(row.size() < 2 ? row[0].offset : row[1].offset,
                  "no answer in the second column (the columns are: question, answer, wrong "
                  "answers)");
            return true;
        }
        Draft d;
        d.offset = row[0].offset;
        d.prompt = texts[0];
        std::vector<std::string> wrong;
        for (std::size_t i = 2; i < texts.size(); ++i) {
            if (!texts[i].empty())
                wrong.push_back(texts[i]);
        }
        if (wrong.empty()) {
            // A question and its answer alone: the player types it.
            d.type = core::QuestionType::type_in;
            d.accept = {texts[1]};
            return questions_.add(std::move(d));
        }
        // The file puts the right answer first; the question shows it at a place of its
        // own, the same on every import.
        const std::size_t place =
            core::hash64(d.prompt) % (std::min(wrong.size(), kMaxChoices - 1) + 1);
        d.choices = wrong;
        d.choices.insert(d.choices.begin() + static_cast<std::ptrdiff_t>(place), texts[1]);
        d.answer = static_cast<int>(place);
        detect_true_false(d);
        return questions_.add(std::move(d));
    }

    const SourceText& source_;
    Problems& problems_;
    QuestionCollector questions_;
    std::optional<KahootColumns> kahoot_;
    std::size_t header_offset_ = 0;
};

}  // namespace

std::vector<SetQuestion> read_csv_questions(const SourceText& source, Problems& problems) {
    return CsvQuestionReader(source, problems).read();
}

}  // namespace filmquiz::formats
