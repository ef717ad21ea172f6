#!/bin/sh
# redline sweep (issue 16, uncertainty made visible): outcome shares and
# scores across a parameter's plausible range, as a table, a CSV and an SVG
# chart; the same seeds at every value; bad input refused with exit 2. Run
# from the repository root (tests/run.sh does).
cd "$(dirname "$0")/../.." || exit 1
RL=./redline
. tests/cli/lib.sh
[ -x "$RL" ] || { echo "FAIL: $RL is not built"; exit 1; }
tmp=$(mktemp -d /tmp/redline-sweep-XXXXXX) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
export REDLINE_NO_MODS=1

if "$RL" sweep --scenario tutorial --param talks_rate --runs 40 --steps 3 --jobs 2 \
        --out "$tmp/s.csv" --chart "$tmp/s.svg" >"$tmp/table" 2>"$tmp/err"; then
    pass "sweep runs"
else
    fail "sweep exit $?: $(cat "$tmp/err")"
fi
grep -q "talks_rate from 4 to 25" "$tmp/table" && pass "the table names the range" || fail "table: $(head -3 "$tmp/table")"

# The CSV: one row per value, from the bottom of the range to the top, shares
# adding up to 100, scores for the US and Iran; talks that move faster end
# in more agreements (the parameter does what it says). In the eight-week
# tutorial the pace decides whether a deal is reached at all; in jan2026's 26
# weeks most talks get there at any pace (200 seeds: 52% at 4, 61.5% at 25),
# too close to tell apart at 40.
if python3 - "$tmp/s.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline='')))
assert [float(r["value"]) for r in rows] == [4, 14.5, 25], [r["value"] for r in rows]
outcomes = ("agreement", "war", "regime_collapse", "breakout", "timeout")
for r in rows:
    assert r["games"] == "40", r
    assert abs(sum(float(r[o]) for o in outcomes) - 100) < 0.1, r
    for side in ("us", "iran"):
        assert 0 <= float(r["score_" + side]) <= 100 and float(r["ci95_" + side]) >= 0, r
assert float(rows[-1]["agreement"]) > float(rows[0]["agreement"]) + 15, [r["agreement"] for r in rows]
PY
then pass "the CSV: three values, shares add up, faster talks more deals"; else fail "the CSV"; fi

# The chart is well-formed SVG with a line per outcome and a band per side.
if python3 - "$tmp/s.svg" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = "{http://www.w3.org/2000/svg}"
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == ns + "svg"
assert len(root.findall(ns + "polyline")) == 7, len(root.findall(ns + "polyline"))   # 5 outcomes, 2 sides
assert len(root.findall(ns + "polygon")) == 2
PY
then pass "the chart: SVG, seven lines and two bands"; else fail "the chart"; fi

# The same seeds at every value: a sweep's row is the batch of those seeds
# with the parameter set, so two sweeps agree where their values meet.
"$RL" sweep --scenario tutorial --param talks_rate --runs 20 --steps 2 --out "$tmp/a.csv" >/dev/null 2>&1
"$RL" sweep --scenario tutorial --param talks_rate --runs 20 --steps 3 --out "$tmp/b.csv" >/dev/null 2>&1
a_top=$(tail -n 1 "$tmp/a.csv"); b_top=$(tail -n 1 "$tmp/b.csv")
[ -n "$a_top" ] && [ "$a_top" = "$b_top" ] && pass "the same seeds at every value" || fail "top rows differ: $a_top / $b_top"

expect_usage() {
    "$RL" sweep "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    [ "$rc" -eq 2 ] && grep -q "^redline: " "$tmp/err" &&
        pass "refused: $*" || fail "sweep $* exit $rc: $(cat "$tmp/err")"
}
expect_usage --scenario jan2026 --param talks_rat --runs 5
expect_usage --scenario jan2026 --param talks_rate --runs 0
expect_usage --scenario jan2026 --param talks_rate --runs 5 --steps 1
expect_usage --scenario jan2026 --param talks_rate --runs 5 --steps 99
expect_usage --scenario jan2026 --param talks_rate --runs 5 --out x.txt
expect_usage --scenario jan2026 --param talks_rate --runs 5 --chart x.png
expect_usage --scenario jan2026 --runs 5
expect_usage --scenario nowhere --param talks_rate --runs 5
"$RL" sweep --scenario jan2026 --param talks_rate --runs 2 --steps 2 --out /nonexistent/dir/x.csv >/dev/null 2>"$tmp/err"
[ $? -eq 3 ] && pass "an unwritable --out is exit 3" || fail "unwritable --out: $(cat "$tmp/err")"
finish
