#!/bin/sh
# Builds the pack-loader fuzzer with clang and runs it for a while (default 60 s).
# Usage: tests/fuzz/run.sh [SECONDS]
set -eu
seconds=${1:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build-fuzz"
CXX=clang++ cmake -S "$root" -B "$build" -DFILMQUIZ_FUZZ=ON -DFILMQUIZ_SANITIZE=ON \
    -DFILMQUIZ_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target fuzz_pack_loader -j2
# Seed corpus: each bundled file, and each seed in tests/fuzz/seeds/ (named after the file
# it replaces: characters.relations.json), prefixed with the byte that selects that file.
corpus="$build/fuzz-corpus"
mkdir -p "$corpus"
names="pack sources film characters cast plot quotes trivia soundtrack decoys"
i=0
for name in $names; do
    { printf "\\$(printf %03o $i)"; cat "$root/questions/miss-you-already/$name.json"; } \
        > "$corpus/$name"
    for seed in "$root/tests/fuzz/seeds/$name".*.json; do
        [ -e "$seed" ] || continue
        { printf "\\$(printf %03o $i)"; cat "$seed"; } > "$corpus/seed-$(basename "$seed")"
    done
    i=$((i + 1))
done
# -len_control=0: mutate at full length from the start. With libFuzzer's default, new
# inputs are capped at a limit that starts near 500 bytes and grows slowly, so the
# bundled files (up to 14 KB) were never fuzzed whole.
max_len=$("$root/tests/fuzz/max_len.sh" "$corpus")
echo "fuzzing with -max_len=$max_len"
exec "$build/fuzz_pack_loader" -max_total_time="$seconds" -max_len="$max_len" -len_control=0 \
    -timeout=10 "$corpus"
