#!/bin/sh
# --turns N pauses a game, it does not end it: a game played N turns, saved,
# and continued with --load (perhaps paused again) ends exactly as the game
# played in one go -- the same final state hash -- in every scenario, with a
# strategy script that remembers what it saw, and with a mod's state. Run
# from the repository root (tests/run.sh does).
cd "$(dirname "$0")/../.." || exit 1
. tests/cli/lib.sh
RL=./redline
[ -x "$RL" ] || { echo "FAIL: $RL is not built"; exit 1; }
tmp=$(mktemp -d /tmp/redline-pause-XXXXXX) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
XDG_DATA_HOME="$tmp/xdg"
XDG_CONFIG_HOME="$tmp/config"
export XDG_DATA_HOME XDG_CONFIG_HOME

hash_of() {
    python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["state_hash"], d["outcome"], d["turns"])' 2>/dev/null
}

# play SCENARIO SEED STRATEGY: the whole game, then 3 turns + 4 more + the rest
play() {
    whole=$($RL run --scenario "$1" --seed "$2" --us "$3" --json | hash_of)
    $RL run --scenario "$1" --seed "$2" --us "$3" --turns 3 --save "$tmp/a.json" --json >"$tmp/first.json" 2>"$tmp/err" ||
        { fail "$1 seed $2: --turns 3 --save failed: $(cat "$tmp/err")"; return; }
    first=$(hash_of <"$tmp/first.json")
    case "$first" in
        *" none 3") ;;
        *) fail "$1 seed $2: --turns 3 did not pause after 3 turns: $first"; return ;;
    esac
    $RL run --load "$tmp/a.json" --us "$3" --turns 4 --save "$tmp/b.json" >/dev/null 2>"$tmp/err" ||
        { fail "$1 seed $2: continuing 4 more turns failed: $(cat "$tmp/err")"; return; }
    rest=$($RL run --load "$tmp/b.json" --us "$3" --json | hash_of)
    [ -n "$whole" ] && [ "$whole" = "$rest" ] && pass "$1 seed $2 ($3): paused twice, it ends as the game in one go ($rest)" ||
        fail "$1 seed $2: in one go '$whole', paused and continued '$rest'"
}

for scenario in jan2026 letter2025 hammer2025 tutorial; do
    play "$scenario" 4 ai
done
play jan2026 9 tests/data/actors/stateful.lua
$RL mods enable example >/dev/null 2>&1
play muscat 3 ai

# a paused game can be paused again right away, and N past the end plays to the end
$RL run --scenario tutorial --seed 2 --turns 50 --json | hash_of >"$tmp/long"
$RL run --scenario tutorial --seed 2 --json | hash_of >"$tmp/plain"
cmp -s "$tmp/long" "$tmp/plain" && pass "--turns past the end plays to the end" ||
    fail "--turns 50 on tutorial: $(cat "$tmp/long") / $(cat "$tmp/plain")"

finish
