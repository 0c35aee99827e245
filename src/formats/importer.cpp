#include "formats/importer.hpp"

#include <algorithm>
#include <array>

#include "core/text.hpp"
#include "formats/aiken_reader.hpp"
#include "formats/csv_reader.hpp"
#include "formats/gift_reader.hpp"
#include "formats/opentdb_reader.hpp"
#include "formats/source_text.hpp"

namespace filmquiz::formats {

namespace {

constexpr std::array<std::pair<Format, std::string_view>, 4> kFormats{{
    {Format::gift, "gift"},
    {Format::aiken, "aiken"},
    {Format::csv, "csv"},
    {Format::opentdb, "opentdb"},
}};

bool has_aiken_answer_line(std::string_view text) {
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string line = core::trim(text.substr(start, end - start));
        if (line.rfind("ANSWER:", 0) == 0)
            return true;
        start = end + 1;
    }
    return false;
}

}  // namespace

std::string_view to_string(Format f) {
    for (const auto& [format, name] : kFormats) {
        if (format == f)
            return name;
    }
    return "?";
}

std::optional<Format> format_from_string(std::string_view s) {
    for (const auto& [format, name] : kFormats) {
        if (name == s)
            return format;
    }
    return std::nullopt;
}

std::optional<Format> guess_format(const std::filesystem::path& file, std::string_view text) {
    const std::string extension = core::fold_case(file.extension().string());
    if (extension == ".gift")
        return Format::gift;
    if (extension == ".aiken")
        return Format::aiken;
    if (extension == ".csv" || extension == ".tsv")
        return Format::csv;
    if (extension == ".json")
        return Format::opentdb;
    // No telling extension: Aiken ends every question with an ANSWER line, GIFT puts its
    // answers in braces, Open Trivia DB is a JSON object.
    const std::size_t first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (first != std::string_view::npos && text[first] == '{' &&
        text.find("\"results\"") != std::string_view::npos)
        return Format::opentdb;
    if (has_aiken_answer_line(text))
        return Format::aiken;
    if (text.find('{') != std::string_view::npos && text.find('}') != std::string_view::npos)
        return Format::gift;
    if (extension != ".txt" && text.find(',') != std::string_view::npos)
        return Format::csv;
    return std::nullopt;
}

Import import_text(std::string bytes, std::optional<Format> format,
                   const std::string& display_name) {
    Problems problems;
    Import result;
    if (!format)
        format = guess_format(display_name, bytes);
    if (!format) {
        problems.error(display_name, {0, 0},
                       "cannot tell the format of this file; name it with --format gift, "
                       "aiken, csv or opentdb");
        result.diagnostics = problems.finish(display_name);
        return result;
    }
    const auto source = check_source(std::move(bytes), display_name, problems);
    std::vector<SetQuestion> questions;
    if (source) {
        switch (*format) {
            case Format::gift:
                questions = read_gift(*source, problems);
                break;
            case Format::aiken:
                questions = read_aiken(*source, problems);
                break;
            case Format::csv:
                questions = read_csv_questions(*source, problems);
                break;
            case Format::opentdb:
                questions = read_opentdb(*source, problems);
                break;
        }
        if (questions.empty() && !problems.has_errors()) {
            problems.error(
                display_name, {0, 0},
                "no question to import (read as " + std::string(to_string(*format)) + ")");
        }
    }
    result.diagnostics = problems.finish(display_name);
    if (problems.has_errors())
        return result;
    QuestionSet set;
    set.title = std::filesystem::path(display_name).stem().string();
    set.imported_file = display_name;
    set.imported_format = std::string(to_string(*format));
    set.questions = std::move(questions);
    result.set = std::move(set);
    return result;
}

Import import_file(const std::filesystem::path& path, std::optional<Format> format,
                   const std::string& display_name) {
    Problems problems;
    auto bytes = read_source_file(path, display_name, problems);
    if (!bytes) {
        Import result;
        result.diagnostics = problems.finish(display_name);
        return result;
    }
    return import_text(std::move(*bytes), format, display_name);
}

}  // namespace filmquiz::formats
