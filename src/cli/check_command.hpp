// `filmquiz check`: loads packs and reports every problem in compiler form.
#pragma once

#include <ostream>

#include "cli/command_line.hpp"
#include "content/content_dir.hpp"

namespace filmquiz::cli {

// 0 when every pack is valid (warnings allowed), 1 when any has an error.
int run_check(const CheckOptions& options, const content::ContentDir* content, std::ostream& out,
              std::ostream& err);

}  // namespace filmquiz::cli
