#include "content/diagnostics.hpp"

#include <algorithm>
#include <tuple>

namespace filmquiz::content {

std::string Diagnostic::format() const {
    // Problems with a folder rather than a file have no line to point at.
    std::string out = file;
    if (where.line > 0) {
        out += ':' + std::to_string(where.line) + ':' + std::to_string(where.column);
    }
    out += severity == Severity::error ? ": error: " : ": warning: ";
    if (!pointer.empty())
        out += pointer + ": ";
    out += message;
    return out;
}

void Diagnostics::error(std::string file, TextPosition where, std::string pointer,
                        std::string message) {
    items_.push_back(
        {Severity::error, std::move(file), where, std::move(pointer), std::move(message)});
    ++errors_;
}

void Diagnostics::warning(std::string file, TextPosition where, std::string pointer,
                          std::string message) {
    items_.push_back(
        {Severity::warning, std::move(file), where, std::move(pointer), std::move(message)});
}

void Diagnostics::append(const Diagnostics& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
    errors_ += other.errors_;
}

void Diagnostics::sort() {
    std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.file, a.where.line, a.where.column) <
               std::tie(b.file, b.where.line, b.where.column);
    });
}

std::string Diagnostics::format() const {
    std::string out;
    for (const Diagnostic& d : items_) {
        out += d.format();
        out += '\n';
    }
    return out;
}

}  // namespace filmquiz::content
