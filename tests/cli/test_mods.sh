#!/bin/sh
# Mods and `redline check`: the example mod checks clean, is off until
# switched on (redline mods enable), and then plays; a mod
# with a problem of every kind gets each one named with file:line and a
# suggestion, and exit 3; a syntax error exits 3 naming file:line; a broken
# mod is switched off with a warning and the game goes on; mods' scenarios
# are listed. Run from the repository root (tests/run.sh does).
cd "$(dirname "$0")/../.." || exit 1
RL=./redline
. tests/cli/lib.sh
[ -x "$RL" ] || { echo "FAIL: $RL is not built"; exit 1; }

tmp=$(mktemp -d /tmp/redline-mods-XXXXXX) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
# the user's own mods, and their choices of mods, stay out of the tests
XDG_DATA_HOME="$tmp/xdg"
XDG_CONFIG_HOME="$tmp/config"
export XDG_DATA_HOME XDG_CONFIG_HOME

run() {
    "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
}

# ---- the example mod --------------------------------------------------------
run $RL check mods/example
if [ "$rc" -eq 0 ] && grep -q "^mods/example: ok" "$tmp/out" && grep -q "played muscat" "$tmp/out"; then
    pass "redline check mods/example: ok, and its scenario was played"
else
    fail "check mods/example: rc $rc: $(head -c 600 "$tmp/out") $(head -c 300 "$tmp/err")"
fi

# ---- off until switched on --------------------------------------------------------
run $RL scenarios
[ "$rc" -eq 0 ] && grep -q "^jan2026 " "$tmp/out" && ! grep -q "^muscat" "$tmp/out" &&
    pass "the example mod is off at first: its scenario is not listed" ||
    fail "redline scenarios before switching the example on: $(cat "$tmp/out")"
run $RL mods
sed -n '/^off:/,$p' "$tmp/out" | grep -Eq "^ +example +1.0 +API 1  mods/example" && grep -q "^      (none)" "$tmp/out" &&
    pass "redline mods lists it under off, and nothing on" || fail "redline mods: $(cat "$tmp/out")"
run $RL run --scenario muscat --seed 3
[ "$rc" -eq 2 ] &&
    grep -q "the mod 'example' has 'muscat' and is off: redline mods enable example switches it on" "$tmp/err" &&
    pass "asking for its scenario exits 2 saying which mod has it and how to switch it on" ||
    fail "run muscat while off: rc $rc, $(cat "$tmp/err")"
run $RL mods enable exmaple
[ "$rc" -eq 2 ] && grep -q "there is no mod 'exmaple' (did you mean 'example'?)" "$tmp/err" &&
    [ ! -e "$tmp/config/redline/mods.txt" ] && pass "enable with a misspelt name exits 2 with a suggestion, writing nothing" ||
    fail "mods enable exmaple: rc $rc, $(cat "$tmp/err")"
run $RL mods enable example
[ "$rc" -eq 0 ] && grep -qx "example = on" "$tmp/config/redline/mods.txt" &&
    pass "redline mods enable example keeps the choice in \$XDG_CONFIG_HOME/redline/mods.txt" ||
    fail "mods enable example: rc $rc, $(cat "$tmp/err") $(cat "$tmp/config/redline/mods.txt")"

run $RL scenarios
grep -q "^muscat .*The Muscat Channel" "$tmp/out" && pass "once on, the example mod's scenario is listed" ||
    fail "redline scenarios lacks muscat: $(cat "$tmp/out")"

run $RL mods
grep -Eq "^ +1  example +1.0 +API 1  mods/example" "$tmp/out" && ! grep -q "^off:" "$tmp/out" &&
    pass "redline mods lists the example mod in load order" || fail "redline mods: $(cat "$tmp/out")"

REDLINE_NO_MODS=1 run $RL scenarios
grep -q "^muscat" "$tmp/out" && fail "REDLINE_NO_MODS=1 still lists muscat" ||
    pass "REDLINE_NO_MODS=1 leaves the mods out"

run $RL run --scenario muscat --seed 3 --json
if [ "$rc" -eq 0 ] && [ ! -s "$tmp/err" ] && grep -q "Omani mediation" "$tmp/out"; then
    pass "a game of muscat runs clean and the mod's custom event fires (seed 3)"
else
    fail "run muscat seed 3: rc $rc, stderr $(head -c 300 "$tmp/err")"
fi
cp "$tmp/out" "$tmp/muscat3.json"
run $RL run --scenario muscat --seed 3 --json
cmp -s "$tmp/out" "$tmp/muscat3.json" && pass "the same seed with the same mods gives the same game" ||
    fail "two runs of muscat seed 3 differ"

# the example mod does not touch the game's own scenarios
run $RL run --scenario jan2026 --seed 7 --json
with=$(grep -m1 '"state_hash"' "$tmp/out")
REDLINE_NO_MODS=1 run $RL run --scenario jan2026 --seed 7 --json
without=$(grep -m1 '"state_hash"' "$tmp/out")
[ -n "$with" ] && [ "$with" = "$without" ] && pass "jan2026 plays the same with and without the example mod" ||
    fail "the example mod changed jan2026: $with / $without"

run $RL mods disable example
run $RL scenarios
[ "$rc" -eq 0 ] && grep -qx "example = off" "$tmp/config/redline/mods.txt" && ! grep -q "^muscat" "$tmp/out" &&
    pass "redline mods disable example switches it off again" || fail "mods disable: $(cat "$tmp/out")"
printf 'example = on\nexample: yes\n' >"$tmp/config/redline/mods.txt"
run $RL scenarios
grep -q "^muscat" "$tmp/out" && grep -q "mods.txt:2: expected 'NAME = on' or 'NAME = off', not 'example: yes'" "$tmp/err" &&
    pass "a line of mods.txt that cannot be read is named (file:line) and left out; the rest is used" ||
    fail "bad mods.txt: $(cat "$tmp/err")"

# ---- the tutorial, as a new modder would follow it -----------------------------------
# docs/modding.md's own code: the manifest, the scenario and the strategy, in a copy of the game
mkdir -p "$tmp/game/mods/standoff/scenarios"
cp -r scripts "$tmp/game/"
python3 - "$tmp/game" <<'PY'
import re, sys
blocks = re.findall(r"```lua\n(.*?)```", open("docs/modding.md").read(), re.S)
root = sys.argv[1]
open(root + "/mods/standoff/mod.lua", "w").write(blocks[0])
open(root + "/mods/standoff/scenarios/standoff.lua", "w").write(blocks[1])
open(root + "/dove.lua", "w").write(blocks[2])
PY
REDLINE_ROOT="$tmp/game" run $RL check "$tmp/game/mods/standoff"
if [ "$rc" -eq 0 ] && grep -q "ok: mod 'standoff' 1.0 (API 1): 1 scenario; played standoff" "$tmp/out"; then
    pass "the tutorial's mod passes redline check"
else
    fail "tutorial mod: rc $rc: $(head -c 400 "$tmp/out")"
fi
REDLINE_ROOT="$tmp/game" run $RL mods enable standoff
REDLINE_ROOT="$tmp/game" run $RL scenarios
grep -q "^standoff .*Standoff in the Strait" "$tmp/out" &&
    pass "the tutorial's scenario is listed (the list the window's menu shows)" ||
    fail "the tutorial's scenario is not listed: $(cat "$tmp/out")"
REDLINE_ROOT="$tmp/game" run $RL run --scenario standoff --seed 1
[ "$rc" -eq 0 ] && [ ! -s "$tmp/err" ] && grep -q "^Outcome after " "$tmp/out" && pass "the tutorial's scenario plays" ||
    fail "the tutorial's scenario: rc $rc, $(head -c 300 "$tmp/err")"
# the guide's change of the Gulf's objective by id: a misspelt id gives the message the guide shows
scen="$tmp/game/mods/standoff/scenarios/standoff.lua"
sed 's/no_war = { best = 4/no_wra = { best = 4/' "$scen" >"$tmp/typo.lua" && cp "$scen" "$tmp/good.lua" && mv "$tmp/typo.lua" "$scen"
REDLINE_ROOT="$tmp/game" run $RL check "$tmp/game/mods/standoff"
msg="standoff.lua:33: objectives of gulf: unknown objective 'no_wra' (did you mean 'no_war'?)"
[ "$rc" -eq 3 ] && grep -qF "$msg" "$tmp/out" && grep -qF "mods/standoff/scenarios/$msg" docs/modding.md &&
    pass "the guide's misspelt objective id gives the message the guide shows" ||
    fail "the guide's objective typo: rc $rc, $(head -c 300 "$tmp/out")"
mv "$tmp/good.lua" "$scen"
sed 's/hormuz_flow = 18/hormuz_flw = 18/' "$tmp/game/mods/standoff/scenarios/standoff.lua" >"$tmp/typo.lua" &&
    mv "$tmp/typo.lua" "$tmp/game/mods/standoff/scenarios/standoff.lua"
REDLINE_ROOT="$tmp/game" run $RL check "$tmp/game/mods/standoff"
grep -q "standoff.lua:15: unknown variable 'hormuz_flw' in 'initial' (did you mean 'hormuz_flow'?)" "$tmp/out" &&
    grep -qF "mods/standoff/scenarios/standoff.lua:15: unknown variable 'hormuz_flw' in 'initial' (did you mean 'hormuz_flow'?)" docs/modding.md &&
    [ "$rc" -eq 3 ] && pass "the tutorial's deliberate mistake gives the message the tutorial shows" ||
    fail "the tutorial's typo: rc $rc, $(head -c 300 "$tmp/out")"
REDLINE_ROOT="$tmp/game" run $RL run --scenario tutorial --seed 1 --us "$tmp/game/dove.lua"
[ "$rc" -eq 0 ] && [ ! -s "$tmp/err" ] && pass "the guide's strategy plays" || fail "dove.lua: rc $rc, $(head -c 300 "$tmp/err")"

# ---- objectives changed by id ---------------------------------------------------
run $RL check tests/data/mods/amend
[ "$rc" -eq 0 ] && grep -q "^tests/data/mods/amend: ok: .*played amend" "$tmp/out" &&
    pass "a mod whose scenario changes objectives by id checks clean and is played" ||
    fail "check tests/data/mods/amend: rc $rc: $(head -c 400 "$tmp/out") $(head -c 300 "$tmp/err")"
for scen in tutorial letter2025; do
    run $RL check scripts/scenarios/$scen.lua
    [ "$rc" -eq 0 ] && pass "check scripts/scenarios/$scen.lua (objectives changed by id): ok" ||
        fail "check scripts/scenarios/$scen.lua: rc $rc: $(head -c 400 "$tmp/out")"
done

# ---- every kind of problem ------------------------------------------------------
run $RL check tests/data/mods/broken
out="$tmp/out"
if [ "$rc" -ne 3 ]; then
    fail "check of the broken mod exited $rc, not 3"
fi
for expect in \
    "broken/actions.lua:2: action 'broken_action': unknown actor 'irn' in 'actors' (did you mean 'iran'?)" \
    "broken/actions.lua:3: action 'broken_action': 'cost' is 9, expected a number from 0 to 5" \
    "broken/actions.lua:3: action 'broken_action': cannot read effects 'sancions += 1'; unknown variable 'sancions' (did you mean 'sanctions'?)" \
    "broken/actors/irann.lua:1: files in actors/ are named after an actor; 'irann' is not one (did you mean 'iran'?)" \
    "broken/events/typo.lua:3: world.get(\"escalaton\"): unknown variable 'escalaton' (did you mean 'escalation'?)" \
    "broken/rules/gulf.lua:2: rule 'broken.no_reason': 'reason' is missing" \
    "broken/rules/gulf.lua:8: rule 'broken.typo': favours 'gulf_mediat', which is not an action (did you mean 'gulf_mediate'?)" \
    "broken/scenarios/broken.lua:5: scenario: unknown field 'turn' (did you mean 'turns'?)" \
    "broken/scenarios/broken.lua:8: unknown variable 'rail' in 'initial' (did you mean 'rial'?)" \
    "broken/scenarios/broken.lua:9: variable 'inflation' must be a number from 0 to 300" \
    "broken/scenarios/broken.lua:11: unknown parameter 'sanction_bit' in 'params' (did you mean 'sanction_bite'?)" \
    "broken/scenarios/broken.lua:12: unknown actor 'usa' in 'capital' (did you mean 'us'?)" \
    "broken/scenarios/broken.lua:14: objective 'popular': unknown variable 'aproval' (did you mean 'approval'?)" \
    "broken/scenarios/broken.lua:15: objective 'win': unknown outcome 'victory'" \
    "broken/scenarios/broken.lua:16: objectives of israel: unknown objective 'breakot' (did you mean 'breakout'?)" \
    "broken/scenarios/broken.lua:17: objective 'ties': expected 'best' to be a number" \
    "broken/scenarios/broken.lua:18: objective 'heard': unknown field 'bset' (did you mean 'best'?)" \
    "broken/scenarios/broken.lua:19: objectives of china: unknown field 'chnage' (did you mean 'change'?)" \
    "broken/scenarios/broken.lua:20: objectives of irgc: unknown objective 'ranks_hld' (did you mean 'ranks_hold'?)" \
    "broken/scenarios/broken.lua:21: objectives of proxies: either a list of objectives or changes to scripts/lib/baseline.lua's (change, drop, add), not both" \
    "broken/scenarios/broken.lua:24: event 'unsourced': news needs its sources"; do
    grep -qF "tests/data/mods/$expect" "$out" && pass "check names: $expect" || fail "check does not say: $expect"
done
grep -q "^tests/data/mods/broken: 21 problems$" "$out" && pass "all 21 problems in one run" ||
    fail "expected 21 problems: $(tail -n 1 "$out")"

# ---- a syntax error ------------------------------------------------------------
for path in tests/data/mods/syntax tests/data/mods/syntax/scenarios/bad.lua; do
    run $RL check "$path"
    if [ "$rc" -eq 3 ] && grep -q "^tests/data/mods/syntax/scenarios/bad.lua:4: '}' expected" "$tmp/out"; then
        pass "check $path: a syntax error exits 3 naming file:line"
    else
        fail "check $path: rc $rc: $(head -c 300 "$tmp/out")"
    fi
done

run $RL check no/such/thing.lua
[ "$rc" -eq 2 ] && grep -q "no/such/thing.lua" "$tmp/err" && pass "check of a missing path exits 2 naming it" ||
    fail "check missing path: rc $rc"

run $RL check tests/data/actors/bad_error.lua
if [ "$rc" -eq 3 ] && grep -q "^tests/data/actors/bad_error.lua:4: deliberate failure" "$tmp/out"; then
    pass "check plays a strategy and names the line it fails on"
else
    fail "check bad_error.lua: rc $rc: $(head -c 300 "$tmp/out")"
fi

# ---- a broken mod does not take the game down --------------------------------------
# (the player's own mods are on without being switched on)
mkdir -p "$tmp/xdg/redline/mods"
cp -r tests/data/mods/broken "$tmp/xdg/redline/mods/"
run $RL run --scenario jan2026 --seed 7 --json
if [ "$rc" -eq 0 ] && grep -q "mod 'broken' is switched off for this game" "$tmp/err" &&
    grep -q "\"outcome\"" "$tmp/out"; then
    pass "a broken mod in the user's folder is switched off with a warning naming it; the game is played"
else
    fail "broken user mod: rc $rc, stderr $(head -c 300 "$tmp/err")"
fi
run $RL run --scenario broken
[ "$rc" -eq 3 ] && grep -q "redline/mods/broken/[a-z]*.lua:[0-9]*: " "$tmp/err" &&
    pass "asking for the broken mod's own scenario exits 3 naming the mod's file and line" ||
    fail "run --scenario broken: rc $rc, $(head -c 300 "$tmp/err")"
rm -rf "$tmp/xdg/redline/mods/broken"

# ---- a tournament -------------------------------------------------------------------
run $RL tournament tests/data/mods/strategies --scenario tutorial --seeds 2
cp "$tmp/out" "$tmp/league1"
if [ "$rc" -eq 3 ] && grep -q "^   1  " "$tmp/out" && grep -q " dove.lua " "$tmp/out" && grep -q " hawk.lua " "$tmp/out" &&
    grep -q " passive.lua " "$tmp/out" && grep -Eq "^ +[0-9]+  ai " "$tmp/out" &&
    grep -q "^left out: broken.lua: .*strategies/broken.lua:3: " "$tmp/out"; then
    pass "tournament: a league table of every strategy and the built-in AI; the broken one left out naming file:line (exit 3)"
else
    fail "tournament: rc $rc: $(head -c 900 "$tmp/out") $(head -c 300 "$tmp/err")"
fi
games=$(awk '$2 == "dove.lua" { print $3 }' "$tmp/out")
[ "$games" = "12" ] && pass "each strategy plays 3 opponents x 2 sides x 2 seeds = 12 games" ||
    fail "dove.lua played '$games' games, not 12"
run $RL tournament tests/data/mods/strategies --scenario tutorial --seeds 2 --jobs 2
cmp -s "$tmp/out" "$tmp/league1" && pass "the same tournament (with --jobs 2) prints the same table" ||
    fail "two tournaments differ"
run $RL tournament tests/data/mods/strategies --scenario tutorial --seeds 3 --json
if python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
rows = d["table"]
# each game scores a strategy against the field of its side (same opponent, same seed): over all games it nets out
assert abs(sum(r["games"] * r["vs_field"] for r in rows)) < 0.05 * len(rows), rows
assert all(r["us"] is not None and r["iran"] is not None for r in rows), rows
' "$tmp/out"; then
    pass "tournament: each strategy is compared with the field of its own side, which nets out to zero"
else
    fail "tournament vs field: $(head -c 900 "$tmp/out")"
fi
run $RL tournament tests/data/mods/strategies --scenario tutorial --seeds 2 --side us --json
if python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
names = [r["strategy"] for r in d["table"]]
assert d["side"] == "us" and sorted(names) == ["dove.lua", "hawk.lua", "passive.lua"], names
assert all(r["games"] == 2 for r in d["table"]), d["table"]
assert [x["strategy"] for x in d["left_out"]] == ["broken.lua"]
' "$tmp/out"; then
    pass "tournament --side us --json: each strategy as the US against the built-in Iran"
else
    fail "tournament --side us --json: $(head -c 600 "$tmp/out")"
fi
run $RL tournament tests/data/mods/strategies
[ "$rc" -eq 2 ] && grep -q -- "--scenario" "$tmp/err" && pass "tournament without --scenario exits 2" ||
    fail "tournament without --scenario: rc $rc"

# ---- the generated reference ------------------------------------------------------
if tools/api_doc.sh --check >"$tmp/out" 2>&1; then
    pass "docs/modding.md's reference and docs/lua-stubs/redline.lua match redline api"
else
    fail "$(cat "$tmp/out")"
fi

finish
