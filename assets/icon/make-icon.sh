#!/bin/sh
# Draws filmquiz's icon with ImageMagick (Debian package "imagemagick"): two friends as two
# overlapping circles on a plum tile. The output is checked in; licence CC0 (LICENSE here).
set -eu
cd "$(dirname "$0")"
convert -size 256x256 xc:none \
    -fill '#2A1A2E' -draw 'roundrectangle 8,8 247,247 48,48' \
    -fill '#F2A384E0' -draw 'circle 100,124 100,50' \
    -fill '#F7C873D0' -draw 'circle 156,132 156,58' \
    -fill '#2A1A2E' -draw 'rectangle 58,196 200,214' \
    -fill '#FFF4E8' -draw 'rectangle 64,200 74,210' -draw 'rectangle 90,200 102,210' \
    -draw 'rectangle 114,200 126,210' -draw 'rectangle 138,200 150,210' \
    -draw 'rectangle 162,200 174,210' -draw 'rectangle 186,200 196,210' \
    filmquiz-256.png
convert filmquiz-256.png -resize 64x64 -background '#2A1A2E' -alpha remove BMP3:filmquiz-64.bmp
convert filmquiz-256.png -resize 128x128 filmquiz-128.png
ls -l filmquiz-*
