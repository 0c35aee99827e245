// The JSON form of a question that `filmquiz generate --format json` prints and set.json
// holds, documented in the README.
#pragma once

#include <nlohmann/json.hpp>

#include "core/question.hpp"

namespace filmquiz::formats {

nlohmann::json question_to_json(const core::Question& q);

}  // namespace filmquiz::formats
