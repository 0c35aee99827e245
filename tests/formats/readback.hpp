// Reads back what the exporters wrote with independent tools: poppler-utils for PDFs,
// unzip and a small XML scan for .xlsx files.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <regex>
#include <stdexcept>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace filmquiz::test {

inline std::string shell_quote(const std::string& text) {
    std::string out = "'";
    for (const char c : text)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// Runs a shell command; its standard output and error are captured in files, so binary
// output survives.
inline ProcessResult run_command(const std::string& command) {
    TempDir capture;
    const std::string full = "(" + command + ") >" +
                             shell_quote((capture.path() / "out").string()) + " 2>" +
                             shell_quote((capture.path() / "err").string());
    const int status = std::system(full.c_str());
    ProcessResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = read_text(capture.path() / "out");
    result.err = read_text(capture.path() / "err");
    return result;
}

inline std::string checked_output(const std::string& command) {
    const ProcessResult r = run_command(command);
    if (r.exit_code != 0)
        throw std::runtime_error(command + " failed: " + r.err);
    return r.out;
}

// Runs of white space (line breaks included) become one space, so text wrapped differently
// on the page still compares equal.
inline std::string squeeze_spaces(const std::string& text) {
    std::string out;
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            space = !out.empty();
        } else {
            if (space)
                out += ' ';
            space = false;
            out += c;
        }
    }
    return out;
}

// The text of one page (1-based), or of the whole document with page 0, in reading order.
inline std::string pdf_text(const std::filesystem::path& pdf, int page = 0) {
    std::string range;
    if (page > 0)
        range = " -f " + std::to_string(page) + " -l " + std::to_string(page);
    return checked_output("pdftotext -enc UTF-8" + range + " " + shell_quote(pdf.string()) + " -");
}

// A field of pdfinfo's report: "Pages", "Page size", ...
inline std::string pdf_info(const std::filesystem::path& pdf, const std::string& field) {
    const std::string info = checked_output("pdfinfo " + shell_quote(pdf.string()));
    const std::regex line("(^|\n)" + field + ":[ ]*([^\n]*)");
    std::smatch match;
    if (!std::regex_search(info, match, line))
        throw std::runtime_error("pdfinfo has no " + field);
    return match[2];
}

inline int pdf_pages(const std::filesystem::path& pdf) {
    return std::stoi(pdf_info(pdf, "Pages"));
}

struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> gray;  // one byte per pixel, row by row
};

// Renders one page to 8-bit grey with pdftoppm and reads the PGM it writes.
inline Image render_page_gray(const std::filesystem::path& pdf, int page, int dpi) {
    const std::string pgm =
        checked_output("pdftoppm -gray -r " + std::to_string(dpi) + " -f " + std::to_string(page) +
                       " -l " + std::to_string(page) + " " + shell_quote(pdf.string()));
    const std::regex header("^P5\\s+(\\d+)\\s+(\\d+)\\s+255\\s");
    std::smatch match;
    if (!std::regex_search(pgm, match, header))
        throw std::runtime_error("pdftoppm did not write an 8-bit PGM");
    Image image;
    image.width = std::stoi(match[1]);
    image.height = std::stoi(match[2]);
    const std::size_t start = static_cast<std::size_t>(match.length(0));
    image.gray.assign(pgm.begin() + static_cast<std::ptrdiff_t>(start), pgm.end());
    if (image.gray.size() != static_cast<std::size_t>(image.width) * image.height)
        throw std::runtime_error("truncated PGM");
    return image;
}

// Width and height from a PNG's IHDR chunk; throws when the file is not a PNG.
inline std::pair<int, int> png_size(const std::string& png) {
    const std::string signature = "\x89PNG\r\n\x1a\n";
    if (png.size() < 24 || png.compare(0, signature.size(), signature) != 0 ||
        png.compare(12, 4, "IHDR") != 0) {
        throw std::runtime_error("not a PNG");
    }
    auto be32 = [&](std::size_t at) {
        int v = 0;
        for (std::size_t i = 0; i < 4; ++i)
            v = v * 256 + static_cast<unsigned char>(png[at + i]);
        return v;
    };
    return {be32(16), be32(20)};
}

inline std::string unzip_member(const std::filesystem::path& zip, const std::string& member) {
    return checked_output("unzip -p " + shell_quote(zip.string()) + " " + shell_quote(member));
}

inline std::string xml_unescape(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '&') {
            out += text[i];
            continue;
        }
        const std::size_t end = text.find(';', i);
        const std::string entity = text.substr(i + 1, end - i - 1);
        if (entity == "amp")
            out += '&';
        else if (entity == "lt")
            out += '<';
        else if (entity == "gt")
            out += '>';
        else if (entity == "quot")
            out += '"';
        else if (entity == "apos")
            out += '\'';
        else
            throw std::runtime_error("unexpected XML entity &" + entity + ";");
        i = end;
    }
    return out;
}

// The first sheet of an .xlsx as cell reference -> text ("B9" -> "Who plays Milly?");
// numbers as written in the file ("20"), shared strings resolved.
inline std::map<std::string, std::string> xlsx_cells(const std::filesystem::path& xlsx) {
    std::vector<std::string> shared;
    const std::string strings = unzip_member(xlsx, "xl/sharedStrings.xml");
    const std::regex item("<si><t(?: xml:space=\"preserve\")?>([^<]*)</t></si>");
    for (auto it = std::sregex_iterator(strings.begin(), strings.end(), item);
         it != std::sregex_iterator(); ++it) {
        shared.push_back(xml_unescape((*it)[1]));
    }
    std::map<std::string, std::string> cells;
    const std::string sheet = unzip_member(xlsx, "xl/worksheets/sheet1.xml");
    const std::regex cell(
        "<c r=\"([A-Z]+[0-9]+)\"(?: s=\"[0-9]+\")?( t=\"s\")?><v>([^<]*)</v></c>");
    for (auto it = std::sregex_iterator(sheet.begin(), sheet.end(), cell);
         it != std::sregex_iterator(); ++it) {
        const std::string value = (*it)[3];
        cells[(*it)[1]] = (*it)[2].matched ? shared.at(std::stoul(value)) : value;
    }
    return cells;
}

}  // namespace filmquiz::test
