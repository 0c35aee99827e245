// Kahoot's quiz spreadsheet: the mapping of question types and limits, and the .xlsx
// read back with unzip.
#include <algorithm>
#include <cctype>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "formats/kahoot_xlsx.hpp"
#include "readback.hpp"
#include "test_support.hpp"

using namespace filmquiz;
using test::run_filmquiz;

namespace {

const std::filesystem::path kSource = FILMQUIZ_SOURCE_DIR;

core::Question question(core::QuestionType type, std::string prompt,
                        std::vector<std::string> choices, int answer) {
    core::Question q;
    q.type = type;
    q.prompt = std::move(prompt);
    q.choices = std::move(choices);
    q.answer = answer;
    return q;
}

std::string repeat(const std::string& text, std::size_t times) {
    std::string out;
    for (std::size_t i = 0; i < times; ++i)
        out += text;
    return out;
}

}  // namespace

TEST_CASE("kahoot: question types and Kahoot's limits") {
    using core::QuestionType;
    std::vector<core::Question> qs;
    qs.push_back(question(QuestionType::multiple_choice, "Who plays Milly?",
                          {"Drew Barrymore", "Toni Collette", "Jacqueline Bisset", "Tyson Ritter"},
                          1));
    qs.push_back(question(QuestionType::true_false, "True or false: in the film, Jess is pregnant.",
                          core::true_false_choices(), 0));
    qs.push_back(
        question(QuestionType::ordering, "Put these events in order.", {"a", "b", "c"}, -1));
    qs.push_back(question(QuestionType::type_in, "Type the actor's name.", {}, -1));
    // Exactly at the limits, in characters rather than bytes ("é" is two bytes).
    qs.push_back(question(QuestionType::multiple_choice, repeat("\u00e9", 119) + "?",
                          {repeat("\u00e9", 75), "b", "c", "d"}, 3));
    // One character over each limit.
    qs.push_back(
        question(QuestionType::multiple_choice, repeat("x", 120) + "?", {"a", "b", "c", "d"}, 0));
    qs.push_back(
        question(QuestionType::multiple_choice, "Which?", {"a", "b", repeat("y", 76), "d"}, 0));
    // The "True or false: " that Kahoot's answers make redundant does not count.
    qs.push_back(question(QuestionType::true_false, "True or false: " + repeat("z", 120),
                          core::true_false_choices(), 1));

    const formats::KahootQuiz quiz = formats::to_kahoot(qs);
    REQUIRE(quiz.rows.size() == 4);
    CHECK(quiz.rows[0].index == 0);
    CHECK(quiz.rows[0].question == "Who plays Milly?");
    CHECK(quiz.rows[0].answers == qs[0].choices);
    CHECK(quiz.rows[0].correct == 2);
    CHECK(quiz.rows[1].index == 1);
    CHECK(quiz.rows[1].question == "In the film, Jess is pregnant.");
    CHECK(quiz.rows[1].answers == std::vector<std::string>{"True", "False"});
    CHECK(quiz.rows[1].correct == 1);
    CHECK(quiz.rows[2].index == 4);
    CHECK(core::utf8_length(quiz.rows[2].question) == 120);
    CHECK(quiz.rows[2].correct == 4);
    CHECK(quiz.rows[3].index == 7);
    CHECK(quiz.rows[3].question == "Z" + repeat("z", 119));
    CHECK(quiz.rows[3].correct == 2);

    REQUIRE(quiz.skipped.size() == 4);
    CHECK(quiz.skipped[0].index == 2);
    CHECK(quiz.skipped[0].reason == "Kahoot's quiz sheet has no put-in-order question");
    CHECK(quiz.skipped[1].index == 3);
    CHECK(quiz.skipped[1].reason == "Kahoot's quiz sheet has no typed-answer question");
    CHECK(quiz.skipped[2].index == 5);
    CHECK(quiz.skipped[2].reason == "the question has 121 characters, over Kahoot's 120");
    CHECK(quiz.skipped[3].index == 6);
    CHECK(quiz.skipped[3].reason == "answer 3 has 76 characters, over Kahoot's 75");
}

TEST_CASE("kahoot: a true/false resting on a fan site keeps who says so") {
    const std::vector<core::Question> qs{
        question(core::QuestionType::true_false,
                 "True or false, according to a fan site: \u201cStone\u201d by Kodaline is on the "
                 "soundtrack.",
                 core::true_false_choices(), 0)};
    const formats::KahootQuiz quiz = formats::to_kahoot(qs);
    REQUIRE(quiz.rows.size() == 1);
    CHECK(quiz.rows[0].question ==
          "According to a fan site: \u201cStone\u201d by Kodaline is on the soundtrack.");
}

TEST_CASE("kahoot: the spreadsheet of a known round, header on row 8") {
    test::TempDir dir;
    const auto xlsx = dir.path() / "quiz.xlsx";
    // Seed 62's round has one of each kind of question Kahoot cannot take.
    const auto r = run_filmquiz("generate --seed 62 --count 12 --format kahoot --output " +
                                    test::shell_quote(xlsx.string()),
                                kSource);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.empty());
    CHECK(r.err ==
          "filmquiz: generate: question 3 skipped (the question has 125 characters, over "
          "Kahoot's 120): True or false, according to a fan site: Milly says: \u201cIt\u2019s like "
          "you\u2019re my other half. I don\u2019t even care how much I embarrass myself for "
          "you.\u201d\n"
          "filmquiz: generate: question 6 skipped (answer 1 has 93 characters, over Kahoot's "
          "75): What happens right before this? Jess learns that her pregnancy is high-risk "
          "while she and Milly are estranged.\n"
          "filmquiz: generate: question 8 skipped (Kahoot's quiz sheet has no typed-answer "
          "question): What is the name of Jess\u2019s husband?\n"
          "filmquiz: generate: question 10 skipped (Kahoot's quiz sheet has no put-in-order "
          "question): Put these events in story order, first to last.\n"
          "filmquiz: generate: " +
              xlsx.string() + ": 8 of 12 questions for Kahoot\n");

    const auto cells = test::xlsx_cells(xlsx);
    // The title block, then the header row where Kahoot's template has it.
    CHECK(cells.at("B2") == "Miss You Already: a quiz for Kahoot");
    CHECK(cells.at("B3") == "Made by filmquiz from Miss You Already: 12 questions (seed 62).");
    for (const char* empty : {"A1", "B1", "B6", "B7", "A7"})
        CHECK(cells.count(empty) == 0);
    CHECK(cells.at("A8") == "#");
    CHECK(cells.at("B8") == "Question (max 120 characters)");
    CHECK(cells.at("C8") == "Answer 1 (max 75 characters)");
    CHECK(cells.at("D8") == "Answer 2 (max 75 characters)");
    CHECK(cells.at("E8") == "Answer 3 (max 75 characters)");
    CHECK(cells.at("F8") == "Answer 4 (max 75 characters)");
    CHECK(cells.at("G8") == "Time limit (sec)");
    CHECK(cells.at("H8") == "Correct answer(s)");

    // Rows spelled out: multiple choice with four answers, true/false with two.
    CHECK(cells.at("A9") == "1");
    CHECK(cells.at("B9") == "Who plays Ace in Miss You Already?");
    CHECK(cells.at("C9") == "Tyson Ritter");
    CHECK(cells.at("D9") == "Mem Ferda");
    CHECK(cells.at("E9") == "Dominic Cooper");
    CHECK(cells.at("F9") == "Paddy Considine");
    CHECK(cells.at("G9") == "20");
    CHECK(cells.at("H9") == "1");
    CHECK(cells.at("B10") == "Drew Barrymore plays Jess.");
    CHECK(cells.at("C10") == "True");
    CHECK(cells.at("D10") == "False");
    CHECK(cells.count("E10") == 0);
    CHECK(cells.at("H10") == "1");
    CHECK(cells.at("B11") == "Jess is Milly\u2019s cousin.");
    CHECK(cells.at("H11") == "2");
    CHECK(cells.at("A12") == "4");
    CHECK(cells.at("B12") == "What is Miss You Already adapted from?");
    CHECK(cells.at("C12") == "A radio play");
    CHECK(cells.at("F12") == "A short story");
    CHECK(cells.at("H12") == "1");

    // Every kept question, in order, against the JSON of the same round.
    const auto json = run_filmquiz("generate --seed 62 --count 12 --format json", kSource);
    const nlohmann::json qs = nlohmann::json::parse(json.out);
    int row = 9;
    for (std::size_t i = 0; i < qs.size(); ++i) {
        if (i == 2 || i == 5 || i == 7 || i == 9)
            continue;  // the four skipped above
        const std::string r_ = std::to_string(row);
        CAPTURE(r_);
        CHECK(cells.at("A" + r_) == std::to_string(row - 8));
        std::string prompt = qs[i]["prompt"];
        if (qs[i]["type"] == "true_false") {
            REQUIRE(prompt.starts_with("True or false: "));  // no fan-site one in this round
            prompt = prompt.substr(15);
            prompt[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(prompt[0])));
        }
        CHECK(cells.at("B" + r_) == prompt);
        const auto& choices = qs[i]["choices"];
        for (std::size_t c = 0; c < choices.size(); ++c)
            CHECK(cells.at(std::string(1, static_cast<char>('C' + c)) + r_) == choices[c]);
        CHECK(cells.at("G" + r_) == "20");
        CHECK(cells.at("H" + r_) == std::to_string(qs[i]["answer"].get<int>() + 1));
        ++row;
    }
    CHECK(row == 17);
    CHECK(cells.count("A17") == 0);
}

TEST_CASE("kahoot: the whole bank keeps every question that fits") {
    test::TempDir dir;
    const auto xlsx = dir.path() / "all.xlsx";
    const auto r = run_filmquiz(
        "generate --all --format kahoot --output " + test::shell_quote(xlsx.string()), kSource);
    REQUIRE(r.exit_code == 0);
    const auto cells = test::xlsx_cells(xlsx);
    std::size_t rows = 0;
    while (cells.count("A" + std::to_string(9 + rows)))
        ++rows;
    // One skip line per question left out, then the summary.
    const std::size_t skipped =
        static_cast<std::size_t>(std::count(r.err.begin(), r.err.end(), '\n')) - 2;
    CHECK(r.err.find(": " + std::to_string(rows) + " of " + std::to_string(rows + skipped) +
                     " questions for Kahoot\n") != std::string::npos);
    // Most of the bank fits: ordering and typed answers cannot, nor the longest lines.
    CHECK(rows >= 250);
    CHECK(rows * 4 >= (rows + skipped) * 3);
    for (std::size_t i = 0; i < rows; ++i) {
        const std::string row = std::to_string(9 + i);
        CHECK(core::utf8_length(cells.at("B" + row)) <= formats::kKahootQuestionLimit);
        for (const char column : {'C', 'D', 'E', 'F'}) {
            if (cells.count(column + row))
                CHECK(core::utf8_length(cells.at(column + row)) <= formats::kKahootAnswerLimit);
        }
    }
}

TEST_CASE("kahoot: to a pipe, and errors leave nothing behind") {
    const auto piped = run_filmquiz("generate --format kahoot --output -", kSource);
    CHECK(piped.exit_code == 0);
    CHECK(piped.out.starts_with("PK\x03\x04"));

    test::TempDir dir;
    const auto folder = dir.path() / "quiz.xlsx";
    std::filesystem::create_directory(folder);
    const auto r = run_filmquiz(
        "generate --format kahoot --output " + test::shell_quote(folder.string()), kSource);
    CHECK(r.exit_code == 1);
    CHECK(r.err.ends_with("filmquiz: generate: cannot write " + folder.string() +
                          ": Is a directory\n"));
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()),
                        std::filesystem::directory_iterator()) == 1);
}
