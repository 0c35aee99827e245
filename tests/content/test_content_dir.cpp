#include <doctest/doctest.h>

#include "content/content_dir.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using filmquiz::content::ContentDir;
using filmquiz::content::locate_content;

namespace {

void make_content(const fs::path& dir) {
    fs::create_directories(dir / "assets");
    fs::create_directories(dir / "questions");
}

fs::path found(const std::variant<ContentDir, std::string>& result) {
    const auto* dir = std::get_if<ContentDir>(&result);
    REQUIRE_MESSAGE(dir != nullptr, std::get<std::string>(result));
    return dir->root;
}

}  // namespace

TEST_CASE("content next to the executable wins: that is a build tree") {
    filmquiz::test::TempDir root;
    make_content(root.path() / "build");
    make_content(root.path() / "share/filmquiz");
    const auto result = locate_content(std::nullopt, root.path() / "build", "../share/filmquiz",
                                       root.path() / "elsewhere");
    CHECK(found(result) == (root.path() / "build").lexically_normal());
}

TEST_CASE("an installed binary finds its content by the configured relative path") {
    filmquiz::test::TempDir root;
    // Debian's layout: /usr/games/filmquiz and /usr/share/games/filmquiz/, moved anywhere.
    fs::create_directories(root.path() / "usr/games");
    make_content(root.path() / "usr/share/games/filmquiz");
    make_content(root.path() / "usr/share/filmquiz");  // the default layout must not win
    const auto result = locate_content(std::nullopt, root.path() / "usr/games",
                                       "../share/games/filmquiz", root.path() / "nowhere");
    CHECK(found(result) == (root.path() / "usr/share/games/filmquiz").lexically_normal());
}

TEST_CASE("the compile-time install dir is the last resort") {
    filmquiz::test::TempDir root;
    fs::create_directories(root.path() / "bin");
    make_content(root.path() / "fixed");
    const auto result = locate_content(std::nullopt, root.path() / "bin", "../share/filmquiz",
                                       root.path() / "fixed");
    CHECK(found(result) == root.path() / "fixed");
}

TEST_CASE("nothing found lists every place looked in") {
    filmquiz::test::TempDir root;
    fs::create_directories(root.path() / "bin");
    const auto result = locate_content(std::nullopt, root.path() / "bin", "../share/filmquiz",
                                       root.path() / "fixed");
    const auto* error = std::get_if<std::string>(&result);
    REQUIRE(error != nullptr);
    CHECK(*error == "cannot find filmquiz's content (assets/ and questions/); looked in " +
                        (root.path() / "bin").string() + ", " +
                        (root.path() / "share/filmquiz").string() + ", " +
                        (root.path() / "fixed").string() + "; use --content-dir DIR");
}
