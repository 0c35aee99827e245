#include "cli/generate_output.hpp"

#include <fstream>
#include <iostream>
#include <iterator>
#include <unistd.h>

#include "cli/generate_command.hpp"
#include "cli/output_file.hpp"
#include "formats/kahoot_xlsx.hpp"
#include "formats/pdf_quiz.hpp"
#include "formats/question_export.hpp"

namespace filmquiz::cli {

namespace {

constexpr const char* kPrefix = "filmquiz: generate: ";

bool is_binary(const std::string& format) {
    return format == "pdf" || format == "kahoot";
}

bool to_standard_output(const GenerateOptions& options) {
    return !options.output || *options.output == "-";
}

// Only the process's own standard output can be a terminal; a test's string stream is not.
bool is_terminal(const std::ostream& out) {
    return &out == &std::cout && ::isatty(STDOUT_FILENO) == 1;
}

// Sends finished bytes to standard output or, whole or not at all, to the --output file.
int deliver(const GenerateOptions& options, const std::string& bytes, std::ostream& out,
            std::ostream& err) {
    if (to_standard_output(options)) {
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out) {
            err << kPrefix << "cannot write to standard output\n";
            return 1;
        }
        return 0;
    }
    if (const auto error = write_file_whole(*options.output, bytes)) {
        err << kPrefix << *error << '\n';
        return 1;
    }
    return 0;
}

std::string output_name(const GenerateOptions& options) {
    return to_standard_output(options) ? std::string("standard output") : *options.output;
}

int write_pdf(const GenerateOptions& options, const content::ContentDir& content,
              const core::Pack& pack, const std::vector<core::Question>& questions,
              std::ostream& out, std::ostream& err) {
    formats::PdfQuizOptions pdf;
    pdf.paper = options.paper == "letter" ? formats::Paper::letter : formats::Paper::a4;
    pdf.font_dir = content.assets() / "fonts";
    auto rendered = formats::render_pdf_quiz(pack, questions, pdf);
    if (const auto* error = std::get_if<std::string>(&rendered)) {
        err << kPrefix << *error << '\n';
        return 1;
    }
    const formats::PdfQuiz& quiz = std::get<formats::PdfQuiz>(rendered);
    if (quiz.missing_glyphs > 0) {
        err << kPrefix << "warning: the game's fonts lack " << quiz.missing_glyphs
            << " characters of these questions, which print as boxes\n";
    }
    if (const int status = deliver(options, quiz.bytes, out, err); status != 0)
        return status;
    err << kPrefix << output_name(options) << ": " << quiz.pages
        << " pages, the answer key from page " << quiz.first_key_page << '\n';
    return 0;
}

int write_kahoot(const GenerateOptions& options, const core::Pack& pack,
                 const std::vector<core::Question>& questions, const std::string& heading,
                 std::ostream& out, std::ostream& err) {
    const formats::KahootQuiz quiz = formats::to_kahoot(questions);
    for (const formats::KahootSkip& skip : quiz.skipped) {
        err << kPrefix << "question " << skip.index + 1 << " skipped (" << skip.reason
            << "): " << questions[skip.index].prompt << '\n';
    }
    if (quiz.rows.empty()) {
        err << kPrefix << "none of these questions fits Kahoot's quiz sheet\n";
        return 1;
    }
    formats::KahootSheetText text;
    text.title = pack.title + ": a quiz for Kahoot";
    text.about = "Made by filmquiz from " + heading + ".";

    // libxlsxwriter writes only to a named file, so standard output gets a copy of one.
    const bool piped = to_standard_output(options);
    std::filesystem::path target;
    if (piped) {
        std::error_code ec;
        target = std::filesystem::temp_directory_path(ec) / "quiz.xlsx";
        if (ec) {
            err << kPrefix << "no folder for temporary files: " << ec.message() << '\n';
            return 1;
        }
    } else {
        target = *options.output;
    }
    auto pending = PendingFile::create(target);
    if (const auto* error = std::get_if<std::string>(&pending)) {
        err << kPrefix << *error << '\n';
        return 1;
    }
    PendingFile& file = std::get<PendingFile>(pending);
    if (const auto error = formats::write_kahoot_xlsx(file.temp_path(), quiz, text)) {
        err << kPrefix << output_name(options) << ": " << *error << '\n';
        return 1;
    }
    if (piped) {
        std::ifstream in(file.temp_path(), std::ios::binary);
        const std::string bytes{std::istreambuf_iterator<char>(in), {}};
        if (!in.is_open() || in.bad()) {
            err << kPrefix << "cannot read back the spreadsheet\n";
            return 1;
        }
        if (const int status = deliver(options, bytes, out, err); status != 0)
            return status;
    } else if (const auto error = file.commit()) {
        err << kPrefix << *error << '\n';
        return 1;
    }
    err << kPrefix << output_name(options) << ": " << quiz.rows.size() << " of " << questions.size()
        << " questions for Kahoot\n";
    return 0;
}

}  // namespace

std::optional<int> check_generate_output(const GenerateOptions& options, const std::ostream& out,
                                         std::ostream& err) {
    if (!is_binary(options.format))
        return std::nullopt;
    const std::string what = options.format == "pdf" ? "a PDF" : "a spreadsheet";
    const std::string file = options.format == "pdf" ? "FILE.pdf" : "FILE.xlsx";
    if (!options.output) {
        err << kPrefix << "--format " << options.format << " writes " << what << ": add --output "
            << file << " (or --output - to pipe it)\n";
        return kUsageError;
    }
    if (*options.output == "-" && is_terminal(out)) {
        err << kPrefix << "--format " << options.format << ": not writing " << what
            << " to a terminal: use --output " << file << " or pipe it\n";
        return kUsageError;
    }
    return std::nullopt;
}

bool streams_to_standard_output(const GenerateOptions& options) {
    return (options.format == "text" || options.format == "json") && to_standard_output(options);
}

int write_generated(const GenerateOptions& options, const content::ContentDir& content,
                    const core::Pack& pack, const std::vector<core::Question>& questions,
                    const std::string& heading, std::ostream& out, std::ostream& err) {
    if (options.format == "pdf")
        return write_pdf(options, content, pack, questions, out, err);
    if (options.format == "kahoot")
        return write_kahoot(options, pack, questions, heading, out, err);
    if (options.format == "gift" || options.format == "aiken") {
        // Moodle's formats say on standard error which questions they cannot hold.
        const formats::Export exported = options.format == "gift"
                                             ? formats::to_gift(questions, heading)
                                             : formats::to_aiken(questions);
        for (const std::string& note : exported.notes)
            err << kPrefix << note << '\n';
        if (exported.notes.size() == questions.size()) {
            err << kPrefix << "none of these questions has a " << options.format << " form\n";
            return 1;
        }
        return deliver(options, exported.text, out, err);
    }
    const std::string text = options.format == "json" ? questions_to_json(questions)
                                                      : questions_to_text(pack, questions, heading);
    return deliver(options, text, out, err);
}

}  // namespace filmquiz::cli
