// Plain text from the HTML fragments that Moodle and Open Trivia DB files carry: entities
// decoded, tags dropped.
#pragma once

#include <string>
#include <string_view>

namespace filmquiz::formats {

// Decodes named (the HTML 4 set and &apos;) and numeric character references. Anything
// that is not a known, valid reference (control characters included) stays as written.
std::string decode_entities(std::string_view text);

// Drops tags (a <br> or a block end becomes a space), then decodes entities.
std::string html_to_text(std::string_view text);

}  // namespace filmquiz::formats
