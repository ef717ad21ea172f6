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
finish
