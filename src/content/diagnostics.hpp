// Problems found in content, reported the way compilers do so editors can jump to them.
#pragma once

#include <string>
#include <vector>

namespace filmquiz::content {

struct TextPosition {
    int line = 1;    // 1-based; 0 when the problem is with a folder, not a line
    int column = 1;  // 1-based, counted in characters (code points)
};

enum class Severity { warning, error };

struct Diagnostic {
    Severity severity = Severity::error;
    std::string file;
    TextPosition where;
    std::string pointer;  // JSON pointer of the value, empty for syntax errors
    std::string message;

    // "questions/x/quotes.json:12:17: error: /quotes/3/speaker: unknown character ..."
    std::string format() const;
};

class Diagnostics {
  public:
    void error(std::string file, TextPosition where, std::string pointer, std::string message);
    void warning(std::string file, TextPosition where, std::string pointer, std::string message);
    // Adds every diagnostic of `other`, in its order.
    void append(const Diagnostics& other);

    const std::vector<Diagnostic>& all() const { return items_; }
    bool has_errors() const { return errors_ > 0; }
    int error_count() const { return errors_; }
    int warning_count() const { return static_cast<int>(items_.size()) - errors_; }
    // Every diagnostic in file order, one per line.
    std::string format() const;
    void sort();

  private:
    std::vector<Diagnostic> items_;
    int errors_ = 0;
};

}  // namespace filmquiz::content
