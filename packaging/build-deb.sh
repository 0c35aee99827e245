#!/bin/sh
# Builds filmquiz's Debian package from this checkout and checks it with lintian.
#
#   packaging/build-deb.sh [OUT_DIR]        (default: build-deb/, which git ignores)
#
# The build runs on a copy of the tracked files in OUT_DIR/filmquiz-VERSION/, so the
# checkout gets no debian/filmquiz/, obj-*/ or other leftovers, and the .deb, .buildinfo
# and .changes land in OUT_DIR. Needs the Build-Depends of debian/control and the tools:
#   sudo apt-get build-dep ./ && sudo apt-get install dpkg-dev lintian
# DEB_BUILD_OPTIONS=nocheck skips the test suite. Lintian fails the script on any error
# or warning that debian/filmquiz.lintian-overrides does not explain.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
out=$(realpath -m "${1:-build-deb}")
version=$(dpkg-parsechangelog -S Version)
src="$out/filmquiz-${version%-*}"

rm -rf "$out"
mkdir -p "$src"
if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    # Tracked files as they are in the working tree, so uncommitted edits are built too.
    git -C "$root" ls-files -z | tar -C "$root" --null -T - -cf - | tar -C "$src" -xf -
else
    tar -C "$root" --exclude='./build*' --exclude='./.git' -cf - . | tar -C "$src" -xf -
fi

# debhelper builds with as many jobs as DEB_BUILD_OPTIONS allows, and one without it.
case " ${DEB_BUILD_OPTIONS:-} " in
*" parallel="*) ;;
*) DEB_BUILD_OPTIONS="${DEB_BUILD_OPTIONS:+$DEB_BUILD_OPTIONS }parallel=$(nproc)" ;;
esac
export DEB_BUILD_OPTIONS

cd "$src"
dpkg-buildpackage -us -uc -b
cd "$out"
ls -l ./*.deb

# Errors and warnings fail; infos and pedantic notes are shown, and explained in the
# README's "Packaging" section. --show-overrides lists what the overrides hide as "O:",
# but makes lintian's own --fail-on count overridden warnings too, so the verdict is
# taken from the report instead; a lintian that cannot run at all fails by its status.
report=$(lintian --fail-on none --display-info --pedantic --show-overrides \
    ./filmquiz_*.changes 2>&1)
printf '%s\n' "$report"
if printf '%s\n' "$report" | grep -q '^[EW]: '; then
    echo "build-deb: lintian reports errors or warnings" >&2
    exit 1
fi
echo "build-deb: $(ls "$out"/filmquiz_*.deb) passed lintian"
