#include "formats/csv_table.hpp"

#include <algorithm>
#include <array>
#include <csv.h>
#include <memory>

namespace filmquiz::formats {

namespace {

// What libcsv's callbacks need to know about the byte being fed.
struct Reading {
    const SourceText* source = nullptr;
    Problems* problems = nullptr;
    const std::function<bool(const CsvRow&)>* on_row = nullptr;
    std::size_t field_start = 0;
    bool field_pending = true;  // the next byte that is not a line break starts a field
    CsvRow row;
    bool too_wide = false;
    bool stop = false;
};

void end_field(void* data, std::size_t length, void* context) {
    auto* r = static_cast<Reading*>(context);
    if (r->row.size() < kMaxCsvColumns) {
        r->row.push_back({std::string(static_cast<const char*>(data), length), r->field_start});
    } else if (!r->too_wide) {
        r->too_wide = true;
        r->problems->error(*r->source, r->field_start,
                           "a row with more than " + std::to_string(kMaxCsvColumns) + " columns");
    }
    r->field_pending = true;
}

void end_row(int /*terminator*/, void* context) {
    auto* r = static_cast<Reading*>(context);
    if (!r->too_wide && !r->stop && !r->row.empty())
        r->stop = !(*r->on_row)(r->row);
    r->row.clear();
    r->too_wide = false;
    r->field_pending = true;
}

// Owns a libcsv parser in strict mode, so malformed quoting is found rather than guessed.
class Parser {
  public:
    explicit Parser(char delimiter) {
        csv_init(&p_, CSV_STRICT | CSV_STRICT_FINI);
        csv_set_delim(&p_, static_cast<unsigned char>(delimiter));
    }
    ~Parser() { csv_free(&p_); }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;
    csv_parser* get() { return &p_; }

  private:
    csv_parser p_{};
};

}  // namespace

void read_csv(const SourceText& source, char delimiter,
              const std::function<bool(const CsvRow&)>& on_row, Problems& problems) {
    Reading r;
    r.source = &source;
    r.problems = &problems;
    r.on_row = &on_row;
    const std::string& text = source.text();
    auto parser = std::make_unique<Parser>(delimiter);
    // One byte at a time, so a callback knows the offset of the byte that ended its field.
    for (std::size_t i = 0; i < text.size() && !r.stop; ++i) {
        const char c = text[i];
        if (r.field_pending && (!r.row.empty() || (c != '\r' && c != '\n'))) {
            r.field_start = i;
            r.field_pending = false;
        }
        if (csv_parse(parser->get(), &text[i], 1, end_field, end_row, &r) == 1)
            continue;
        const bool quoted = text[r.field_start] == '"';
        problems.error(source, i,
                       quoted ? "after a closing quote comes the delimiter or the end of the "
                                "line (a quote inside a quoted field is written twice: \"\")"
                              : "a quote inside a field that does not start with one (put the "
                                "whole field in quotes and write the quote twice: \"\")");
        // Go on at the next line with a fresh parser; the broken row is dropped.
        const std::size_t next = text.find('\n', i);
        if (next == std::string::npos)
            return;
        i = next;
        r.row.clear();
        r.too_wide = false;
        r.field_pending = true;
        parser = std::make_unique<Parser>(delimiter);
    }
    if (r.stop)
        return;
    if (csv_fini(parser->get(), end_field, end_row, &r) != 0) {
        problems.error(source, r.field_start,
                       "the quoted field that starts here has no closing quote");
    }
}

char guess_delimiter(std::string_view text) {
    constexpr std::size_t kLook = 64 * 1024;
    std::array<std::size_t, 3> counts{};
    constexpr std::array<char, 3> kDelimiters{',', ';', '\t'};
    bool quoted = false;
    for (std::size_t i = 0; i < std::min(text.size(), kLook); ++i) {
        const char c = text[i];
        if (c == '"') {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        for (std::size_t d = 0; d < kDelimiters.size(); ++d) {
            if (c == kDelimiters[d])
                ++counts[d];
        }
    }
    std::size_t best = 0;
    for (std::size_t d = 1; d < kDelimiters.size(); ++d) {
        if (counts[d] > counts[best])
            best = d;
    }
    return kDelimiters[best];
}

}  // namespace filmquiz::formats
