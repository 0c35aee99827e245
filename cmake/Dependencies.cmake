# Finds every dependency through its Debian package's CMake config or module, and stops
# configuration with the package to install when one is missing.
include_guard(GLOBAL)
# Find modules for libraries that ship no CMake config (FindLibCSV.cmake).
list(APPEND CMAKE_MODULE_PATH ${CMAKE_CURRENT_LIST_DIR})

function(filmquiz_require package target debian_package)
    find_package(${package} ${ARGN} QUIET)
    if(NOT TARGET ${target})
        message(FATAL_ERROR
            "filmquiz needs ${package} (CMake target ${target}), which was not found.\n"
            "On Debian or Ubuntu install it with:\n"
            "    sudo apt-get install ${debian_package}\n"
            "or run ./quickstart.sh, which installs everything the build needs.")
    endif()
endfunction()

filmquiz_require(SDL2 SDL2::SDL2 libsdl2-dev CONFIG)
filmquiz_require(SDL2_ttf SDL2_ttf::SDL2_ttf libsdl2-ttf-dev CONFIG)
filmquiz_require(SDL2_mixer SDL2_mixer::SDL2_mixer libsdl2-mixer-dev CONFIG)
filmquiz_require(nlohmann_json nlohmann_json::nlohmann_json nlohmann-json3-dev CONFIG)
filmquiz_require(SQLite3 SQLite::SQLite3 libsqlite3-dev)
filmquiz_require(CLI11 CLI11::CLI11 libcli11-dev CONFIG)
filmquiz_require(LibCSV LibCSV::LibCSV libcsv-dev)
if(FILMQUIZ_TESTS)
    filmquiz_require(doctest doctest::doctest doctest-dev CONFIG)
endif()
