# Finds every dependency through its Debian package's CMake config or module, and stops
# configuration with the package to install when one is missing.
include_guard(GLOBAL)
# Find modules for libraries that ship no CMake config (FindLibCSV.cmake).
list(APPEND CMAKE_MODULE_PATH ${CMAKE_CURRENT_LIST_DIR})

# filmquiz_require(<package> <target> <debian package> [find_package args...]), or for a
# library that ships only a pkg-config file:
# filmquiz_require(<module> PkgConfig::<module> <debian package> PKG_CONFIG)
function(filmquiz_require package target debian_package)
    if(ARGN STREQUAL "PKG_CONFIG")
        find_package(PkgConfig QUIET)
        if(PKG_CONFIG_FOUND)
            pkg_check_modules(${package} QUIET IMPORTED_TARGET GLOBAL ${package})
        endif()
    else()
        find_package(${package} ${ARGN} QUIET)
    endif()
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
# The printable quiz (formats/pdf_quiz.cpp): Pango lays the text out with the game's own
# fonts through fontconfig, Cairo writes the PDF.
filmquiz_require(pangocairo PkgConfig::pangocairo libpango1.0-dev PKG_CONFIG)
filmquiz_require(pangoft2 PkgConfig::pangoft2 libpango1.0-dev PKG_CONFIG)
filmquiz_require(cairo-pdf PkgConfig::cairo-pdf libcairo2-dev PKG_CONFIG)
filmquiz_require(fontconfig PkgConfig::fontconfig libfontconfig-dev PKG_CONFIG)
# Kahoot's quiz spreadsheet (formats/kahoot_xlsx.cpp); its pkg-config file links zlib,
# which libxlsxwriter-dev does not pull in.
filmquiz_require(xlsxwriter PkgConfig::xlsxwriter libxlsxwriter-dev PKG_CONFIG)
filmquiz_require(zlib PkgConfig::zlib zlib1g-dev PKG_CONFIG)
# The phone server (net/): Boost.Beast and Asio, header-only, and libqrencode for the
# join code's QR.
filmquiz_require(Boost Boost::headers libboost-dev 1.74 CONFIG)
filmquiz_require(libqrencode PkgConfig::libqrencode libqrencode-dev PKG_CONFIG)
set(THREADS_PREFER_PTHREAD_FLAG ON)
find_package(Threads REQUIRED)
if(FILMQUIZ_TESTS)
    filmquiz_require(doctest doctest::doctest doctest-dev CONFIG)
endif()
