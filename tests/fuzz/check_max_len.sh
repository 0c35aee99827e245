#!/bin/sh
# Test: the fuzzer's -max_len covers every bundled pack file and every seed, with the byte
# that selects the file, and run.sh does not let libFuzzer cap inputs below it.
# Usage: tests/fuzz/check_max_len.sh SOURCE_DIR
set -eu
root=$1
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
n=0
for f in "$root"/questions/*/*.json "$root"/tests/fuzz/seeds/*.json; do
    n=$((n + 1))
    { printf '\001'; cat "$f"; } >"$corpus/input-$n"
done
max_len=$("$root/tests/fuzz/max_len.sh" "$corpus")
status=0
for f in "$corpus"/*; do
    size=$(wc -c <"$f")
    if [ "$size" -gt "$max_len" ]; then
        echo "FAIL: $f is $size bytes, more than -max_len=$max_len"
        status=1
    fi
done
grep -q -- '-max_len="$max_len" -len_control=0' "$root/tests/fuzz/run.sh" || {
    echo "FAIL: run.sh does not pass the computed -max_len with -len_control=0"
    status=1
}
[ "$status" = 0 ] && echo "ok: -max_len=$max_len covers every file"
exit "$status"
