// Loads the pack a command was given with --pack, or the bundled default.
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include "content/content_dir.hpp"
#include "core/pack.hpp"

namespace filmquiz::cli {

// Prints the pack's diagnostics to `err` and returns nothing when it has errors.
std::optional<core::Pack> load_pack_option(const std::optional<std::string>& pack_dir,
                                           const content::ContentDir& content, std::ostream& err);

}  // namespace filmquiz::cli
