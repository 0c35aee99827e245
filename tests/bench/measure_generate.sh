#!/bin/sh
# Times `filmquiz generate --all` on a synthetic pack a hundred times the bundled one, the
# way a user runs it: the best wall time and the peak memory of several runs, printed to
# standard output for the README's performance table.
# Usage: tests/bench/measure_generate.sh [FILMQUIZ] [COPIES] [RUNS]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
filmquiz=${1:-"$root/build-release/filmquiz"}
copies=${2:-100}
runs=${3:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 "$root/tests/bench/make_synthetic_pack.py" --copies "$copies" "$work/pack"
"$filmquiz" check "$work/pack" >/dev/null
best_wall=
best_cpu=
peak=0
i=0
while [ "$i" -lt "$runs" ]; do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" \
        "$filmquiz" generate --all --pack "$work/pack" >"$work/out" 2>/dev/null
    read -r wall user sys rss <"$work/time"
    cpu=$(awk "BEGIN { print $user + $sys }")
    if [ -z "$best_wall" ] || awk "BEGIN { exit !($wall < $best_wall) }"; then
        best_wall=$wall
    fi
    if [ -z "$best_cpu" ] || awk "BEGIN { exit !($cpu < $best_cpu) }"; then
        best_cpu=$cpu
    fi
    [ "$rss" -gt "$peak" ] && peak=$rss
    i=$((i + 1))
done
questions=$(grep -c '^[0-9]*\. ' "$work/out" || true)
echo "pack: $copies x the bundled one, $(du -sk "$work/pack" | cut -f1) KiB of JSON"
echo "generate --all: $((questions / 2)) questions, best of $runs runs:" \
    "${best_wall} s wall, ${best_cpu} s CPU, peak memory $((peak / 1024)) MB"
