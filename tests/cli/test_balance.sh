#!/bin/sh
# The balance targets (docs/model.md, "Balance"), checked on the standard
# league at a size CI can afford: every scenario and every side a class may
# hand to a team, 300 seeds a strategy. make balance runs the same check on
# 1,000 seeds. The seeds are fixed, so a failure here is a change of the
# games, not bad luck: look at the table it prints. Run from the repository
# root (tests/run.sh does).
cd "$(dirname "$0")/../.." || exit 1
RL=./redline
. tests/cli/lib.sh
[ -x "$RL" ] || { echo "FAIL: $RL is not built"; exit 1; }
tmp=$(mktemp -d /tmp/redline-balance-XXXXXX) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

# The US and Iran (the sides with an expert strategy), then each other actor
# playing the generic strategies against the built-in one.
sides="main israel protesters irgc proxies europe china gulf"
for side in $sides; do
    [ "$side" = main ] && only= || only="--side $side"
    # shellcheck disable=SC2086
    "$RL" league $only --runs 300 --jobs 2 --check --json >"$tmp/$side.json" 2>"$tmp/err"
    rc=$?
    [ "$rc" -le 1 ] || fail "league $only: exit $rc: $(cat "$tmp/err")"
done

if python3 - "$tmp" $sides <<'PY'
import json, sys
folder, sides = sys.argv[1], sys.argv[2:]
scenarios = ("jan2026", "letter2025", "hammer2025", "tutorial")
want = {(s, side) for s in scenarios for side in ("us", "iran") + tuple(x for x in sides if x != "main")}
tables = [t for side in sides for t in json.load(open(f"{folder}/{side}.json"))["tables"]]
assert want == {(t["scenario"], t["side"]) for t in tables}, sorted(want ^ {(t["scenario"], t["side"]) for t in tables})
for t in tables:
    kinds = " ".join(c["target"] for c in t["targets"])
    assert "no outcome above 70%" in kinds and "do_nothing" in kinds and "at least 30 apart" in kinds, kinds
    assert t["side"] not in ("us", "iran") or "expert" in kinds, kinds
missed = [f'{t["scenario"]} {t["side"]}: {c["target"]}' for t in tables for c in t["targets"] if not c["met"]]
for line in missed:
    print("   missed:", line)
print(f"   {sum(len(t['targets']) for t in tables)} targets read in {len(tables)} tables")
sys.exit(1 if missed else 0)
PY
then
    pass "every balance target met on 300 seeds, for all nine sides of the four scenarios"
else
    fail "balance targets missed (above)"
fi
finish
