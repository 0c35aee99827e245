// Finds the shipped content (assets/ and questions/) of a build tree or an installation.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace filmquiz::content {

struct ContentDir {
    std::filesystem::path root;
    std::filesystem::path questions() const { return root / "questions"; }
    std::filesystem::path assets() const { return root / "assets"; }
    // The bundled pack that the game opens by default.
    std::filesystem::path default_pack() const { return questions() / "miss-you-already"; }
};

// Looks in `override_dir` when given, else next to the executable (`base_dir`, which is
// where a build tree links its content), then in base_dir/data_dir_from_base (where an
// installation keeps it, wherever its prefix was moved: "../share/filmquiz" for bin/ and
// share/filmquiz/), then in the compile-time install dir. Returns the content dir or a
// one-line error.
std::variant<ContentDir, std::string> locate_content(
    const std::optional<std::filesystem::path>& override_dir, const std::filesystem::path& base_dir,
    const std::filesystem::path& data_dir_from_base, const std::filesystem::path& install_dir);

// `path` as the user would type it from the current directory.
std::string display_path(const std::filesystem::path& path);

}  // namespace filmquiz::content
