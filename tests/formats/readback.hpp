// Reads back what the exporters wrote with independent tools: poppler-utils for PDFs,
// unzip and a small XML scan for .xlsx files.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <sstream>
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
    std::istringstream info(checked_output("pdfinfo " + shell_quote(pdf.string())));
    for (std::string line; std::getline(info, line);) {
        if (line.starts_with(field + ":")) {
            const std::size_t value = line.find_first_not_of(' ', field.size() + 1);
            return value == std::string::npos ? std::string() : line.substr(value);
        }
    }
    throw std::runtime_error("pdfinfo has no " + field);
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
    // "P5 <width> <height> 255" and one white-space byte, then the pixels.
    std::istringstream header(pgm);
    std::string magic;
    int maximum = 0;
    Image image;
    header >> magic >> image.width >> image.height >> maximum;
    if (!header || magic != "P5" || maximum != 255)
        throw std::runtime_error("pdftoppm did not write an 8-bit PGM");
    const auto start = static_cast<std::size_t>(header.tellg()) + 1;
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

// The text between `open` (a tag's start, up to its ">") and `close`, from `at` on;
// advances `at` past it. False when there is no more.
inline bool next_element(const std::string& xml, const std::string& open, const std::string& close,
                         std::size_t& at, std::string& tag, std::string& body) {
    const std::size_t start = xml.find(open, at);
    if (start == std::string::npos)
        return false;
    const std::size_t tag_end = xml.find('>', start);
    if (tag_end == std::string::npos)
        throw std::runtime_error("unterminated " + open);
    if (xml[tag_end - 1] == '/') {  // an empty element: <c r="A1"/>
        tag = xml.substr(start, tag_end + 1 - start);
        body.clear();
        at = tag_end + 1;
        return true;
    }
    const std::size_t end = xml.find(close, tag_end);
    if (end == std::string::npos)
        throw std::runtime_error("unterminated " + open);
    tag = xml.substr(start, tag_end + 1 - start);
    body = xml.substr(tag_end + 1, end - tag_end - 1);
    at = end + close.size();
    return true;
}

// The value of attribute `name` in a start tag, or "".
inline std::string attribute(const std::string& tag, const std::string& name) {
    const std::string key = " " + name + "=\"";
    const std::size_t start = tag.find(key);
    if (start == std::string::npos)
        return {};
    const std::size_t value = start + key.size();
    return tag.substr(value, tag.find('"', value) - value);
}

// The first sheet of an .xlsx as cell reference -> text ("B9" -> "Who plays Milly?");
// numbers as written in the file ("20"), shared strings resolved.
inline std::map<std::string, std::string> xlsx_cells(const std::filesystem::path& xlsx) {
    std::vector<std::string> shared;
    const std::string strings = unzip_member(xlsx, "xl/sharedStrings.xml");
    std::string tag;
    std::string body;
    for (std::size_t at = 0; next_element(strings, "<si>", "</si>", at, tag, body);) {
        std::size_t inner = 0;
        std::string text_tag;
        std::string text;
        if (!next_element(body, "<t", "</t>", inner, text_tag, text))
            throw std::runtime_error("a shared string without <t>");
        shared.push_back(xml_unescape(text));
    }
    std::map<std::string, std::string> cells;
    const std::string sheet = unzip_member(xlsx, "xl/worksheets/sheet1.xml");
    for (std::size_t at = 0; next_element(sheet, "<c ", "</c>", at, tag, body);) {
        std::size_t inner = 0;
        std::string value_tag;
        std::string value;
        if (!next_element(body, "<v>", "</v>", inner, value_tag, value))
            continue;  // a formatted blank cell
        const std::string ref = attribute(tag, "r");
        cells[ref] = attribute(tag, "t") == "s" ? shared.at(std::stoul(value)) : value;
    }
    return cells;
}

}  // namespace filmquiz::test
