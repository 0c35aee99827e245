#!/bin/sh
# Installs what filmquiz needs on Debian 12 (apt-get, with sudo when not root), builds it,
# and then starts the game or runs the whole test suite.
#
#   ./quickstart.sh [GAME OPTIONS]   release build in build-release/, then start the game
#   ./quickstart.sh test             build in build/, then run every test with ctest
set -eu
cd "$(dirname "$0")"

packages="build-essential cmake libsdl2-dev libsdl2-ttf-dev libsdl2-mixer-dev
nlohmann-json3-dev doctest-dev libsqlite3-dev libcli11-dev libcsv-dev scdoc
pkg-config libpango1.0-dev libcairo2-dev libfontconfig-dev libxlsxwriter-dev zlib1g-dev
libboost-dev libqrencode-dev"
# The tests read back what filmquiz prints: PDFs with poppler-utils, spreadsheets with unzip,
# QR codes with zbar-tools; the phone tests play with python3-websockets and Chromium.
if [ "${1:-}" = "test" ]; then
    packages="$packages poppler-utils unzip zbar-tools python3-websockets chromium"
fi

missing=""
for package in $packages; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done
if [ -n "$missing" ]; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "quickstart: run as root or install sudo" >&2; exit 1; }
        sudo="sudo"
    fi
    echo "quickstart: installing$missing"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends $missing
fi

jobs=$(nproc 2>/dev/null || echo 2)
launcher=""
command -v ccache >/dev/null && launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"

if [ "${1:-}" = "test" ]; then
    cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo $launcher
    cmake --build build -j "$jobs"
    ctest --test-dir build --output-on-failure -j "$jobs"
else
    cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DFILMQUIZ_TESTS=OFF $launcher
    cmake --build build-release -j "$jobs"
    exec ./build-release/filmquiz "$@"
fi
