#include <doctest/doctest.h>

#include "content/pack_loader.hpp"
#include "core/generator.hpp"
#include "formats/importer.hpp"
#include "formats/question_export.hpp"

using filmquiz::core::Question;
using filmquiz::core::QuestionType;
using filmquiz::formats::Format;
using filmquiz::formats::import_text;
using filmquiz::formats::to_aiken;
using filmquiz::formats::to_gift;

namespace {

Question question(QuestionType type, std::string prompt, std::vector<std::string> choices,
                  int answer) {
    Question q;
    q.id = "q1";
    q.type = type;
    q.prompt = std::move(prompt);
    q.choices = std::move(choices);
    q.answer = answer;
    return q;
}

std::vector<Question> every_bundled_question() {
    const auto load = filmquiz::content::load_pack(
        std::filesystem::path(FILMQUIZ_SOURCE_DIR) / "questions" / "miss-you-already", "pack");
    REQUIRE(load.pack.has_value());
    static filmquiz::core::Pack pack;
    pack = *load.pack;
    return filmquiz::core::QuestionBank(pack).all(7);
}

// What a teacher's round trip must keep: the text, the options and which is right, the
// accepted answers and the explanation.
void check_same(const Question& a, const Question& b) {
    CAPTURE(a.id);
    CHECK(b.type == a.type);
    CHECK(b.prompt == a.prompt);
    CHECK(b.choices == a.choices);
    CHECK(b.answer == a.answer);
    CHECK(b.order == a.order);
    CHECK(b.accept == a.accept);
}

}  // namespace

TEST_CASE("GIFT export writes each type with its escapes") {
    std::vector<Question> qs;
    qs.push_back(question(QuestionType::multiple_choice, "Who says: \"{Hi} = #1\"?",
                          {"Milly", "Jess ~ Jay", "Kit: 2"}, 1));
    qs.back().explanation = "Jess, at 0:45.";
    qs.push_back(
        question(QuestionType::true_false, "Milly has two children.", {"True", "False"}, 0));
    qs.back().id = "tf:1";
    qs.push_back(question(QuestionType::type_in, "Who plays Milly?", {}, -1));
    qs.back().id = "t";
    qs.back().accept = {"Toni Collette", "Collette"};
    qs.push_back(question(QuestionType::ordering, "Put in story order.", {"C", "A", "B"}, -1));
    qs.back().id = "o";
    qs.back().order = {1, 2, 0};
    const auto exported = to_gift(qs, "Quiz: 4 questions");
    CHECK(exported.notes.empty());
    CHECK(exported.text ==
          "// Quiz: 4 questions\n"
          "// GIFT format: in Moodle, Question bank > Import > GIFT format.\n"
          "\n::q1::Who says\\: \"\\{Hi\\} \\= \\#1\"? {\n"
          "\t~Milly\n\t=Jess \\~ Jay\n\t~Kit\\: 2\n\t####Jess, at 0\\:45.\n}\n"
          "\n::tf\\:1::Milly has two children. {TRUE}\n"
          "\n::t::Who plays Milly? {\n\t=Toni Collette\n\t=Collette\n}\n"
          "\n::o::Put in story order. {\n\t=C -> 3\n\t=A -> 1\n\t=B -> 2\n}\n");
}

TEST_CASE("GIFT export leaves out what GIFT would misread, and says why") {
    std::vector<Question> qs;
    qs.push_back(question(QuestionType::multiple_choice, "Which?", {"a -> b", "c"}, 0));
    qs.push_back(question(QuestionType::multiple_choice, "Which?", {"%50% off", "c"}, 0));
    qs.push_back(question(QuestionType::ordering, "Order?", {"a", "b"}, -1));
    qs.back().order = {0, 1};
    const auto exported = to_gift(qs, "h");
    CHECK(exported.notes ==
          std::vector<std::string>{
              "q1: an answer holds \"->\", which GIFT reads as a matching pair; left out",
              "q1: an answer starts with \"%\", which GIFT reads as a weight; left out",
              "q1: GIFT's matching form of an ordering question needs 3 or 4 items; left out"});
}

TEST_CASE("Aiken export writes multiple choice and true/false only") {
    std::vector<Question> qs;
    qs.push_back(question(QuestionType::multiple_choice, "Who plays Jess?",
                          {"Drew Barrymore", "Toni Collette"}, 0));
    qs.push_back(
        question(QuestionType::true_false, "Jess is Milly's friend.", {"True", "False"}, 0));
    qs.push_back(question(QuestionType::type_in, "Who?", {}, -1));
    qs.back().id = "typed";
    qs.push_back(question(QuestionType::multiple_choice, "A. trick", {"x", "y"}, 0));
    qs.back().id = "trick";
    const auto exported = to_aiken(qs);
    CHECK(exported.text ==
          "Who plays Jess?\nA. Drew Barrymore\nB. Toni Collette\nANSWER: A\n\n"
          "Jess is Milly's friend.\nA. True\nB. False\nANSWER: A\n\n");
    CHECK(exported.notes == std::vector<std::string>{
                                "typed: a typed-answer question has no Aiken form; left out",
                                "trick: its text cannot be written in Aiken unchanged; left out"});
}

TEST_CASE("every bundled question survives generate -> GIFT -> import") {
    const std::vector<Question> all = every_bundled_question();
    REQUIRE(all.size() > 300);
    const auto exported = to_gift(all, "every question");
    CHECK(exported.notes.empty());
    const auto imported = import_text(exported.text, Format::gift, "round.gift");
    CHECK(imported.diagnostics.format() == "");
    REQUIRE(imported.set.has_value());
    REQUIRE(imported.set->questions.size() == all.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Question& back = imported.set->questions[i].question;
        check_same(all[i], back);
        CHECK(back.explanation == all[i].explanation);
    }
}

TEST_CASE("every bundled multiple-choice and true/false question survives Aiken") {
    std::vector<Question> asked;
    for (const Question& q : every_bundled_question()) {
        if (q.type == QuestionType::multiple_choice || q.type == QuestionType::true_false)
            asked.push_back(q);
    }
    REQUIRE(asked.size() > 200);
    const auto exported = to_aiken(asked);
    CHECK(exported.notes.empty());
    const auto imported = import_text(exported.text, Format::aiken, "round.txt");
    CHECK(imported.diagnostics.format() == "");
    REQUIRE(imported.set.has_value());
    REQUIRE(imported.set->questions.size() == asked.size());
    // Aiken has no feedback, so explanations do not travel.
    for (std::size_t i = 0; i < asked.size(); ++i)
        check_same(asked[i], imported.set->questions[i].question);
}
