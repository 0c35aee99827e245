#!/bin/sh
# Measures a watch party of eight under Xvfb with the software renderer: press to the frame
# that shows the player locked in, and the CPU an 8-player countdown takes. The README's
# performance table quotes its figures.
# Usage: tests/perf/party.sh [path/to/filmquiz_party_perf]  (default: build-release/tests/)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
probe=${1:-$root/build-release/tests/filmquiz_party_perf}
[ -x "$probe" ] || { echo "party.sh: build filmquiz_party_perf first" >&2; exit 1; }
if ! command -v Xvfb >/dev/null; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get install -y --no-install-recommends xvfb >/dev/null
fi
display=:${FILMQUIZ_PERF_DISPLAY:-92}
Xvfb $display -screen 0 1280x720x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display SDL_AUDIODRIVER=dummy "$probe"
