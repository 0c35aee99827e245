#!/bin/sh
# The man page's source must document every command and option that --help lists: top-level
# options before "# COMMANDS", each command in its own "## NAME" subsection with its
# options as *--option* and its arguments as _ARG_. Adding an option to the command line
# without a man entry fails this test; so does a subsection for a command that is gone.
#   check_man_covers_cli.sh path/to/filmquiz packaging/filmquiz.6.scd.in
set -eu
binary=$1
scd=$2
problems=""

# The long options ("--x") and positional arguments of one --help text, one a line, as
# "--x" or "_ARG_" the way the man source writes them.
entries() {
    printf '%s\n' "$1" | awk '
        /^[A-Z][a-z]+:$/ { part = $0; next }
        part == "Options:" && /^  (-[A-Za-z0-9],)?--[a-z]/ {
            name = $1; sub(/^-[A-Za-z0-9],/, "", name); print name }
        part == "Positionals:" && /^  [A-Za-z]/ { print "_" $1 "_" }'
}

# Fails unless the man text $2 holds entry $1 (from entries) for $3 (for the message).
need() {
    case $1 in
    --*) pattern="*$1*" ;;
    *) pattern=$1 ;;
    esac
    if ! printf '%s\n' "$2" | grep -qF -- "$pattern"; then
        problems="$problems  $3: $pattern is not documented\n"
    fi
}

top_help=$("$binary" --help)
top_text=$(sed '/^# COMMANDS$/q' "$scd")
for entry in $(entries "$top_help"); do
    need "$entry" "$top_text" "filmquiz"
done

commands=$(printf '%s\n' "$top_help" |
    awk '/^Subcommands:$/ { on = 1; next } /^[^ ]/ { on = 0 } on && /^  [a-z]/ { print $1 }')
for command in $commands; do
    text=$(awk -v name="$command" '$0 == "## " name { on = 1; next } /^#/ { on = 0 } on' "$scd")
    if [ -z "$text" ]; then
        problems="$problems  filmquiz $command: no \"## $command\" subsection\n"
        continue
    fi
    for entry in $(entries "$("$binary" "$command" --help)"); do
        # --help is the same for every command: documented once, at the top.
        [ "$entry" = "--help" ] || need "$entry" "$text" "filmquiz $command"
    done
done

for documented in $(sed -n 's/^## //p' "$scd"); do
    if ! printf '%s\n' "$commands" | grep -qx -- "$documented"; then
        problems="$problems  \"## $documented\": filmquiz has no such command\n"
    fi
done

if [ -n "$problems" ]; then
    printf 'the man page (%s) and --help disagree:\n%b' "$scd" "$problems"
    exit 1
fi
