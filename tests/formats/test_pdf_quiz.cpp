// The printable quiz, read back with poppler-utils: pages, order, page size, fonts, errors.
#include <algorithm>
#include <sstream>
#include <tuple>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "formats/pdf_quiz.hpp"
#include "readback.hpp"
#include "test_support.hpp"

using namespace filmquiz;
using test::pdf_info;
using test::pdf_pages;
using test::pdf_text;
using test::run_filmquiz;
using test::squeeze_spaces;

namespace {

const std::filesystem::path kSource = FILMQUIZ_SOURCE_DIR;

nlohmann::json questions_json(const std::string& options) {
    const auto r = run_filmquiz("generate --format json " + options, kSource);
    REQUIRE(r.exit_code == 0);
    return nlohmann::json::parse(r.out);
}

// The page (1-based) whose text holds `needle`, or 0.
int page_holding(const std::vector<std::string>& pages, const std::string& needle) {
    for (std::size_t p = 0; p < pages.size(); ++p) {
        if (pages[p].find(needle) != std::string::npos)
            return static_cast<int>(p + 1);
    }
    return 0;
}

// pdftotext joins a word hyphenated at the end of a line and drops its hyphen, so
// "long-time" broken after "long-" reads back as "longtime": texts compare without hyphens.
// A line broken after a dash between words ("be\u2014right") reads back with a space
// after it; a dash with spaces around it stays as it is.
std::string comparable(const std::string& text) {
    std::string out = squeeze_spaces(text);
    std::erase(out, '-');
    const std::string spaced_dash = "\u2014 ";
    for (std::size_t at = out.find(spaced_dash); at != std::string::npos;
         at = out.find(spaced_dash, at + 1)) {
        if (at > 0 && out[at - 1] != ' ')
            out.erase(at + spaced_dash.size() - 1, 1);
    }
    return out;
}

std::vector<std::string> page_texts(const std::filesystem::path& pdf) {
    std::vector<std::string> pages;
    const int count = pdf_pages(pdf);
    for (int p = 1; p <= count; ++p)
        pages.push_back(comparable(pdf_text(pdf, p)));
    return pages;
}

// What the players' sheet prints for a prompt ("Type the name" is written on paper).
std::string printed(const nlohmann::json& q) {
    std::string prompt = q["prompt"];
    if (q["type"] == "type_in" && prompt.starts_with("Type "))
        prompt = "Write " + prompt.substr(5);
    return comparable(prompt);
}

// Checks the structure every printed quiz must have; returns the page texts.
std::vector<std::string> check_quiz(const std::filesystem::path& pdf, const nlohmann::json& qs,
                                    int first_key_page) {
    const std::vector<std::string> pages = page_texts(pdf);
    REQUIRE(first_key_page >= 2);
    const auto key = static_cast<std::size_t>(first_key_page);
    REQUIRE(key <= pages.size());
    // Title block first, the answer key on a page of its own, nowhere before.
    CHECK(pages[0].starts_with("Miss You Already Quiz \u2014 " + std::to_string(qs.size()) +
                               " questions Name or team Date "));
    CHECK(pages[key - 1].starts_with("Answer key Miss You Already \u00b7 Quiz \u2014 "));
    for (std::size_t p = 0; p < key - 1; ++p) {
        CAPTURE(p + 1);
        CHECK(pages[p].find("Answer key") == std::string::npos);
        CHECK(pages[p].find("Source: ") == std::string::npos);
        CHECK(pages[p].ends_with("Miss You Already \u00b7 Quiz \u00b7 page " +
                                 std::to_string(p + 1) + " of " + std::to_string(pages.size())));
    }
    for (std::size_t p = key - 1; p < pages.size(); ++p) {
        CHECK(pages[p].ends_with("Miss You Already \u00b7 Answer key \u00b7 page " +
                                 std::to_string(p + 1) + " of " + std::to_string(pages.size())));
    }
    // Every question, numbered, in order, each on one page with all of its options.
    std::string questions;
    for (std::size_t p = 0; p < key - 1; ++p)
        questions += pages[p] + " ";
    std::size_t at = 0;
    for (std::size_t i = 0; i < qs.size(); ++i) {
        const std::string numbered = std::to_string(i + 1) + ". " + printed(qs[i]);
        CAPTURE(numbered);
        const std::size_t found = questions.find(numbered, at);
        REQUIRE(found != std::string::npos);
        at = found + numbered.size();
        const int page = page_holding(pages, numbered);
        REQUIRE(page > 0);
        const std::string& text = pages[static_cast<std::size_t>(page - 1)];
        const std::size_t on_page = text.find(numbered);
        for (const auto& choice : qs[i]["choices"]) {
            CAPTURE(choice.get<std::string>());
            CHECK(text.find(comparable(choice.get<std::string>()), on_page) != std::string::npos);
        }
    }
    // The key: every answer's number, in order, after the heading.
    std::string answers;
    for (std::size_t p = key - 1; p < pages.size(); ++p)
        answers += pages[p] + " ";
    at = 0;
    for (std::size_t i = 0; i < qs.size(); ++i) {
        const std::string number = " " + std::to_string(i + 1) + ". ";
        const std::size_t found = answers.find(number, at);
        CAPTURE(number);
        REQUIRE(found != std::string::npos);
        at = found + number.size();
    }
    return pages;
}

}  // namespace

TEST_CASE("pdf: a round prints as numbered questions, then the answer key on its own page") {
    test::TempDir dir;
    const auto pdf = dir.path() / "quiz.pdf";
    const auto r = run_filmquiz(
        "generate --seed 62 --count 12 --format pdf --output " + test::shell_quote(pdf.string()),
        kSource);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.empty());
    CHECK(r.err ==
          "filmquiz: generate: " + pdf.string() + ": 4 pages, the answer key from page 3\n");
    CHECK(pdf_info(pdf, "Page size") == "595.276 x 841.89 pts (A4)");
    CHECK(pdf_pages(pdf) == 4);
    const nlohmann::json qs = questions_json("--seed 62 --count 12");
    const auto pages = check_quiz(pdf, qs, 3);

    // The key says which answer is right, with its explanation and sources.
    CHECK(pages[2].find("2. True True. Drew Barrymore plays Jess, Milly\u2019s best friend. ") !=
          std::string::npos);
    CHECK(pages[2].find("3. False False. A fan site gives this line to Jess; no other source "
                        "confirms it.") != std::string::npos);
    CHECK(pages[2].find("4. False False: Jess is Milly\u2019s best friend. In the film, Milly is "
                        "played by Toni Collette and Jess by Drew Barrymore.") !=
          std::string::npos);
    // Ordering: what each box should hold. Typed answers: a line to write on.
    CHECK(pages[2].find("10. A 1 \u00b7 B 4 \u00b7 C 3 \u00b7 D 2 ") != std::string::npos);
    CHECK(pages[1].find("8. What is the name of Jess\u2019s husband? Answer ") !=
          std::string::npos);
    // The game's fonts, embedded, and nothing else.
    const std::string fonts = test::checked_output("pdffonts " + test::shell_quote(pdf.string()));
    CHECK(fonts.find("NotoSerifDisplay-Bold") != std::string::npos);
    CHECK(fonts.find("NotoSans-Regular") != std::string::npos);
    CHECK(fonts.find("NotoSans-Bold") != std::string::npos);
    std::size_t font_lines = 0;
    std::size_t noto_lines = 0;
    std::istringstream lines(fonts);
    std::string line;
    for (int header = 0; header < 2 && std::getline(lines, line); ++header) {
    }
    while (std::getline(lines, line)) {
        ++font_lines;
        noto_lines += line.find("+Noto") != std::string::npos &&
                      line.find(" yes yes yes ") != std::string::npos;
    }
    CHECK(font_lines >= 3);
    CHECK(noto_lines == font_lines);

    // The same seed prints the same pages.
    const auto again = dir.path() / "again.pdf";
    REQUIRE(run_filmquiz("generate --seed 62 --count 12 --format pdf --output " +
                             test::shell_quote(again.string()),
                         kSource)
                .exit_code == 0);
    CHECK(page_texts(again) == pages);
}

TEST_CASE("pdf: US Letter, a 20-question round") {
    test::TempDir dir;
    const auto pdf = dir.path() / "letter.pdf";
    const auto r = run_filmquiz(
        "generate --seed 3 --count 20 --paper letter --format pdf "
        "--output " +
            test::shell_quote(pdf.string()),
        kSource);
    REQUIRE(r.exit_code == 0);
    CHECK(r.err ==
          "filmquiz: generate: " + pdf.string() + ": 5 pages, the answer key from page 4\n");
    CHECK(pdf_info(pdf, "Page size") == "612 x 792 pts (letter)");
    check_quiz(pdf, questions_json("--seed 3 --count 20"), 4);
}

TEST_CASE("pdf: the whole bank prints, every question in order") {
    test::TempDir dir;
    const auto pdf = dir.path() / "all.pdf";
    const auto r = run_filmquiz(
        "generate --all --format pdf --output " + test::shell_quote(pdf.string()), kSource);
    REQUIRE(r.exit_code == 0);
    // No character of the bank is missing from the fonts (it would print as a box).
    CHECK(r.err.find("warning") == std::string::npos);
    const nlohmann::json qs = questions_json("--all");
    const std::string summary = test::squeeze_spaces(r.err);
    const std::string marker = "the answer key from page ";
    REQUIRE(summary.find(marker) != std::string::npos);
    const int key = std::stoi(summary.substr(summary.find(marker) + marker.size()));
    CHECK(r.err.find(": " + std::to_string(pdf_pages(pdf)) + " pages, ") != std::string::npos);
    CHECK(key > static_cast<int>(qs.size() / 10));
    check_quiz(pdf, qs, key);
}

TEST_CASE("pdf: pages render to images of the paper's size") {
    test::TempDir dir;
    for (const auto& [paper, width, height] :
         {std::tuple{"a4", 249, 351}, std::tuple{"letter", 255, 330}}) {
        CAPTURE(paper);
        const auto pdf = dir.path() / (std::string(paper) + ".pdf");
        REQUIRE(run_filmquiz("generate --seed 5 --paper " + std::string(paper) +
                                 " --format pdf --output " + test::shell_quote(pdf.string()),
                             kSource)
                    .exit_code == 0);
        const auto prefix = dir.path() / paper;
        test::checked_output("pdftoppm -png -r 30 -f 1 -l 1 " + test::shell_quote(pdf.string()) +
                             " " + test::shell_quote(prefix.string()));
        const auto png = dir.path() / (std::string(paper) + "-1.png");
        const auto size = test::png_size(test::read_text(png));
        CHECK(size.first == width);
        CHECK(size.second == height);

        // Ink on the page, within the margins: at 72 dpi one pixel is one point.
        const test::Image page = test::render_page_gray(pdf, 1, 72);
        int dark = 0;
        int left = page.width;
        int right = 0;
        for (int y = 0; y < page.height; ++y) {
            for (int x = 0; x < page.width; ++x) {
                if (page.gray[static_cast<std::size_t>(y * page.width + x)] < 128) {
                    ++dark;
                    left = std::min(left, x);
                    right = std::max(right, x);
                }
            }
        }
        CHECK(dark > 5000);
        CHECK(left >= 56);
        CHECK(right <= page.width - 56);
    }
}

TEST_CASE("pdf: accents, curly quotes and dashes print in the game's fonts") {
    core::Pack pack;
    pack.title = "Am\u00e9lie \u2014 \u201cLe Fabuleux Destin\u201d";
    pack.sources.push_back(
        {"s", "Caf\u00e9 des Deux Moulins\u2019 menu", "", core::Reliability::high, "", ""});
    core::Question q;
    q.type = core::QuestionType::multiple_choice;
    q.prompt =
        "Which caf\u00e9 does Am\u00e9lie work in \u2014 \u201cthe\u201d one in "
        "Montmartre? \u2018Na\u00efve\u2019 guesses\u2026";
    q.choices = {"Deux Moulins", "Caf\u00e9 de Flore", "Les Deux Magots", "Z\u00f6e\u2019s"};
    q.answer = 0;
    q.explanation = "She works at the Caf\u00e9 des 2 Moulins \u2013 in the 18th.";
    q.sources = {"s"};

    test::TempDir dir;
    formats::PdfQuizOptions options;
    options.font_dir = kSource / "assets" / "fonts";
    auto rendered = formats::render_pdf_quiz(pack, {q}, options);
    REQUIRE(std::holds_alternative<formats::PdfQuiz>(rendered));
    const auto& quiz = std::get<formats::PdfQuiz>(rendered);
    CHECK(quiz.missing_glyphs == 0);
    CHECK(quiz.pages == 2);
    CHECK(quiz.first_key_page == 2);
    const auto pdf = dir.path() / "unicode.pdf";
    test::write_text(pdf, quiz.bytes);
    const std::string text = squeeze_spaces(pdf_text(pdf));
    CHECK(text.find(pack.title) != std::string::npos);
    CHECK(text.find("1. " + q.prompt) != std::string::npos);
    CHECK(text.find("Z\u00f6e\u2019s") != std::string::npos);
    CHECK(text.find(q.explanation + " Source: Caf\u00e9 des Deux Moulins\u2019 menu") !=
          std::string::npos);

    // Characters the fonts lack are counted, so a quiz that would print boxes is noticed.
    q.prompt = "Which film is \u6620\u753b?";
    rendered = formats::render_pdf_quiz(pack, {q}, options);
    REQUIRE(std::holds_alternative<formats::PdfQuiz>(rendered));
    CHECK(std::get<formats::PdfQuiz>(rendered).missing_glyphs == 2);
}

TEST_CASE("pdf: a question never splits across pages, whatever its length") {
    core::Pack pack;
    pack.title = "Long";
    std::vector<core::Question> questions;
    for (int i = 0; i < 40; ++i) {
        core::Question q;
        q.type = core::QuestionType::ordering;
        q.prompt = "Put these events in story order, first to last (" + std::to_string(i) + ").";
        for (int c = 0; c < 4; ++c) {
            q.choices.push_back("Event " + std::to_string(i) + " item " + std::to_string(c) +
                                " with words enough to wrap onto a second line of the column "
                                "on either paper size, twice over if need be, and then some.");
        }
        q.order = {3, 2, 1, 0};
        q.explanation = "Backwards.";
        questions.push_back(q);
    }
    test::TempDir dir;
    formats::PdfQuizOptions options;
    options.font_dir = kSource / "assets" / "fonts";
    options.paper = formats::Paper::letter;
    auto rendered = formats::render_pdf_quiz(pack, questions, options);
    REQUIRE(std::holds_alternative<formats::PdfQuiz>(rendered));
    const auto pdf = dir.path() / "long.pdf";
    test::write_text(pdf, std::get<formats::PdfQuiz>(rendered).bytes);
    const auto pages = page_texts(pdf);
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const int page =
            page_holding(pages, comparable(std::to_string(i + 1) + ". " + questions[i].prompt));
        REQUIRE(page > 0);
        for (const std::string& choice : questions[i].choices)
            CHECK(page_holding(pages, comparable(choice)) == page);
    }
}

TEST_CASE("pdf: refuses a terminal and a missing --output, with the reason") {
    const auto missing = run_filmquiz("generate --format pdf", kSource);
    CHECK(missing.exit_code == 2);
    CHECK(missing.out.empty());
    CHECK(missing.err ==
          "filmquiz: generate: --format pdf writes a PDF: add --output FILE.pdf (or --output - "
          "to pipe it)\n");
    const auto kahoot = run_filmquiz("generate --format kahoot", kSource);
    CHECK(kahoot.exit_code == 2);
    CHECK(kahoot.err ==
          "filmquiz: generate: --format kahoot writes a spreadsheet: add --output FILE.xlsx (or "
          "--output - to pipe it)\n");

    // `script` gives filmquiz a terminal as its standard output.
    const auto terminal = test::run_command(
        "cd " + test::shell_quote(kSource.string()) + " && script -qec " +
        test::shell_quote(std::string("'" FILMQUIZ_BINARY "' generate --format pdf --output -")) +
        " /dev/null");
    CHECK(terminal.exit_code == 2);
    CHECK(terminal.out ==
          "filmquiz: generate: --format pdf: not writing a PDF to a terminal: use --output "
          "FILE.pdf or pipe it\r\n");

    const auto piped = run_filmquiz("generate --format pdf --output -", kSource);
    CHECK(piped.exit_code == 0);
    CHECK(piped.out.starts_with("%PDF-1."));
    CHECK(piped.err.starts_with("filmquiz: generate: standard output: "));

    const auto paper = run_filmquiz("generate --format pdf --paper a5 --output x.pdf", kSource);
    CHECK(paper.exit_code == 2);
    CHECK(paper.err.find("--paper: a5 not in {a4,letter}") != std::string::npos);
    const auto help = run_filmquiz("generate --help", kSource);
    CHECK(help.out.find("--paper TEXT:{a4,letter}=a4 Paper size for pdf: a4 or letter\n") !=
          std::string::npos);
}

TEST_CASE("pdf: errors leave no file behind and keep the old one") {
    test::TempDir dir;
    // A folder that does not exist, and a target that is a folder.
    const auto nowhere = dir.path() / "no-such-folder" / "quiz.pdf";
    const auto r = run_filmquiz(
        "generate --format pdf --output " + test::shell_quote(nowhere.string()), kSource);
    CHECK(r.exit_code == 1);
    CHECK(r.err ==
          "filmquiz: generate: cannot write " + nowhere.string() + ": No such file or directory\n");
    const auto folder = dir.path() / "folder.pdf";
    std::filesystem::create_directory(folder);
    const auto f = run_filmquiz(
        "generate --format pdf --output " + test::shell_quote(folder.string()), kSource);
    CHECK(f.exit_code == 1);
    CHECK(f.err == "filmquiz: generate: cannot write " + folder.string() + ": Is a directory\n");
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()),
                        std::filesystem::directory_iterator()) == 1);

    // Content without fonts: one line naming the font; the old quiz stays as it was.
    const auto content = dir.path() / "content";
    std::filesystem::create_directories(content / "assets" / "fonts");
    std::filesystem::create_directory_symlink(kSource / "questions", content / "questions");
    test::write_text(dir.path() / "quiz.pdf", "the old quiz");
    const auto fonts =
        run_filmquiz("--content-dir content generate --format pdf --output quiz.pdf", dir.path());
    CHECK(fonts.exit_code == 1);
    CHECK(fonts.out.empty());
    CHECK(fonts.err ==
          "filmquiz: generate: missing font content/assets/fonts/NotoSans-Regular.ttf\n");
    CHECK(test::read_text(dir.path() / "quiz.pdf") == "the old quiz");

    // A font file that is not a font.
    test::write_text(content / "assets" / "fonts" / "NotoSans-Regular.ttf", "not a font");
    const auto bad =
        run_filmquiz("--content-dir content generate --format pdf --output quiz.pdf", dir.path());
    CHECK(bad.exit_code == 1);
    CHECK(bad.err ==
          "filmquiz: generate: cannot load font "
          "content/assets/fonts/NotoSans-Regular.ttf: not a font file\n");
    CHECK(test::read_text(dir.path() / "quiz.pdf") == "the old quiz");
    std::vector<std::string> left;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
        left.push_back(entry.path().filename().string());
    std::sort(left.begin(), left.end());
    CHECK(left == std::vector<std::string>{"content", "folder.pdf", "quiz.pdf"});
}

TEST_CASE("generate --output writes text and JSON to a file") {
    test::TempDir dir;
    const auto file = dir.path() / "quiz.txt";
    const auto r =
        run_filmquiz("generate --seed 3 --output " + test::shell_quote(file.string()), kSource);
    CHECK(r.exit_code == 0);
    CHECK(r.out.empty());
    CHECK(test::read_text(file) == run_filmquiz("generate --seed 3", kSource).out);
}
