#include "content/content_dir.hpp"

namespace filmquiz::content {

namespace {

bool has_content(const std::filesystem::path& dir) {
    std::error_code ec;
    return std::filesystem::is_directory(dir / "questions", ec) &&
           std::filesystem::is_directory(dir / "assets", ec);
}

}  // namespace

std::variant<ContentDir, std::string> locate_content(
    const std::optional<std::filesystem::path>& override_dir, const std::filesystem::path& base_dir,
    const std::filesystem::path& data_dir_from_base, const std::filesystem::path& install_dir) {
    if (override_dir) {
        std::error_code ec;
        if (!std::filesystem::is_directory(*override_dir, ec)) {
            return "--content-dir " + override_dir->string() + ": no such folder";
        }
        if (!has_content(*override_dir)) {
            return "--content-dir " + override_dir->string() +
                   ": not a filmquiz content folder (it needs assets/ and questions/)";
        }
        return ContentDir{*override_dir};
    }
    std::vector<std::filesystem::path> candidates;
    if (!base_dir.empty()) {
        candidates.push_back(base_dir);
        if (!data_dir_from_base.empty())
            candidates.push_back(base_dir / data_dir_from_base);
    }
    candidates.push_back(install_dir);
    std::string looked;
    for (const auto& dir : candidates) {
        if (has_content(dir))
            return ContentDir{dir.lexically_normal()};
        looked += (looked.empty() ? "" : ", ") + dir.lexically_normal().string();
    }
    return "cannot find filmquiz's content (assets/ and questions/); looked in " + looked +
           "; use --content-dir DIR";
}

std::string display_path(const std::filesystem::path& path) {
    std::error_code ec;
    const std::filesystem::path relative = std::filesystem::proximate(path, ec);
    if (ec || relative.empty())
        return path.generic_string();
    return relative.generic_string();
}

}  // namespace filmquiz::content
