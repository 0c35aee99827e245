#include "formats/source_text.hpp"

#include <algorithm>
#include <fstream>

#include "core/text.hpp"

namespace filmquiz::formats {

SourceText::SourceText(std::string file, std::string text)
    : file_(std::move(file)), text_(std::move(text)) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i) {
        if (text_[i] == '\n')
            line_starts_.push_back(i + 1);
    }
}

int SourceText::line_at(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    return static_cast<int>(it - line_starts_.begin());
}

content::TextPosition SourceText::position_at(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    const int line = line_at(offset);
    const std::size_t start = line_starts_[static_cast<std::size_t>(line - 1)];
    const std::size_t column =
        core::utf8_length(std::string_view(text_).substr(start, offset - start));
    return {line, static_cast<int>(column + 1)};
}

std::size_t SourceText::offset_of(content::TextPosition where) const {
    if (where.line < 1)
        return 0;
    const std::size_t index =
        std::min(static_cast<std::size_t>(where.line - 1), line_starts_.size() - 1);
    std::size_t offset = line_starts_[index];
    // Columns count code points: step over whole UTF-8 sequences.
    for (int column = 1; column < where.column && offset < text_.size(); ++column) {
        ++offset;
        while (offset < text_.size() && (static_cast<unsigned char>(text_[offset]) & 0xC0) == 0x80)
            ++offset;
    }
    return offset;
}

std::string_view SourceText::line(std::size_t index) const {
    const std::size_t start = line_starts_[index];
    std::size_t end = index + 1 < line_starts_.size() ? line_starts_[index + 1] - 1 : text_.size();
    if (end > start && text_[end - 1] == '\r')
        --end;
    return std::string_view(text_).substr(start, end - start);
}

bool Problems::keep() {
    if (static_cast<int>(kept_.all().size()) < kShown)
        return true;
    ++left_out_;
    return false;
}

void Problems::error(const std::string& file, content::TextPosition where, std::string message,
                     std::string pointer) {
    ++errors_;
    if (keep())
        kept_.error(file, where, std::move(pointer), std::move(message));
}

void Problems::warning(const std::string& file, content::TextPosition where, std::string message,
                       std::string pointer) {
    ++warnings_;
    if (keep())
        kept_.warning(file, where, std::move(pointer), std::move(message));
}

void Problems::error(const SourceText& source, std::size_t offset, std::string message) {
    error(source.file(), source.position_at(offset), std::move(message));
}

void Problems::warning(const SourceText& source, std::size_t offset, std::string message) {
    warning(source.file(), source.position_at(offset), std::move(message));
}

void Problems::add(const content::Diagnostics& diagnostics) {
    for (const content::Diagnostic& d : diagnostics.all()) {
        if (d.severity == content::Severity::error) {
            error(d.file, d.where, d.message, d.pointer);
        } else {
            warning(d.file, d.where, d.message, d.pointer);
        }
    }
}

content::Diagnostics Problems::finish(const std::string& file) const {
    content::Diagnostics out = kept_;
    out.sort();
    if (left_out_ > 0) {
        const std::string message = std::to_string(left_out_) + " more problems not shown (" +
                                    std::to_string(errors_) + " errors and " +
                                    std::to_string(warnings_) + " warnings in all)";
        if (errors_ > 0) {
            out.error(file, {0, 0}, "", message);
        } else {
            out.warning(file, {0, 0}, "", message);
        }
    }
    return out;
}

std::string describe_byte(unsigned char byte) {
    static const char* kHex = "0123456789ABCDEF";
    std::string out = "0x";
    out += kHex[byte >> 4];
    out += kHex[byte & 0x0F];
    return out;
}

std::optional<SourceText> check_source(std::string bytes, const std::string& file,
                                       Problems& problems) {
    if (bytes.size() > kMaxImportBytes) {
        problems.error(file, {1, 1},
                       "file is " + std::to_string(bytes.size()) + " bytes, larger than the " +
                           std::to_string(kMaxImportBytes) + "-byte limit for an import");
        return std::nullopt;
    }
    const auto starts_with = [&](std::string_view prefix) {
        return std::string_view(bytes).substr(0, prefix.size()) == prefix;
    };
    if (starts_with("\xFF\xFE") || starts_with("\xFE\xFF")) {
        problems.error(file, {1, 1},
                       "the file is UTF-16 text; save it as UTF-8 (in a spreadsheet: "
                       "\"CSV UTF-8\")");
        return std::nullopt;
    }
    // Spreadsheets write a byte-order mark; it is not part of the first line's text.
    if (starts_with("\xEF\xBB\xBF"))
        bytes.erase(0, 3);
    SourceText source(file, std::move(bytes));
    const std::string& text = source.text();
    if (const std::size_t nul = text.find('\0'); nul != std::string::npos) {
        problems.error(source, nul, "byte 0x00: this is a binary file, not text");
        return std::nullopt;
    }
    if (const auto bad = core::first_invalid_utf8(text)) {
        problems.error(source, *bad,
                       "invalid UTF-8: byte " +
                           describe_byte(static_cast<unsigned char>(text[*bad])) +
                           " cannot appear here (save the file as UTF-8)");
        return std::nullopt;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
            problems.error(source, i,
                           "control character " + describe_byte(c) + " (is this a text file?)");
            return std::nullopt;
        }
    }
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        problems.error(file, {1, 1}, "file is empty");
        return std::nullopt;
    }
    return source;
}

std::optional<std::string> read_source_file(const std::filesystem::path& path,
                                            const std::string& file, Problems& problems) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) {
        problems.error(file, {0, 0}, "no such file");
        return std::nullopt;
    }
    if (!std::filesystem::is_regular_file(status)) {
        problems.error(file, {0, 0}, "not a regular file");
        return std::nullopt;
    }
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (ec) {
        problems.error(file, {0, 0}, "cannot read the file: " + ec.message());
        return std::nullopt;
    }
    if (size > kMaxImportBytes) {
        problems.error(file, {1, 1},
                       "file is " + std::to_string(size) + " bytes, larger than the " +
                           std::to_string(kMaxImportBytes) + "-byte limit for an import");
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        problems.error(file, {0, 0}, "cannot open the file for reading");
        return std::nullopt;
    }
    std::string bytes;
    bytes.resize(static_cast<std::size_t>(size));
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return bytes;
}

}  // namespace filmquiz::formats
