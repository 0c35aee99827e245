#include <doctest/doctest.h>

#include "test_support.hpp"

using filmquiz::test::read_text;
using filmquiz::test::run_filmquiz;

namespace {

const std::filesystem::path kFixtures = FILMQUIZ_FIXTURES;
const std::filesystem::path kSource = FILMQUIZ_SOURCE_DIR;

}  // namespace

TEST_CASE("check with no pack checks every bundled pack and exits 0") {
    const auto r = run_filmquiz("check", kSource);
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(r.out ==
          "questions/miss-you-already: ok, \"Miss You Already\": 15 cast, 13 characters, 30 "
          "plot events, 23 quotes, 44 claims, 3 songs\n");
}

TEST_CASE("check reports every problem of a broken pack and exits 1") {
    const auto r = run_filmquiz("check packs/claim-truth-rules packs/valid-minimal/", kFixtures);
    CHECK(r.exit_code == 1);
    CHECK(r.err == read_text(kFixtures / "expected" / "claim-truth-rules.txt"));
    CHECK(r.out ==
          "packs/claim-truth-rules: 3 errors\n"
          "packs/valid-minimal: ok, \"Miss You Already (example)\": 3 cast, 3 characters, 3 "
          "plot events, 0 quotes, 0 claims, 0 songs\n");
}

TEST_CASE("warnings alone keep the exit status 0") {
    const auto r = run_filmquiz("check packs/unknown-field-warning", kFixtures);
    CHECK(r.exit_code == 0);
    CHECK(r.err == read_text(kFixtures / "expected" / "unknown-field-warning.txt"));
    CHECK(r.out.find(", 1 warning\n") != std::string::npos);
}

TEST_CASE("usage errors exit 2 with a message") {
    const auto r = run_filmquiz("check --frobnicate", kFixtures);
    CHECK(r.exit_code == 2);
    CHECK(r.err ==
          "filmquiz: The following argument was not expected: --frobnicate\n"
          "Run 'filmquiz --help' for usage.\n");
    const auto both = run_filmquiz("--windowed --fullscreen", kFixtures);
    CHECK(both.exit_code == 2);
    CHECK(both.err ==
          "filmquiz: --windowed excludes --fullscreen\nRun 'filmquiz --help' for usage.\n");
}

TEST_CASE("--version and --help") {
    const auto v = run_filmquiz("--version", kFixtures);
    CHECK(v.exit_code == 0);
    CHECK(v.out == "filmquiz " FILMQUIZ_VERSION "\n");
    const auto h = run_filmquiz("--help", kFixtures);
    CHECK(h.exit_code == 0);
    CHECK(h.out.find("Usage: filmquiz [OPTIONS] [SUBCOMMAND]") != std::string::npos);
    CHECK(h.out.find("check") != std::string::npos);
}

TEST_CASE("a missing content dir is a one-line error") {
    const auto r = run_filmquiz("--content-dir /nonexistent/filmquiz check", kFixtures);
    CHECK(r.exit_code == 1);
    CHECK(r.err == "filmquiz: --content-dir /nonexistent/filmquiz: no such folder\n");
    const auto not_content = run_filmquiz("--content-dir packs check", kFixtures);
    CHECK(not_content.exit_code == 1);
    CHECK(not_content.err ==
          "filmquiz: --content-dir packs: not a filmquiz content folder (it needs assets/ and "
          "questions/)\n");
}

TEST_CASE("an installed layout finds its content relative to the executable") {
    // The configured layout: bin/ and share/filmquiz/ by default, games/ and
    // share/games/filmquiz/ in the Debian package.
    filmquiz::test::TempDir prefix;
    const std::filesystem::path bin = prefix.path() / "bin";
    const std::filesystem::path data = bin / FILMQUIZ_DATA_DIR_FROM_BINDIR;
    std::filesystem::create_directories(bin);
    std::filesystem::create_directories(data);
    std::filesystem::copy_file(FILMQUIZ_BINARY, bin / "filmquiz");
    std::filesystem::copy(kSource / "questions", data / "questions",
                          std::filesystem::copy_options::recursive);
    std::filesystem::create_directories(data / "assets");
    const std::filesystem::path out = prefix.path() / "out";
    const std::string command =
        "cd / && '" + (bin / "filmquiz").string() + "' check >'" + out.string() + "' 2>&1";
    CHECK(std::system(command.c_str()) == 0);
    // The pack it checked is the one in this prefix, not one installed elsewhere.
    const std::string pack =
        (data / "questions" / "miss-you-already").lexically_normal().relative_path().string();
    CHECK(filmquiz::test::read_text(out).starts_with(pack + ": ok"));
}

TEST_CASE("the game without a display says so in one line and exits 1") {
    filmquiz::test::TempDir data;
    const auto r =
        run_filmquiz("", kSource,
                     "env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER FILMQUIZ_DATA_DIR='" +
                         data.path().string() + "'");
    CHECK(r.exit_code == 1);
    CHECK(r.err ==
          "filmquiz: no display: run filmquiz in a desktop session (DISPLAY or WAYLAND_DISPLAY "
          "is not set)\n");
}
