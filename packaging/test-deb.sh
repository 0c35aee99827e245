#!/bin/sh
# The package's CI, on a fresh Debian 12 machine as root (.ci/run calls it): builds the
# .deb with packaging/build-deb.sh (lintian included), installs it with apt-get, checks
# the installed desktop file, metainfo and man page, runs the installed game's commands,
# starts the game under Xvfb and takes a screenshot, then purges the package and checks
# that none of its files is left.
#
#   packaging/test-deb.sh [OUT_DIR]   (default: build-deb/; the screenshot and the file
#                                      list stay there for a look)
#
# It installs and removes a system package: run it only where that is wanted.
set -eu
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-build-deb}")
started=$(date +%s)
step() { echo "::: package: $*"; }
fail() { echo "test-deb: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "run as root: it installs and purges the package"
if dpkg-query -W -f='${Status}' filmquiz 2>/dev/null | grep -q "installed"; then
    fail "filmquiz is already installed; purge it first so the purge check means something"
fi

step "tools and build dependencies"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends dpkg-dev debhelper lintian \
    desktop-file-utils appstream man-db xvfb xauth imagemagick >/dev/null
apt-get build-dep -y -qq --no-install-recommends ./ >/dev/null

step "build and lintian"
packaging/build-deb.sh "$out"
deb=$(ls "$out"/filmquiz_*.deb)
version=$(dpkg-deb -f "$deb" Version)

step "appstreamcli validate-tree on the package's files"
# The metainfo together with the desktop file and icons it refers to, as a software
# centre's indexer sees them. Any message at all fails.
tree="$out/tree"
rm -rf "$tree"
dpkg-deb -x "$deb" "$tree"
report=$(appstreamcli validate-tree --pedantic --no-net --no-color "$tree" 2>&1) || true
printf '%s\n' "$report"
printf '%s\n' "$report" | grep -q '^[EWIP]: ' && fail "appstreamcli validate-tree has something to say"
rm -rf "$tree"

step "apt-get install $(basename "$deb")"
apt-get install -y -qq "$deb" >/dev/null
dpkg -L filmquiz | sort >"$out/installed-files.txt"

step "desktop file, metainfo and man page as installed"
id=io.github.filmquiz.filmquiz
desktop=/usr/share/applications/$id.desktop
metainfo=/usr/share/metainfo/$id.metainfo.xml
sh tests/packaging/check_desktop_metadata.sh desktop "$desktop"
sh tests/packaging/check_desktop_metadata.sh metainfo "$metainfo"
sh tests/packaging/check_man_page.sh /usr/share/man/man6/filmquiz.6.gz
for size in 16x16 22x22 24x24 32x32 48x48 64x64 128x128 256x256 512x512; do
    [ -f "/usr/share/icons/hicolor/$size/apps/$id.png" ] || fail "no $size icon"
done
[ -f "/usr/share/icons/hicolor/scalable/apps/$id.svg" ] || fail "no scalable icon"
# The launcher's Exec and Icon name what the package installed.
grep -qx "Exec=filmquiz" "$desktop" || fail "$desktop: unexpected Exec line"
grep -qx "Icon=$id" "$desktop" || fail "$desktop: unexpected Icon line"

step "the installed commands"
# A desktop session's PATH has /usr/games; root's has not.
PATH="$PATH:/usr/games"
[ "$(command -v filmquiz)" = /usr/games/filmquiz ] || fail "filmquiz is not /usr/games/filmquiz"
# No score file or settings in root's home: the game keeps them here.
data=$(mktemp -d)
export FILMQUIZ_DATA_DIR="$data"
printed=$(filmquiz --version)
[ "$printed" = "filmquiz ${version%-*}" ] ||
    fail "filmquiz --version says '$printed', the package is $version"
echo "$printed"
# From /, check names each pack by its path: the installed one, not a copy elsewhere.
checked=$(cd / && filmquiz check)
echo "$checked"
case $checked in
"usr/share/games/filmquiz/questions/miss-you-already: ok"*) ;;
*) fail "filmquiz check did not check the installed pack" ;;
esac
quiz=$(filmquiz generate --count 3)
printf '%s\n' "$quiz" | head -n 1 | grep -q ': 3 questions' || fail "generate: $quiz"
printf '%s\n' "$quiz" | grep -q '^Answer key$' || fail "generate printed no answer key"
echo "generate --count 3: ok"

step "the installed game under Xvfb"
shot="$out/installed-game.png"
rm -f "$shot"
# The game gets 20 s to paint its title screen. A blank or half-drawn frame has a handful
# of colours; the title screen's text and shapes have hundreds.
SDL_AUDIODRIVER=dummy xvfb-run -a -s "-screen 0 1280x720x24 -nolisten tcp" sh -c '
    set -u
    shot=$1
    filmquiz --seed 3 --windowed &
    game=$!
    colours=0
    for attempt in $(seq 40); do
        sleep 0.5
        kill -0 "$game" 2>/dev/null || { echo "the game exited" >&2; exit 1; }
        import -window root "$shot" 2>/dev/null || continue
        colours=$(identify -format %k "$shot")
        [ "$colours" -lt 64 ] || break
    done
    # SDL turns TERM into a quit event; a game that ignores it is killed after 5 s.
    kill "$game"
    for attempt2 in $(seq 10); do
        kill -0 "$game" 2>/dev/null || break
        sleep 0.5
    done
    kill -KILL "$game" 2>/dev/null || true
    wait "$game" || true
    echo "screenshot: $colours colours after $attempt looks"
    [ "$colours" -ge 64 ]
' sh "$shot" || fail "the game did not draw its window ($shot)"
rm -rf "$data"

step "apt-get purge filmquiz"
apt-get purge -y -qq filmquiz >/dev/null
if dpkg-query -W -f='${Status}' filmquiz 2>/dev/null | grep -q "installed\|config-files"; then
    fail "dpkg still knows filmquiz"
fi
# Every file and link the package had must be gone, and every folder of its own; shared
# folders (/usr/games, /usr/share/icons/hicolor/...) stay for their other owners.
left=""
while read -r path; do
    if [ -L "$path" ] || [ -f "$path" ]; then
        left="$left$path\n"
    elif [ -d "$path" ] && case $path in *filmquiz*) true ;; *) false ;; esac; then
        left="$left$path/\n"
    fi
done <"$out/installed-files.txt"
[ -z "$left" ] || fail "$(printf 'left after purge:\n%b' "$left")"
echo "nothing of the $(wc -l <"$out/installed-files.txt") installed paths is left"

step "passed in $(($(date +%s) - started)) s"
