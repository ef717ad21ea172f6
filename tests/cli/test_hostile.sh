#!/bin/sh
# Hostile scripts and mods (tests/data/hostile/): every one must end with
# exit 0 or 3, a message naming its file, no signal and no hang -- stopped by
# the engine's budget, not by this script's guard -- and a strategy that tries
# to cheat must leave the game exactly as a strategy that does nothing.
#
# A case says what it expects in its first lines:
#   -- expect: TEXT     TEXT is in what redline printed (each line one more)
#   -- check: TEXT      for a mod: TEXT is in what redline check printed
#   -- cheat            the final state hash is the do-nothing strategy's
#   -- side: ACTOR...   the sides it plays (default us; several: it plays each)
#   -- turns: N         play N turns, not the whole game (for costly cases)
#   -- scenario: ID     the scenario a mod is played in (default tutorial)
#   -- save: yes        a mod's game is saved (--save), and loaded again if it was
#   -- core             for a mod: the final state hash is the game's without mods
#                       (a mod refused whole leaves the game's own content)
# No case may put a control character other than a newline or a tab in what
# redline prints (a script's text could rewrite the player's terminal).
# Strategies are played through a whole tutorial game; mods are installed in
# the user's mod folder, played and checked with redline check. Run from the
# repository root (tests/run.sh does); HOSTILE=PATTERN runs only the cases
# whose name matches (a shell pattern: HOSTILE='link_*').
cd "$(dirname "$0")/../.." || exit 1
RL=./redline
GUARD=300       # seconds: only a hang reaches it, and a hang fails the case
failures=0
cases=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
[ -x "$RL" ] || { echo "FAIL: $RL is not built"; exit 1; }
tmp=$(mktemp -d /tmp/redline-hostile-XXXXXX) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
XDG_DATA_HOME="$tmp/xdg"
export XDG_DATA_HOME

header() {  # header FILE KEY: the values of "-- KEY: value" lines
    sed -n "s/^-- $2: //p" "$1"
}

state_hash() {  # the final state hash of the JSON document in $1
    python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["state_hash"])' "$1" 2>/dev/null
}

# run NAME CMD...: rc, out, err; a signal or the guard is a failure
run() {
    name=$1
    shift
    timeout -s KILL "$GUARD" "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    cases=$((cases + 1))
    if [ "$rc" -ge 124 ]; then
        fail "$name: killed or hung (exit $rc): $(tail -c 300 "$tmp/err")"
        return 1
    fi
    if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
        fail "$name: exit $rc, expected 0 or 3: $(tail -c 300 "$tmp/err")"
        return 1
    fi
    return 0
}

# expect NAME FILE NEEDLE [KEY]: the output names NEEDLE (the file) and
# holds every KEY line (default expect) of FILE
expect() {
    grep -qF "$3" "$tmp/err" "$tmp/out" || { fail "$1: no message names $3: $(tail -c 300 "$tmp/err")"; return 1; }
    header "$2" "${4:-expect}" | while IFS= read -r want; do
        grep -qF -- "$want" "$tmp/err" "$tmp/out" || echo "$want"
    done >"$tmp/missing"
    [ -s "$tmp/missing" ] && { fail "$1: expected \"$(head -n1 "$tmp/missing")\" in: $(tail -c 400 "$tmp/err")"; return 1; }
    return 0
}

# json_ok NAME: a run that exited 0 printed one JSON document in valid UTF-8
json_ok() {
    [ "$rc" -ne 0 ] && return 0
    python3 -c 'import json,sys; json.loads(open(sys.argv[1], "rb").read().decode("utf-8"))' "$tmp/out" 2>/dev/null ||
        { fail "$1: the JSON document is not valid UTF-8 JSON"; return 1; }
}

# clean NAME: what the run printed holds no control character but newlines
# and tabs
control=$(printf '[\001-\010\013-\037\177]')
clean() {
    LC_ALL=C grep -q "$control" "$tmp/err" "$tmp/out" || return 0
    fail "$1: a control character in what redline printed: $(LC_ALL=C grep -h "$control" "$tmp/err" "$tmp/out" |
        head -n 1 | od -c | head -n 4)"
    return 1
}

# reference KEY ARGS...: the final state hash of redline run --seed 5 --json ARGS
# (played once, then remembered under KEY)
reference() {
    key=$(echo "$1" | tr -c 'a-z0-9\n' _)
    shift
    if [ ! -f "$tmp/$key" ]; then
        $RL run --seed 5 --json "$@" >"$tmp/$key.json" 2>/dev/null
        state_hash "$tmp/$key.json" >"$tmp/$key"
    fi
    cat "$tmp/$key"
}

# ---- strategies ------------------------------------------------------------------
# passive TURNS SIDES: the final state hash when the do-nothing strategy plays
# SIDES (default us) for TURNS turns (all: "")
passive() {
    flags=""
    for side in ${2:-us}; do flags="$flags --$side tests/data/actors/passive.lua"; done
    reference "p$1$2" --scenario tutorial $flags ${1:+--turns $1}
}
[ -n "$(passive "")" ] || fail "the do-nothing strategy does not play"
for f in tests/data/hostile/strategies/${HOSTILE:-*}.lua; do
    [ -f "$f" ] || continue
    name=$(basename "$f")
    sides=""
    for side in $(header "$f" side); do sides="$sides --$side $f"; done
    turns=$(header "$f" turns)
    run "$name" $RL run --scenario tutorial --seed 5 ${sides:---us $f} ${turns:+--turns $turns} --json || continue
    expect "$name" "$f" "$name" || continue
    json_ok "$name" && clean "$name" || continue
    if grep -q '^-- cheat' "$f"; then
        got=$(state_hash "$tmp/out") want=$(passive "$turns" "$(header "$f" side)")
        [ "$got" = "$want" ] || { fail "$name: the game ended at $got, the do-nothing strategy's at $want"; continue; }
    fi
    echo "ok:   $name"
done

# ---- a tournament -----------------------------------------------------------------
# The strategies that return junk, together in one tournament (a junk return
# once aborted the whole of it): every one is in the table or left out by name.
if [ -z "$HOSTILE" ]; then
    mkdir -p "$tmp/tournament"
    cp tests/data/hostile/strategies/orders_*.lua tests/data/hostile/strategies/decide_*.lua \
        tests/data/hostile/strategies/module_*.lua "$tmp/tournament/"
    if run "tournament" $RL tournament "$tmp/tournament" --scenario tutorial --seeds 1 --side us; then
        missing=$(for f in "$tmp"/tournament/*.lua; do
            grep -qF "$(basename "$f")" "$tmp/out" "$tmp/err" || basename "$f"
        done)
        if [ -n "$missing" ]; then
            fail "tournament: neither played nor left out: $missing"
        elif clean "tournament"; then
            echo "ok:   tournament of the junk returners"
        fi
    fi
fi

# ---- mods ------------------------------------------------------------------------
for dir in tests/data/hostile/mods/${HOSTILE:-*}/; do
    [ -d "$dir" ] || continue
    mod=$(basename "$dir")
    manifest="$dir/mod.lua"
    rm -rf "$XDG_DATA_HOME/redline/mods"
    mkdir -p "$XDG_DATA_HOME/redline/mods"
    cp -R "$dir" "$XDG_DATA_HOME/redline/mods/$mod"
    [ -x "$dir/setup.sh" ] && (cd "$XDG_DATA_HOME/redline/mods/$mod" && sh ./setup.sh "$tmp")
    scenario=$(header "$manifest" scenario)
    save=""
    [ "$(header "$manifest" save)" = yes ] && save="$tmp/$mod.json" && rm -f "$save"
    run "mod $mod (run)" $RL run --scenario "${scenario:-tutorial}" --seed 5 ${save:+--save $save} --json &&
        expect "mod $mod (run)" "$manifest" "$mod" || continue
    json_ok "mod $mod (run)" && clean "mod $mod (run)" || continue
    if grep -q '^-- core' "$manifest"; then
        got=$(state_hash "$tmp/out")
        want=$(export REDLINE_NO_MODS=1; reference "core${scenario:-tutorial}" --scenario "${scenario:-tutorial}")
        [ "$got" = "$want" ] || { fail "mod $mod: the game ended at $got, the game without mods at $want"; continue; }
    fi
    if [ -n "$save" ] && [ "$rc" -eq 0 ]; then
        run "mod $mod (load)" $RL run --load "$save" --json || continue
        [ "$rc" -eq 0 ] || { fail "mod $mod: the save it wrote does not load: $(tail -c 300 "$tmp/err")"; continue; }
    fi
    run "mod $mod (check)" $RL check "$XDG_DATA_HOME/redline/mods/$mod" &&
        expect "mod $mod (check)" "$manifest" "$mod" check && clean "mod $mod (check)" || continue
    echo "ok:   mod $mod"
done

echo "$cases runs, $failures failed"
[ "$failures" -eq 0 ]
