// The one doctest main of the suite. Every test runs headless and away from the player's
// saved data, however it is started (ctest, or the binary by hand): CTest's ENVIRONMENT
// property does not survive doctest_discover_tests as a list, so the setting is done here.
#define DOCTEST_CONFIG_IMPLEMENT
#include <cstdlib>
#include <filesystem>
#include <string>

#include <doctest/doctest.h>

#include "test_support.hpp"

int main(int argc, char** argv) {
    setenv("SDL_VIDEODRIVER", "dummy", 1);
    setenv("SDL_AUDIODRIVER", "dummy", 1);
    setenv("SDL_RENDER_DRIVER", "software", 1);
    const filmquiz::test::TempDir data;
    setenv("FILMQUIZ_DATA_DIR", (data.path() / "data").c_str(), 1);
    setenv("XDG_DATA_HOME", (data.path() / "xdg").c_str(), 1);
    doctest::Context context(argc, argv);
    return context.run();
}
