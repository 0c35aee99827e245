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
# Seed corpus: each bundled file, prefixed with the byte that selects it.
corpus="$build/fuzz-corpus"
mkdir -p "$corpus"
i=0
for name in pack sources film characters cast plot quotes trivia soundtrack decoys; do
    { printf "\\$(printf %03o $i)"; cat "$root/questions/miss-you-already/$name.json"; } \
        > "$corpus/$name"
    i=$((i + 1))
done
exec "$build/fuzz_pack_loader" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    "$corpus"
