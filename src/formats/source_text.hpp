// The text of a file being imported: read within limits, checked to be UTF-8 text, and
// able to say where any byte is as a line and column; and the capped list of its problems.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/diagnostics.hpp"

namespace filmquiz::formats {

// The same limit as a pack file (questions/FORMAT.md): larger files are refused unread.
inline constexpr std::uintmax_t kMaxImportBytes = 4u * 1024u * 1024u;

class SourceText {
  public:
    // `file` is how the file is named in messages; `text` is its content.
    SourceText(std::string file, std::string text);

    const std::string& file() const { return file_; }
    const std::string& text() const { return text_; }

    content::TextPosition position_at(std::size_t offset) const;
    int line_at(std::size_t offset) const;
    // The byte offset of a line and column (the inverse of position_at).
    std::size_t offset_of(content::TextPosition where) const;
    std::size_t line_count() const { return line_starts_.size(); }
    std::size_t line_start(std::size_t index) const { return line_starts_[index]; }
    // The line's text without its line break (LF or CRLF).
    std::string_view line(std::size_t index) const;

  private:
    std::string file_;
    std::string text_;
    std::vector<std::size_t> line_starts_;
};

// The problems of one import. Hostile input can hold millions of mistakes, so only the
// first `kShown` are kept; finish() adds one line counting the rest.
class Problems {
  public:
    static constexpr int kShown = 100;

    void error(const std::string& file, content::TextPosition where, std::string message,
               std::string pointer = {});
    void warning(const std::string& file, content::TextPosition where, std::string message,
                 std::string pointer = {});
    void error(const SourceText& source, std::size_t offset, std::string message);
    void warning(const SourceText& source, std::size_t offset, std::string message);
    // Takes what a JSON reader reported.
    void add(const content::Diagnostics& diagnostics);

    bool has_errors() const { return errors_ > 0; }
    int error_count() const { return errors_; }
    int warning_count() const { return warnings_; }

    // The diagnostics in file order, with a closing count of those left out.
    content::Diagnostics finish(const std::string& file) const;

  private:
    bool keep();
    content::Diagnostics kept_;
    int errors_ = 0;
    int warnings_ = 0;
    int left_out_ = 0;
};

// Checks raw bytes and returns them as text: not too large, not UTF-16, no NUL or other
// control bytes, valid UTF-8, not empty. A UTF-8 byte-order mark is dropped.
std::optional<SourceText> check_source(std::string bytes, const std::string& file,
                                       Problems& problems);

// Reads a whole file, refusing what is missing, not a regular file, or too large.
std::optional<std::string> read_source_file(const std::filesystem::path& path,
                                            const std::string& file, Problems& problems);

// "0x1F"
std::string describe_byte(unsigned char byte);

}  // namespace filmquiz::formats
