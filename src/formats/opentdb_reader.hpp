// Reads Open Trivia DB's JSON (its "response_code" and "results"), in any of its text
// encodings: HTML entities (the default), RFC 3986 percent-encoding, or base64.
#pragma once

#include <vector>

#include "formats/question_set.hpp"
#include "formats/source_text.hpp"

namespace filmquiz::formats {

std::vector<SetQuestion> read_opentdb(const SourceText& source, Problems& problems);

// Decodes standard base64 (with or without padding); nothing when it is not base64.
std::optional<std::string> decode_base64(std::string_view text);
// Decodes %XX escapes (and '+' as a space); nothing when an escape is malformed.
std::optional<std::string> decode_percent(std::string_view text);

}  // namespace filmquiz::formats
