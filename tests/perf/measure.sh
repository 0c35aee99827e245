#!/bin/sh
# Measures filmquiz against a minimal SDL program in one run under Xvfb: time to the first
# painted frame, peak memory, CPU while idle and while a countdown animates.
# Usage: tests/perf/measure.sh [path/to/filmquiz]   (default: build-release/filmquiz)
# Needs: xvfb, xdotool and a C compiler (installed with apt-get when missing).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
game=${1:-$root/build-release/filmquiz}
[ -x "$game" ] || { echo "measure: build filmquiz first (cmake --build build-release)" >&2; exit 1; }
for tool in Xvfb xdotool cc; do
    if ! command -v $tool >/dev/null; then
        sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
        $sudo apt-get install -y --no-install-recommends xvfb xdotool gcc >/dev/null
        break
    fi
done
work=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
cc -O2 -o "$work/minimal" "$root/tests/perf/minimal_sdl.c" $(sdl2-config --cflags --libs)

display=:${FILMQUIZ_PERF_DISPLAY:-93}
Xvfb $display -screen 0 1280x720x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY=$display SDL_AUDIODRIVER=dummy
hz=$(getconf CLK_TCK)

now_ns() { date +%s%N; }
# first_paint_ms LOG START_NS
first_paint_ms() {
    ns=$(sed -n 's/.*first paint at \([0-9]*\) ns.*/\1/p' "$1" | head -n 1)
    echo $(( (ns - $2) / 1000000 ))
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# cpu_percent PID SECONDS: share of one core over the window
cpu_percent() {
    a=$(cpu_ticks "$1"); sleep "$2"; b=$(cpu_ticks "$1")
    awk -v t=$((b - a)) -v hz="$hz" -v s="$2" 'BEGIN { printf "%.1f", 100 * t / hz / s }'
}
peak_mb() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

runs=7
minimal_paint() {  # one start of the minimal program, first paint in ms
    start=$(now_ns)
    "$work/minimal" "$1" 1 2>"$work/min.log"
    first_paint_ms "$work/min.log" "$start"
}
game_paint() {  # one start of filmquiz with existing saved data, first paint in ms
    start=$(now_ns)
    FILMQUIZ_DATA_DIR="$work/data" FILMQUIZ_REPORT_FIRST_PAINT=1 "$game" --renderer software \
        >/dev/null 2>"$work/game.log" &
    pid=$!
    sleep 1.5
    kill $pid; wait $pid 2>/dev/null || true
    first_paint_ms "$work/game.log" "$start"
}

# A first start creates the scores file; the runs below measure a returning player.
rm -rf "$work/data"
first_ever=$(game_paint)
# Interleaved, so both programs see the same machine and the same warm X server.
gl="" sw="" fq=""
for i in $(seq $runs); do
    gl="$gl $(minimal_paint default)"
    sw="$sw $(minimal_paint software)"
    fq="$fq $(game_paint)"
done
gl=$(echo $gl | tr ' ' '\n' | median)
sw=$(echo $sw | tr ' ' '\n' | median)
fq=$(echo $fq | tr ' ' '\n' | median)

animate() {  # animate MODE: peak RSS and CPU of the minimal program animating at 60 fps
    "$work/minimal" "$1" 8 2>/dev/null &
    pid=$!
    sleep 2
    cpu=$(cpu_percent $pid 5)
    mem=$(peak_mb $pid)
    wait $pid
    echo "$mem $cpu"
}
set -- $(animate default); gl_mem=$1; gl_cpu=$2
set -- $(animate software); sw_mem=$1; sw_cpu=$2

FILMQUIZ_DATA_DIR="$work/data" "$game" --renderer software >/dev/null 2>&1 &
pid=$!
sleep 3
idle=$(cpu_percent $pid 5)
xdotool key Return; sleep 0.4; xdotool key Return; sleep 0.6  # a question, timer running
countdown=$(cpu_percent $pid 5)
mem=$(peak_mb $pid)
kill $pid; wait $pid 2>/dev/null || true

ratio=$(awk -v a="$fq" -v b="$sw" 'BEGIN { printf "%.2f", a / b }')
echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores under Xvfb 1280x720x24;"
echo "first paint: median of $runs interleaved starts, from exec to the first presented frame."
echo
echo '| program | first paint | peak RSS | CPU, 60 fps animation | CPU idle |'
echo '|---|---|---|---|---|'
printf '| minimal SDL program, default renderer (Mesa GL) | %s ms | %s MB | %s %% | - |\n' "$gl" "$gl_mem" "$gl_cpu"
printf '| minimal SDL program, software renderer | %s ms | %s MB | %s %% | - |\n' "$sw" "$sw_mem" "$sw_cpu"
printf '| filmquiz, software renderer | %s ms (%sx the minimal; %s ms on a first-ever start) | %s MB | %s %% (question countdown) | %s %% (title screen) |\n' \
    "$fq" "$ratio" "$first_ever" "$mem" "$countdown" "$idle"
