#!/bin/sh
# The command line of `redline run` and friends: the JSON contract, byte-for-
# byte determinism, exit codes and messages. Run from the repository root
# (tests/run.sh does); prints each failed check and exits 1 if any failed.
cd "$(dirname "$0")/../.." || exit 1
RL=./redline
. tests/cli/lib.sh

[ -x "$RL" ] || { echo "FAIL: $RL is not built"; exit 1; }
command -v python3 >/dev/null || { echo "FAIL: python3 is needed to read the JSON"; exit 1; }

tmp=$(mktemp -d /tmp/redline-cli-XXXXXX) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

# run CMD...: stdout to $tmp/out, stderr to $tmp/err, exit code to $rc
run() {
    "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
}

# ---- the JSON document ------------------------------------------------------
run $RL run --scenario jan2026 --seed 7 --json
cp "$tmp/out" "$tmp/seed7.json"
if [ "$rc" -ne 0 ]; then
    fail "run --scenario jan2026 --seed 7 --json exited $rc: $(head -c 300 "$tmp/err")"
elif python3 - "$tmp/seed7.json" <<'EOF'
import json, re, sys
text = open(sys.argv[1]).read()
try:
    doc = json.loads(text)      # one document, nothing before or after it
except ValueError as e:
    sys.exit("not one JSON document: %s" % e)
problems = []
def need(cond, what):
    if not cond:
        problems.append(what)
for key in ("scenario", "seed", "turns", "outcome", "state_hash", "final", "score", "log"):
    need(key in doc, "missing key '%s'" % key)
if not problems:
    need(doc["scenario"] == "jan2026", "scenario is %r" % doc["scenario"])
    need(doc["seed"] == 7, "seed is %r" % doc["seed"])
    need(isinstance(doc["turns"], int) and 1 <= doc["turns"] <= 26, "turns is %r" % doc["turns"])
    need(doc["outcome"] in ("agreement", "war", "regime_collapse", "breakout", "timeout"),
         "outcome is %r" % doc["outcome"])
    need(re.fullmatch(r"[0-9a-f]{16}", doc["state_hash"]) is not None, "state_hash is %r" % doc["state_hash"])
    need(isinstance(doc["final"], dict) and "escalation" in doc["final"] and "oil_price" in doc["final"],
         "final lacks the indicators")
    need(all(isinstance(v, (int, float)) for v in doc["final"].values()), "final has non-numbers")
    need(set(doc["score"]) >= {"us", "iran"}, "score lacks us or iran: %r" % doc["score"])
    log = doc["log"]
    need(isinstance(log, list) and len(log) == doc["turns"],
         "log has %d entries for %r turns" % (len(log), doc["turns"]))
    for i, entry in enumerate(log):
        need(entry.get("turn") == i + 1, "log entry %d says turn %r" % (i, entry.get("turn")))
        for key in ("orders", "news", "indicators", "state_hash"):
            need(key in entry, "log entry %d lacks '%s'" % (i, key))
        for order in entry.get("orders", []):
            need("actor" in order and "action" in order, "turn %d: an order lacks actor/action" % (i + 1))
            for rule in order.get("rules", []):
                need(rule.get("id") and rule.get("reason") and rule.get("sources") is not None,
                     "turn %d: a rule lacks id, reason or sources" % (i + 1))
    need(any(entry["orders"] for entry in log), "nobody gave an order all game")
    if log:
        need(log[-1]["state_hash"] == doc["state_hash"], "the last turn's state_hash is not the final one")
        need(log[-1]["indicators"] == doc["final"], "the last turn's indicators are not the final ones")
    hashes = [e["state_hash"] for e in log]
    need(len(set(hashes)) == len(hashes), "two turns have the same state_hash")
if problems:
    sys.exit("; ".join(problems))
EOF
then
    pass "run --json prints one JSON document with the contract's fields, one log entry per turn"
else
    fail "run --json document (see above)"
fi
[ -s "$tmp/err" ] && fail "a clean run wrote to stderr: $(head -c 300 "$tmp/err")"

# ---- the causes of every change -----------------------------------------------
for scenario in jan2026 letter2025 hammer2025 tutorial; do
    run $RL run --scenario "$scenario" --seed 5 --json
    if [ "$rc" -eq 0 ] && python3 tests/cli/check_causes.py "$tmp/out" >"$tmp/causes" 2>&1; then
        pass "$scenario: every turn's causes add up to each indicator's change"
    else
        fail "$scenario: causes (rc $rc): $(head -c 400 "$tmp/causes")"
    fi
done
# the check can fail: one amount changed, or one cause left out
python3 - "$tmp/seed7.json" "$tmp/tampered.json" "$tmp/dropped.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
turn = next(e for e in doc["log"] if e["causes"].get("escalation"))
turn["causes"]["escalation"][0]["amount"] += 0.001
json.dump(doc, open(sys.argv[2], "w"))
turn["causes"]["escalation"][0]["amount"] -= 0.001
turn["causes"]["escalation"].pop()
json.dump(doc, open(sys.argv[3], "w"))
PY
if ! python3 tests/cli/check_causes.py "$tmp/tampered.json" >/dev/null &&
    ! python3 tests/cli/check_causes.py "$tmp/dropped.json" >/dev/null; then
    pass "the causes check fails when a part is off by 0.001 or left out"
else
    fail "the causes check passes a document whose parts do not add up"
fi

# ---- determinism ------------------------------------------------------------
run $RL run --scenario jan2026 --seed 7 --json
if [ "$rc" -eq 0 ] && cmp -s "$tmp/out" "$tmp/seed7.json"; then
    pass "the same seed prints byte-identical JSON"
else
    fail "two runs of seed 7 differ (rc $rc)"
fi

run $RL run --scenario jan2026 --seed 8 --json
hash7=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["state_hash"])' "$tmp/seed7.json" 2>/dev/null)
hash8=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["state_hash"])' <"$tmp/out" 2>/dev/null)
if [ "$rc" -eq 0 ] && [ -n "$hash8" ] && [ "$hash7" != "$hash8" ] && ! cmp -s "$tmp/out" "$tmp/seed7.json"; then
    pass "seed 8 plays another game ($hash8, not $hash7)"
else
    fail "seed 8 gives the same game as seed 7 or failed (rc $rc, $hash7 / $hash8)"
fi

# the story ends with the same state_hash as the JSON
run $RL run --scenario jan2026 --seed 7
if [ "$rc" -eq 0 ] && grep -q "^state_hash $hash7\$" "$tmp/out" && grep -q "^Outcome after " "$tmp/out"; then
    pass "the plain story ends with the outcome and the same state_hash"
else
    fail "the story lacks 'state_hash $hash7' or the outcome (rc $rc)"
fi

# the story: every week's ladder line adds up, all sides' significant moves
cp "$tmp/out" "$tmp/story7.txt"
if python3 - "$tmp/story7.txt" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
weeks = text.count("\nTurn ")
lines = re.findall(r"^  ladder (\S+) \u2192 (\S+) \(([+\u2212][0-9.]+)\)(?:: (.*))?$", text, re.M)
num = lambda s: float(s.replace("\u2212", "-"))
assert weeks > 0 and len(lines) == weeks, "%d ladder lines for %d weeks" % (len(lines), weeks)
for before, after, change, causes in lines:
    assert abs(num(after) - num(before) - num(change)) < 1e-9, (before, after, change)
    parts = re.findall(r" ([+\u2212][0-9.]+)(?=, |$)", causes or "")
    assert abs(sum(map(num, parts)) - num(change)) < 1e-9, "the causes do not add up: " + causes
moves = text.split("Significant moves, every side's:")[1].split("\nOutcome after")[0]
sides = set(re.findall(r"^  week \d+ +(.+?) {2,}", moves, re.M))
assert len(sides) >= 3 and sides - {"United States", "Iran"}, "significant moves of only %r" % sides
assert re.search(r"^  \S.* \(ladder [+\u2212][0-9.]+\)", text, re.M), "no order shows its ladder move"
PY
then
    pass "the story's ladder lines add up, orders show their ladder move, and other sides' moves than the US's and Iran's are listed"
else
    fail "the story's ladder lines or significant moves (above)"
fi
cat >"$tmp/at_odds.lua" <<'EOF'
return {
  decide = function(view)
    if view.can.direct_talks and view.can.cancel_talks then
      return { { action = "direct_talks" }, { action = "cancel_talks" } }
    end
    if view.can.offer_talks then return { { action = "offer_talks" } } end
    return {}
  end,
}
EOF
run $RL run --scenario letter2025 --seed 1 --turns 4 --us "$tmp/at_odds.lua"
if [ "$rc" -eq 0 ] && grep -q "^  ! United States, orders at odds: Cut off all talks undoes what Hold direct talks needs (Talks)" "$tmp/out"; then
    pass "the story flags orders of one side that work against each other"
else
    fail "orders at odds were not flagged (rc $rc): $(grep -c 'orders at odds' "$tmp/out") lines"
fi

# --turns stops early
run $RL run --scenario letter2025 --seed 3 --turns 3 --json
turns=$(python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["turns"], len(d["log"]), d["scenario"])' <"$tmp/out" 2>/dev/null)
case "$rc:$turns" in
    "0:1 1 letter2025" | "0:2 2 letter2025" | "0:3 3 letter2025") pass "--turns 3 plays at most 3 turns ($turns)" ;;
    *) fail "--turns 3 gave rc $rc, turns/log/scenario '$turns'" ;;
esac

# --save writes the finished game without changing it; --load gives it back
run $RL run --scenario jan2026 --seed 7 --save "$tmp/seed7.save" --json
if [ "$rc" -ne 0 ] || [ ! -s "$tmp/seed7.save" ] || [ -e "$tmp/seed7.save.tmp" ]; then
    fail "--save: rc $rc, $(head -c 300 "$tmp/err")"
elif ! cmp -s "$tmp/out" "$tmp/seed7.json"; then
    fail "--save changed the game that was played"
else
    run $RL run --load "$tmp/seed7.save" --json
    if [ "$rc" -eq 0 ] && cmp -s "$tmp/out" "$tmp/seed7.json"; then
        pass "--save then --load prints the same JSON document as the original run"
    else
        fail "--load: rc $rc, the document differs: $(head -c 300 "$tmp/err")"
    fi
fi

# a damaged save: exit 3 and a message naming the file
printf '{"game": "redline", "format": 1' >"$tmp/broken.json"
run $RL run --load "$tmp/broken.json"
if [ "$rc" -eq 3 ] && grep -q "broken.json" "$tmp/err"; then
    pass "a damaged save exits 3 naming the file"
else
    fail "a damaged save: rc $rc, stderr: $(head -c 300 "$tmp/err")"
fi

# ---- usage errors -----------------------------------------------------------
run $RL run --scenario nosuch
if [ "$rc" -eq 2 ] && grep -q "nosuch" "$tmp/err" && grep -q "jan2026" "$tmp/err" && grep -q "letter2025" "$tmp/err"; then
    pass "an unknown scenario exits 2 and lists jan2026 and letter2025"
else
    fail "--scenario nosuch: rc $rc, stderr: $(head -c 300 "$tmp/err")"
fi

run $RL run --scenario jan2026 --no-such-flag
if [ "$rc" -eq 2 ] && grep -qi "usage" "$tmp/err" && grep -q -- "--no-such-flag" "$tmp/err"; then
    pass "an unknown flag exits 2 with the usage"
else
    fail "--no-such-flag: rc $rc, stderr: $(head -c 300 "$tmp/err")"
fi

for bad in "--seed abc" "--seed -1" "--turns 0" "--turns 201" "--seed"; do
    # shellcheck disable=SC2086
    run $RL run --scenario jan2026 $bad
    if [ "$rc" -eq 2 ] && grep -qi "usage" "$tmp/err"; then
        pass "'$bad' exits 2 with the usage"
    else
        fail "'$bad': rc $rc, stderr: $(head -c 200 "$tmp/err")"
    fi
done

run $RL run
[ "$rc" -eq 2 ] && grep -q -- "--scenario" "$tmp/err" && pass "run without --scenario exits 2" ||
    fail "run without --scenario: rc $rc"

run $RL frobnicate
[ "$rc" -eq 2 ] && grep -qi "usage" "$tmp/err" && pass "an unknown command exits 2 with the usage" ||
    fail "unknown command: rc $rc"

run $RL --version
if [ "$rc" -eq 0 ] && grep -Eq '^redline [0-9]+\.[0-9]+' "$tmp/out"; then
    pass "--version exits 0 ($(cat "$tmp/out"))"
else
    fail "--version: rc $rc, '$(head -c 100 "$tmp/out")'"
fi

run $RL --help
if [ "$rc" -eq 0 ] && grep -q "usage: redline" "$tmp/out" && grep -q "run --scenario" "$tmp/out"; then
    pass "--help exits 0 with the usage"
else
    fail "--help: rc $rc"
fi

run $RL run --help
[ "$rc" -eq 0 ] && grep -q -- "--seed" "$tmp/out" && pass "run --help exits 0" || fail "run --help: rc $rc"

# ---- broken data: exit 3 with file:line ---------------------------------------
mkdir -p "$tmp/root"
cp -r scripts "$tmp/root/"
cat >"$tmp/root/scripts/scenarios/broken.lua" <<'EOF'
-- A scenario with a syntax error on line 3.
return {
  id = "broken" name = "Broken",
}
EOF
REDLINE_ROOT="$tmp/root" run $RL run --scenario broken
if [ "$rc" -eq 3 ] && grep -q "scripts/scenarios/broken.lua:3:" "$tmp/err"; then
    pass "a scenario with a syntax error exits 3 with file:line"
else
    fail "broken scenario: rc $rc, stderr: $(head -c 300 "$tmp/err")"
fi

# the copied tree itself still plays: the failure above is the broken file's
REDLINE_ROOT="$tmp/root" run $RL run --scenario jan2026 --seed 7 --json
hashr=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["state_hash"])' <"$tmp/out" 2>/dev/null)
[ "$rc" -eq 0 ] && [ "$hashr" = "$hash7" ] && pass "REDLINE_ROOT points the game at another tree" ||
    fail "REDLINE_ROOT copy: rc $rc, hash '$hashr' vs '$hash7'"

# a scenario whose values are out of range: exit 3, the file, the line and the variable
sed 's/oil_exports = { 1.2,/oil_exports = { 99,/' "$tmp/root/scripts/scenarios/jan2026.lua" \
    >"$tmp/root/scripts/scenarios/outofrange.lua"
grep -q "oil_exports = { 99," "$tmp/root/scripts/scenarios/outofrange.lua" || fail "could not make outofrange.lua"
REDLINE_ROOT="$tmp/root" run $RL run --scenario outofrange
if [ "$rc" -eq 3 ] && grep -Eq "scripts/scenarios/outofrange.lua:[0-9]+: .*oil_exports" "$tmp/err"; then
    pass "an out-of-range initial value exits 3 naming file, line and variable"
else
    fail "out-of-range scenario: rc $rc, stderr: $(head -c 300 "$tmp/err")"
fi

# a strategy script that fails: the game still ends, with a warning naming it
run $RL run --scenario jan2026 --seed 7 --turns 3 --us tests/data/actors/bad_error.lua --json
if [ "$rc" -eq 0 ] && grep -q "bad_error.lua" "$tmp/err" &&
    python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(0 if d["warnings"] and d["outcome"] else 1)' <"$tmp/out"; then
    pass "a failing --us script warns, names the script, and the game ends"
else
    fail "--us bad_error.lua: rc $rc, stderr: $(head -c 300 "$tmp/err")"
fi

run $RL run --scenario jan2026 --us no/such/script.lua
[ "$rc" -eq 3 ] && grep -q "no/such/script.lua" "$tmp/err" && pass "a missing --us script exits 3 naming it" ||
    fail "--us missing script: rc $rc, stderr: $(head -c 200 "$tmp/err")"

finish
