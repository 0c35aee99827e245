// The printable quiz: questions, then the answer key on its own pages, as a PDF.
#pragma once

#include <filesystem>
#include <string>
#include <variant>
#include <vector>

#include "core/pack.hpp"
#include "core/question.hpp"

namespace filmquiz::formats {

enum class Paper { a4, letter };

struct PdfQuizOptions {
    Paper paper = Paper::a4;
    // Folder holding the game's fonts (NotoSans-Regular.ttf, NotoSans-Bold.ttf,
    // NotoSerifDisplay-Bold.ttf); only these are used, never the system's fonts.
    std::filesystem::path font_dir;
};

struct PdfQuiz {
    std::string bytes;  // the whole PDF
    int pages = 0;
    int first_key_page = 0;  // 1-based page where the answer key starts
    // Characters that the fonts lack and that print as a box; zero for every bundled pack.
    int missing_glyphs = 0;
};

// Lays out and renders the quiz; a one-line error when the fonts cannot be loaded or Cairo
// fails. `questions` must not be empty.
std::variant<PdfQuiz, std::string> render_pdf_quiz(const core::Pack& pack,
                                                   const std::vector<core::Question>& questions,
                                                   const PdfQuizOptions& options);

}  // namespace filmquiz::formats
