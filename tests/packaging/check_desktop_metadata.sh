#!/bin/sh
# Validates the desktop file or the AppStream metainfo; any message at all fails the test.
#   check_desktop_metadata.sh desktop|metainfo FILE
# Exits 77 (ctest: skipped) when the validator is not installed.
set -eu
kind=$1
file=$2
case $kind in
desktop)
    command -v desktop-file-validate >/dev/null || exit 77
    # It prints nothing for a valid file; warnings and hints do not change its exit status.
    out=$(desktop-file-validate "$file" 2>&1) || true
    ;;
metainfo)
    command -v appstreamcli >/dev/null || exit 77
    # --no-net: tests must not depend on the network; reachability of the URLs is checked
    # by hand (README, "Packaging"). Pedantic notes and infos leave the exit status at 0,
    # so the messages are what counts.
    out=$(appstreamcli validate --pedantic --no-net --no-color "$file" 2>&1) || true
    out=$(printf '%s\n' "$out" | grep -v '^✔ Validation was successful\.$' || true)
    ;;
*)
    echo "usage: $0 desktop|metainfo FILE" >&2
    exit 2
    ;;
esac
if [ -n "$out" ]; then
    printf '%s\n' "$out"
    exit 1
fi
