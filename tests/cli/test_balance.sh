#!/bin/sh
# The balance targets (docs/model.md, "Balance"), checked on the standard
# league at a size CI can afford: every scenario and side, 300 seeds a
# strategy. make balance runs the same check on 1,000 seeds. The seeds are
# fixed, so a failure here is a change of the games, not bad luck: look at
# the table it prints. Run from the repository root (tests/run.sh does).
cd "$(dirname "$0")/../.." || exit 1
RL=./redline
. tests/cli/lib.sh
[ -x "$RL" ] || { echo "FAIL: $RL is not built"; exit 1; }
tmp=$(mktemp -d /tmp/redline-balance-XXXXXX) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

"$RL" league --runs 300 --jobs 2 --check --json >"$tmp/league.json" 2>"$tmp/err"
rc=$?
if python3 - "$tmp/league.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
tables = {(t["scenario"], t["side"]) for t in d["tables"]}
want = {(s, side) for s in ("jan2026", "letter2025", "hammer2025", "tutorial") for side in ("us", "iran")}
assert want <= tables, sorted(want - tables)
missed = [f'{t["scenario"]} {t["side"]}: {c["target"]}' for t in d["tables"] for c in t["targets"] if not c["met"]]
for line in missed:
    print("   missed:", line)
for t in d["tables"]:
    kinds = " ".join(c["target"] for c in t["targets"])
    assert "no outcome above 70%" in kinds and "expert" in kinds and "do_nothing" in kinds, kinds
assert d["targets_missed"] == len(missed)
sys.exit(1 if missed else 0)
PY
then
    [ "$rc" -eq 0 ] && pass "every balance target met on 300 seeds" || fail "--check exit $rc with every target met"
else
    fail "balance targets missed (exit $rc): $(cat "$tmp/err")"
fi

# Every other actor a class may hand to a team plays the generic strategies
# against the built-in one (redline league --side ACTOR). The targets each
# meets today must hold; the ones it misses are listed in docs/balance.md
# ("Every actor") and here, so that a change that loses a target fails and
# one that meets a listed gap says so.
for actor in israel protesters irgc proxies europe china gulf; do
    "$RL" league --side "$actor" --runs 300 --jobs 2 --check --json >"$tmp/$actor.json" 2>"$tmp/err" ||
        [ $? -eq 1 ] || fail "league --side $actor: $(cat "$tmp/err")"
done
if python3 - "$tmp" <<'PY'
import json, sys
# (actor, scenario): the targets missed at 300 seeds, by kind: "above:STRATEGY" (the AI
# below it), "do_nothing" (less than 15 points above it), "spread" (best and worst under 30 apart).
KNOWN_GAPS = {
    ("irgc", "letter2025"): {"spread"},
    ("irgc", "tutorial"): {"spread"},
}

def kind(t):
    if "at least 15 below" in t: return "do_nothing"
    if "at least 30 apart" in t: return "spread"
    if "no outcome above" in t: return "outcome"
    if t.startswith("the AI (") and " above " in t: return "above:" + t.split(" above ")[1].split(" (")[0]
    return t

lost, gained, checked = [], [], 0
for actor in "israel protesters irgc proxies europe china gulf".split():
    d = json.load(open(f"{sys.argv[1]}/{actor}.json"))
    assert len(d["tables"]) == 4, (actor, len(d["tables"]))
    for t in d["tables"]:
        known = KNOWN_GAPS.get((actor, t["scenario"]), set())
        missed = {kind(c["target"]) for c in t["targets"] if not c["met"]} - {"outcome"}
        checked += len(t["targets"])
        lost += [f"{actor} {t['scenario']}: {c['target']}" for c in t["targets"]
                 if not c["met"] and kind(c["target"]) in missed - known]
        gained += [f"{actor} {t['scenario']}: {k}" for k in known - missed]
for line in lost:
    print("   target lost:", line)
for line in gained:
    print("   now met (take it off KNOWN_GAPS and docs/balance.md):", line)
print(f"   {checked} targets of the seven other actors read")
sys.exit(1 if lost else 0)
PY
then
    pass "every other actor keeps the targets it meets (known gaps in docs/balance.md)"
else
    fail "another actor lost a balance target (above)"
fi
finish
