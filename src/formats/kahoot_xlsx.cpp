#include "formats/kahoot_xlsx.hpp"

#include <memory>
#include <string_view>

#include <xlsxwriter.h>

#include "core/text.hpp"

namespace filmquiz::formats {

namespace {

constexpr std::string_view kTrueOrFalse = "True or false: ";
// "True or false, according to a fan site: ..." keeps who says so.
constexpr std::string_view kTrueOrFalseAttributed = "True or false, ";

std::string sentence_start(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

std::string too_long(std::string_view what, std::size_t length, std::size_t limit) {
    return std::string(what) + " has " + std::to_string(length) + " characters, over Kahoot's " +
           std::to_string(limit);
}

// A workbook that is closed (and so written) explicitly; dropped unwritten otherwise.
struct WorkbookReleaser {
    void operator()(lxw_workbook* workbook) const noexcept { lxw_workbook_free(workbook); }
};
using Workbook = std::unique_ptr<lxw_workbook, WorkbookReleaser>;

std::string xlsx_error(std::string_view what, lxw_error error) {
    return std::string(what) + ": " + lxw_strerror(error);
}

}  // namespace

KahootQuiz to_kahoot(const std::vector<core::Question>& questions) {
    KahootQuiz quiz;
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const core::Question& q = questions[i];
        if (q.type == core::QuestionType::ordering) {
            quiz.skipped.push_back({i, "Kahoot's quiz sheet has no put-in-order question"});
            continue;
        }
        if (q.type == core::QuestionType::type_in) {
            quiz.skipped.push_back({i, "Kahoot's quiz sheet has no typed-answer question"});
            continue;
        }
        KahootRow row;
        row.index = i;
        row.question = q.prompt;
        if (q.type == core::QuestionType::true_false) {
            for (const std::string_view prefix : {kTrueOrFalse, kTrueOrFalseAttributed}) {
                if (row.question.starts_with(prefix)) {
                    row.question = sentence_start(row.question.substr(prefix.size()));
                    break;
                }
            }
        }
        row.answers = q.choices;
        row.correct = q.answer + 1;
        if (const std::size_t n = core::utf8_length(row.question); n > kKahootQuestionLimit) {
            quiz.skipped.push_back({i, too_long("the question", n, kKahootQuestionLimit)});
            continue;
        }
        std::optional<std::string> long_answer;
        for (std::size_t a = 0; a < row.answers.size() && !long_answer; ++a) {
            if (const std::size_t n = core::utf8_length(row.answers[a]); n > kKahootAnswerLimit)
                long_answer = too_long("answer " + std::to_string(a + 1), n, kKahootAnswerLimit);
        }
        if (long_answer) {
            quiz.skipped.push_back({i, *long_answer});
            continue;
        }
        quiz.rows.push_back(std::move(row));
    }
    return quiz;
}

std::optional<std::string> write_kahoot_xlsx(const std::filesystem::path& path,
                                             const KahootQuiz& quiz, const KahootSheetText& text) {
    Workbook workbook(workbook_new(path.c_str()));
    if (!workbook)
        return std::string("cannot start the spreadsheet");
    lxw_worksheet* sheet = workbook_add_worksheet(workbook.get(), "Sheet1");
    lxw_format* title = workbook_add_format(workbook.get());
    lxw_format* header = workbook_add_format(workbook.get());
    lxw_format* wrapped = workbook_add_format(workbook.get());
    if (sheet == nullptr || title == nullptr || header == nullptr || wrapped == nullptr)
        return std::string("cannot start the spreadsheet: out of memory");
    format_set_bold(title);
    format_set_font_size(title, 14);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_text_wrap(wrapped);
    format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);

    lxw_error error = LXW_NO_ERROR;
    auto check = [&error](lxw_error result) {
        if (error == LXW_NO_ERROR)
            error = result;
    };
    // Wide enough to read a question and its answers without opening each cell.
    check(worksheet_set_column(sheet, 0, 0, 5, nullptr));
    check(worksheet_set_column(sheet, 1, 1, 60, nullptr));
    check(worksheet_set_column(sheet, 2, 5, 28, nullptr));
    check(worksheet_set_column(sheet, 6, 7, 14, nullptr));

    check(worksheet_write_string(sheet, 1, 1, text.title.c_str(), title));
    check(worksheet_write_string(sheet, 2, 1, text.about.c_str(), nullptr));
    check(worksheet_write_string(
        sheet, 3, 1,
        "To play it: create a kahoot, choose to import a spreadsheet and upload this file. "
        "The questions start on row 9.",
        nullptr));
    const std::string limits =
        "Kahoot allows " + std::to_string(kKahootQuestionLimit) + " characters per question and " +
        std::to_string(kKahootAnswerLimit) +
        " per answer: longer questions were left out whole, never cut, and so were typed-answer "
        "and put-in-order questions.";
    check(worksheet_write_string(sheet, 4, 1, limits.c_str(), nullptr));

    const lxw_row_t header_row = kKahootHeaderRow - 1;
    const std::string answer_limit = " (max " + std::to_string(kKahootAnswerLimit) + " characters)";
    const std::string labels[] = {
        "#",
        "Question (max " + std::to_string(kKahootQuestionLimit) + " characters)",
        "Answer 1" + answer_limit,
        "Answer 2" + answer_limit,
        "Answer 3" + answer_limit,
        "Answer 4" + answer_limit,
        "Time limit (sec)",
        "Correct answer(s)"};
    for (lxw_col_t col = 0; col < 8; ++col)
        check(worksheet_write_string(sheet, header_row, col, labels[col].c_str(), header));

    for (std::size_t i = 0; i < quiz.rows.size(); ++i) {
        const KahootRow& row = quiz.rows[i];
        const auto r = static_cast<lxw_row_t>(header_row + 1 + i);
        check(worksheet_write_number(sheet, r, 0, static_cast<double>(i + 1), nullptr));
        check(worksheet_write_string(sheet, r, 1, row.question.c_str(), wrapped));
        for (std::size_t a = 0; a < row.answers.size() && a < 4; ++a) {
            check(worksheet_write_string(sheet, r, static_cast<lxw_col_t>(2 + a),
                                         row.answers[a].c_str(), wrapped));
        }
        check(worksheet_write_number(sheet, r, 6, text.time_limit_seconds, nullptr));
        check(worksheet_write_number(sheet, r, 7, row.correct, nullptr));
    }
    if (error != LXW_NO_ERROR)
        return xlsx_error("cannot fill the spreadsheet", error);

    // workbook_close() writes the file and frees the workbook whatever happens.
    if (const lxw_error closed = workbook_close(workbook.release()); closed != LXW_NO_ERROR)
        return xlsx_error("cannot write the spreadsheet", closed);
    return std::nullopt;
}

}  // namespace filmquiz::formats
