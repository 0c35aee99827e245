#!/bin/sh
# Prints the -max_len for the pack-loader fuzzer: twice the largest corpus input (a pack
# file plus the byte that selects it), so every file is fuzzed whole and may still grow.
# Usage: tests/fuzz/max_len.sh CORPUS_DIR
set -eu
largest=0
for f in "$1"/*; do
    size=$(wc -c <"$f")
    [ "$size" -gt "$largest" ] && largest=$size
done
echo $((largest * 2))
