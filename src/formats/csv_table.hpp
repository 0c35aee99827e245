// CSV as spreadsheets write it (RFC 4180: quoted fields, doubled quotes, line breaks inside
// quotes, CRLF or LF), read with libcsv, remembering where each field starts.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/source_text.hpp"

namespace filmquiz::formats {

// No quiz needs more; a wider row is reported, so a hostile file cannot fill memory.
inline constexpr std::size_t kMaxCsvColumns = 64;

struct CsvField {
    std::string text;
    std::size_t offset = 0;  // of the field's first byte (its opening quote when quoted)
};
using CsvRow = std::vector<CsvField>;

// Calls `on_row` for every row that has a field (blank lines are not rows) until it
// returns false. Malformed quoting is reported, and reading goes on at the next line.
void read_csv(const SourceText& source, char delimiter,
              const std::function<bool(const CsvRow&)>& on_row, Problems& problems);

// ',' unless ';' or a tab is more common outside quotes at the start of the text: some
// spreadsheets write ';' where the comma is the decimal mark.
char guess_delimiter(std::string_view text);

}  // namespace filmquiz::formats
