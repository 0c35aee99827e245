#!/bin/sh
# Installs the build into a scratch prefix with `cmake --install`, checks that every file
# lands where the layout says, then moves the whole prefix and runs the moved binary: it
# must find the content it was installed with, through the path from its own folder.
#   check_install.sh BUILD_DIR SOURCE_DIR BINDIR DATADIR SHAREDIR MANDIR DOCDIR APP_ID
#                    [MAN_PAGE]
# The *DIR arguments are the install dirs relative to the prefix (CMAKE_INSTALL_BINDIR,
# FILMQUIZ_INSTALL_DATADIR, CMAKE_INSTALL_DATADIR, CMAKE_INSTALL_MANDIR,
# CMAKE_INSTALL_DOCDIR); MAN_PAGE is empty when the build has no man page.
set -eu
build=$(cd "$1" && pwd)  # absolute: the script changes folder later
source=$2
bindir=$3
datadir=$4
share=$5
mandir=$6
docdir=$7
id=$8
man=${9:-}

for dir in "$bindir" "$datadir"; do
    case $dir in
    /*) echo "skipped: $dir is absolute, so this install cannot move"; exit 77 ;;
    esac
done

scratch=$(mktemp -d)
# cmake --install rewrites BUILD_DIR/install_manifest.txt, which a developer may need to
# uninstall a real install (README): it is put back as it was.
manifest="$build/install_manifest.txt"
if [ -f "$manifest" ]; then
    cp "$manifest" "$scratch/manifest"
    trap 'mv "$scratch/manifest" "$manifest"; rm -rf "$scratch"' EXIT
else
    trap 'rm -f "$manifest"; rm -rf "$scratch"' EXIT
fi
cmake --install "$build" --prefix "$scratch/first" >/dev/null

missing=""
expect() {
    [ -f "$scratch/first/$1" ] || missing="$missing  $1\n"
}
expect "$bindir/filmquiz"
# The whole content trees, including folders added after this test was written; the
# generator scripts stay behind, and the pack format goes with the documentation.
while read -r file; do
    expect "$datadir/$file"
done <<EOF_FILES
$(cd "$source" && find assets questions -type f ! -name '*.sh' ! -path questions/FORMAT.md | sort)
EOF_FILES
expect "$docdir/README.md"
expect "$docdir/FORMAT.md"
expect "$share/applications/$id.desktop"
expect "$share/metainfo/$id.metainfo.xml"
for size in 16 22 24 32 48 64 128 256 512; do
    expect "$share/icons/hicolor/${size}x$size/apps/$id.png"
done
expect "$share/icons/hicolor/scalable/apps/$id.svg"
if [ -n "$man" ]; then
    expect "$mandir/man6/filmquiz.6"
fi
if [ -n "$missing" ]; then
    printf 'cmake --install did not install:\n%b' "$missing"
    exit 1
fi
tools=$(cd "$scratch/first" && find . -name '*.sh' -o -path "./$datadir/questions/FORMAT.md")
if [ -n "$tools" ]; then
    printf 'cmake --install installed build tools or docs among the content:\n%s\n' "$tools"
    exit 1
fi

mv "$scratch/first" "$scratch/moved"
cd "$scratch"
moved="moved/$bindir/filmquiz"
# check prints each pack's path from the current folder: the pack must be the moved
# one, not one found through the compile-time install path.
out=$("$moved" check)
case $out in
"moved/$datadir/questions/miss-you-already: ok"*) ;;
*) printf 'the moved binary checked the wrong content:\n%s\n' "$out"; exit 1 ;;
esac
"$moved" generate --count 3 >/dev/null
echo "installed, moved and ran: $moved"
