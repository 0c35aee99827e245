#!/bin/sh
# Builds the GIFT-reader fuzzer with clang and runs it for a while (default 60 s), seeded
# with the GIFT import fixtures. Usage: tests/fuzz/run_gift.sh [SECONDS]
set -eu
seconds=${1:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build-fuzz"
CXX=clang++ cmake -S "$root" -B "$build" -DFILMQUIZ_FUZZ=ON -DFILMQUIZ_SANITIZE=ON \
    -DFILMQUIZ_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target fuzz_gift -j2
corpus="$build/fuzz-gift-corpus"
mkdir -p "$corpus"
cp "$root"/tests/fixtures/imports/gift/*.gift "$corpus"/
exec "$build/fuzz_gift" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -dict="$root/tests/fuzz/gift.dict" "$corpus"
