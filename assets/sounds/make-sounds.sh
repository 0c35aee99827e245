#!/bin/sh
# Makes filmquiz's sound cues from scratch with sox (Debian package "sox"). The output is
# checked in, so building the game does not need sox; run this again after changing a cue.
# Licence of the results: CC0 (see LICENSE in this folder).
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rate=44100

# tone NAME SECONDS WAVE FREQ [VOLUME]: one note with a quick attack and a soft release.
tone() {
    sox -n -r $rate -c 1 -b 16 "$tmp/$1.wav" synth "$2" "$3" "$4" \
        fade q 0.005 "$2" "$(awk "BEGIN { print $2 * 0.6 }")" vol "${5:-0.5}"
}
# join OUT NOTES...: notes one after another.
join() {
    out=$1
    shift
    files=""
    for n in "$@"; do files="$files $tmp/$n.wav"; done
    sox $files "$tmp/$out.wav"
}
# finish NAME: normalise to -3 dB and add a little warmth (a short, quiet reverb).
finish() {
    sox "$tmp/$1.wav" -r $rate -c 1 -b 16 "$1.wav" reverb 20 50 40 gain -n -3
}

# Menu move: a short, soft wooden blip.
tone move 0.06 sine 880 0.35
finish move

# Select: up a fifth.
tone s1 0.05 triangle 660 0.5
tone s2 0.08 triangle 990 0.5
join select s1 s2
finish select

# Correct: a major arpeggio, C E G.
tone c1 0.08 triangle 523.25
tone c2 0.08 triangle 659.25
tone c3 0.22 triangle 783.99
join correct c1 c2 c3
finish correct

# Wrong: two soft falling notes, not a buzzer.
tone w1 0.14 sine 311.13 0.6
tone w2 0.26 sine 246.94 0.6
join wrong w1 w2
finish wrong

# Tick: the last five seconds.
tone tick 0.03 square 1400 0.25
finish tick

# Time up: a slow slide down.
sox -n -r $rate -c 1 -b 16 "$tmp/time-up.wav" synth 0.45 sine 660-220 fade q 0.01 0.45 0.2 vol 0.5
finish time-up

# Round complete: a short fanfare, C E G C.
tone f1 0.11 triangle 523.25
tone f2 0.11 triangle 659.25
tone f3 0.11 triangle 783.99
tone f4 0.45 triangle 1046.50
join round-complete f1 f2 f3 f4
finish round-complete

# New high score: quick sparkle up, then a held chord.
tone h1 0.06 sine 783.99
tone h2 0.06 sine 1046.50
tone h3 0.06 sine 1318.51
tone h4 0.06 sine 1567.98
sox -n -r $rate -c 1 -b 16 "$tmp/h5.wav" synth 0.6 triangle 1046.50 synth 0.6 triangle mix 1318.51 \
    synth 0.6 triangle mix 1567.98 fade q 0.01 0.6 0.4 vol 0.45
join high-score h1 h2 h3 h4 h5
finish high-score

ls -l ./*.wav
