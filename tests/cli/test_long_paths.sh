#!/bin/sh
# A path longer than the game keeps is refused with a message that says so,
# never cut short (a path cut short names another file, and the message then
# blamed a file nobody gave). One just inside the limit works as any other.
cd "$(dirname "$0")/../.." || exit 1
. tests/cli/lib.sh
RL=$PWD/redline
[ -x "$RL" ] || { echo "FAIL: $RL is not built"; exit 1; }

tmp=$(mktemp -d /tmp/redline-long-XXXXXX) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
name() { printf "%${2}s" "" | tr ' ' "$1"; }
long="$tmp/$(name a 200)/$(name b 200)/$(name c 100)"
medium="$tmp/$(name m 150)/$(name n 150)"
near="$tmp/$(name m 150)/$(name k 60)"    # with /strategy.lua, 249 characters: inside 255
mkdir -p "$long" "$medium" "$near" || exit 1
cp scripts/actors/us.lua "$near/strategy.lua"
cp scripts/actors/us.lua "$long/strategy.lua"
cp -r mods/example "$long/" && cp -r mods/example "$medium/"

# $1: what; $2: the exit code wanted; $3: a pattern the message must hold; the rest: the command.
expect() {
    what=$1 want=$2 pattern=$3
    shift 3
    "$RL" "$@" >"$tmp/out" 2>&1
    rc=$?
    if [ "$rc" -eq "$want" ] && grep -q -- "$pattern" "$tmp/out"; then
        pass "$what"
    else
        fail "$what: exit $rc (wanted $want), output without '$pattern':"
        cut -c1-300 "$tmp/out" | head -5
    fi
}

expect "a strategy script's path too long is refused" 2 "path of us's script is too long (5[0-9][0-9] characters" \
    run --scenario tutorial --seed 1 --us "$long/strategy.lua"
expect "a strategy script just inside the limit plays" 0 "" \
    run --scenario tutorial --seed 1 --us "$near/strategy.lua"
expect "check on a path too long says so" 2 "the path is too long" check "$long/strategy.lua"
expect "check on a mod folder too long says so" 2 "the path is too long" check "$long/example"
expect "check on a mod folder of 300-odd characters works" 0 "example: ok" check "$medium/example"
finish
