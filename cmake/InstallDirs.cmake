# Where an installation puts the game's content (assets/ and questions/), and the path from
# the installed binary to it, which the binary uses to find its content wherever the
# installed tree is moved to.
#
# Defaults give the usual layout (bin/filmquiz, share/filmquiz/). A distribution chooses
# its own with cache variables; Debian's games layout (debian/rules) is
#   -DCMAKE_INSTALL_BINDIR=games -DFILMQUIZ_INSTALL_DATADIR=share/games/filmquiz
include_guard(GLOBAL)
include(GNUInstallDirs)

set(FILMQUIZ_INSTALL_DATADIR "${CMAKE_INSTALL_DATADIR}/filmquiz" CACHE STRING
    "Folder for the game's assets/ and questions/, relative to the install prefix")

cmake_path(ABSOLUTE_PATH FILMQUIZ_INSTALL_DATADIR BASE_DIRECTORY "${CMAKE_INSTALL_PREFIX}"
    NORMALIZE OUTPUT_VARIABLE FILMQUIZ_INSTALL_FULL_DATADIR)
# Computed from the prefix as configured; `cmake --install --prefix` elsewhere keeps both
# folders under the new prefix, so the relative path stays right. With an absolute
# BINDIR or data dir the install cannot be moved, and the binary falls back to
# FILMQUIZ_INSTALL_FULL_DATADIR.
cmake_path(RELATIVE_PATH FILMQUIZ_INSTALL_FULL_DATADIR
    BASE_DIRECTORY "${CMAKE_INSTALL_FULL_BINDIR}" OUTPUT_VARIABLE FILMQUIZ_DATA_DIR_FROM_BINDIR)
