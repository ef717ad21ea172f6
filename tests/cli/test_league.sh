#!/bin/sh
# redline league: each side's strategies (DIR/any/ and DIR/SIDE/) and the
# built-in AI play that side over the same seeds; the table is the same
# whatever --jobs; a strategy that does not load is left out naming file:line
# (exit 3); --check exits 1 naming a missed target. Run from the repository
# root (tests/run.sh does).
cd "$(dirname "$0")/../.." || exit 1
RL=./redline
. tests/cli/lib.sh
[ -x "$RL" ] || { echo "FAIL: $RL is not built"; exit 1; }
tmp=$(mktemp -d /tmp/redline-league-XXXXXX) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
run() {
    "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
}

# ---- the standard league: every strategy of scripts/strategies, and the AI ----------
run $RL league --scenario tutorial --runs 6 --json
cp "$tmp/out" "$tmp/one"
if [ "$rc" -eq 0 ] && python3 -c '
import json, os, sys
d = json.load(open(sys.argv[1]))
generic = sorted(f[:-4] for f in os.listdir("scripts/strategies/any") if f.endswith(".lua"))
sides = [t["side"] for t in d["tables"]]
assert sides == ["us", "iran"], sides          # the sides tutorial scores
for t in d["tables"]:
    names = [r["strategy"] for r in t["rows"]]
    folder = "scripts/strategies/" + t["side"]    # git keeps no empty folder
    own = sorted(f[:-4] for f in os.listdir(folder) if f.endswith(".lua")) if os.path.isdir(folder) else []
    assert sorted(names) == sorted(set(["ai"] + generic + own)), names
    assert all(r["games"] == 6 for r in t["rows"]), t["rows"]
    scores = [r["score"] for r in t["rows"]]
    assert scores == sorted(scores, reverse=True), scores
    for r in t["rows"]:
        assert abs(sum(r["outcomes"].values()) - 100) < 0.5, r
        assert r["margin95"] >= 0 and 0 <= r["score"] <= 100, r
assert d["targets_missed"] == sum(not c["met"] for t in d["tables"] for c in t["targets"]), d["targets_missed"]
' "$tmp/out"; then
    pass "league --scenario tutorial: a table per scored side, the AI and every strategy, 6 games each, best first"
else
    fail "league --scenario tutorial: rc $rc: $(head -c 600 "$tmp/out") $(head -c 300 "$tmp/err")"
fi
run $RL league --scenario tutorial --runs 6 --json --jobs 2
cmp -s "$tmp/out" "$tmp/one" && pass "the same league with --jobs 2 prints the same tables" ||
    fail "league with --jobs 2 differs from --jobs 1"

# ---- another folder: a broken strategy, a missed target ------------------------------
run $RL league --scenario tutorial --side us --runs 4 --dir tests/data/league
if [ "$rc" -eq 3 ] && grep -q "^left out: broken: .*tests/data/league/us/broken.lua:3: " "$tmp/out" &&
    grep -Eq "^ +[0-9]+  do_nothing " "$tmp/out" && grep -Eq "^ +[0-9]+  ai " "$tmp/out"; then
    pass "league --dir: the broken strategy is left out naming file:line (exit 3), the others play"
else
    fail "league --dir: rc $rc: $(head -c 900 "$tmp/out") $(head -c 300 "$tmp/err")"
fi
mkdir -p "$tmp/dir/us"
cp tests/data/league/us/expert.lua "$tmp/dir/us/"
run $RL league --scenario tutorial --side us --runs 4 --dir "$tmp/dir" --check
if [ "$rc" -eq 1 ] && grep -q "TARGET MISSED: expert (.*) above the AI" "$tmp/out" &&
    grep -q "balance targets missed" "$tmp/out"; then
    pass "league --check: an 'expert' that only strikes misses its target, exit 1"
else
    fail "league --check: rc $rc: $(head -c 900 "$tmp/out")"
fi

# ---- bad usage ------------------------------------------------------------------------
run $RL league --side nobody
[ "$rc" -eq 2 ] && grep -q "actor" "$tmp/err" && pass "league --side nobody exits 2" || fail "--side nobody: rc $rc"
run $RL league --scenario nowhere
[ "$rc" -eq 2 ] && pass "league --scenario nowhere exits 2" || fail "--scenario nowhere: rc $rc"
run $RL league --dir "$tmp/none"
[ "$rc" -eq 3 ] && grep -q "not a folder" "$tmp/err" && pass "league --dir without strategies exits 3" ||
    fail "--dir none: rc $rc $(cat "$tmp/err")"

finish
