#!/bin/sh
# Draws filmquiz's icon with ImageMagick (Debian package "imagemagick"): two friends as two
# overlapping circles on a plum tile, over a strip of film. The output is checked in, so the
# build needs no ImageMagick; licence CC0 (LICENSE here).
#
# The drawing is one table of shapes in a 256-unit square (below). It becomes:
#   - the scalable SVG and every hicolor PNG size (16..512) that desktops show, in
#     packaging/icons/hicolor/ (installed by packaging/CMakeLists.txt);
#   - the game's own window icon (filmquiz-64.bmp) and PNGs, here in assets/icon/.
# Debian's ImageMagick cannot read SVG, so each PNG is drawn from the table at its own size
# rather than rasterised from the SVG; both come from the same numbers.
set -eu
cd "$(dirname "$0")"
id=io.github.filmquiz.filmquiz
hicolor=../../packaging/icons/hicolor

# kind      colour    opacity  geometry (x y w h [radius] for rects, cx cy r for circles)
# Below 32 px the six sprocket holes would melt into one smear, so they are drawn only
# from 32 px up ("big" shapes).
shapes='
roundrect   2A1A2E    1.00     all  8 8 240 240 48
circle      F2A384    0.88     all  100 124 74
circle      F7C873    0.816    all  156 132 74
rect        2A1A2E    1.00     all  58 196 142 18
rect        FFF4E8    1.00     big  64 200 12 10
rect        FFF4E8    1.00     big  88 200 12 10
rect        FFF4E8    1.00     big  112 200 12 10
rect        FFF4E8    1.00     big  136 200 12 10
rect        FFF4E8    1.00     big  160 200 12 10
rect        FFF4E8    1.00     big  184 200 12 10
'

# MVG (ImageMagick's drawing language) for a SIZE x SIZE image.
mvg() {
    echo "$shapes" | awk -v size="$1" '
        NF == 0 { next }
        $4 == "big" && size < 32 { next }
        {
            s = size / 256
            printf "fill #%s%02X ", $2, int($3 * 255 + 0.5)
            if ($1 == "roundrect")
                printf "roundrectangle %g,%g %g,%g %g,%g\n", $5*s, $6*s, ($5+$7)*s, ($6+$8)*s, $9*s, $9*s
            else if ($1 == "rect")
                printf "rectangle %g,%g %g,%g\n", $5*s, $6*s, ($5+$7)*s, ($6+$8)*s
            else if ($1 == "circle")
                printf "circle %g,%g %g,%g\n", $5*s, $6*s, $5*s, ($6-$7)*s
        }'
}

svg() {
    echo '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">'
    echo "$shapes" | awk '
        NF == 0 { next }
        {
            opacity = ($3 < 1) ? sprintf(" fill-opacity=\"%s\"", $3) : ""
            if ($1 == "roundrect")
                printf "  <rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"%s\" fill=\"#%s\"%s/>\n", $5, $6, $7, $8, $9, $2, opacity
            else if ($1 == "rect")
                printf "  <rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"#%s\"%s/>\n", $5, $6, $7, $8, $2, opacity
            else if ($1 == "circle")
                printf "  <circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"#%s\"%s/>\n", $5, $6, $7, $2, opacity
        }'
    echo '</svg>'
}

# -strip drops timestamps and other chunks, so re-running the script changes no file
# unless the drawing changed.
draw() {
    convert -size "$1x$1" xc:none -draw "$(mvg "$1")" -strip "$2"
}

mkdir -p "$hicolor/scalable/apps"
svg >"$hicolor/scalable/apps/$id.svg"
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$hicolor/${size}x$size/apps"
    draw "$size" "PNG32:$hicolor/${size}x$size/apps/$id.png"
done

draw 256 PNG32:filmquiz-256.png
draw 128 PNG32:filmquiz-128.png
# SDL_LoadBMP reads plain BMP3 without alpha, so the tile's corners get the tile's colour.
draw 64 PNG32:- | convert - -background '#2A1A2E' -alpha remove BMP3:filmquiz-64.bmp
ls -l filmquiz-* "$hicolor"/*/apps/"$id".*
