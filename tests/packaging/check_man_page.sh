#!/bin/sh
# Formats the man page as lintian does and fails on any warning from groff or man, and
# when lexgrog (which builds the whatis database) cannot read its NAME section.
#   check_man_page.sh PAGE        exits 77 (ctest: skipped) without man-db
set -eu
page=$1
command -v man >/dev/null && command -v lexgrog >/dev/null || exit 77
warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
    man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
if [ -n "$warnings" ]; then
    printf '%s\n' "$warnings"
    exit 1
fi
name=$(lexgrog "$page") || { printf '%s\n' "$name"; exit 1; }
case $name in
*': "filmquiz - '*) ;;
*) echo "lexgrog does not find the NAME line: $name"; exit 1 ;;
esac
