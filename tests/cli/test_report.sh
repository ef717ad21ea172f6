#!/bin/sh
# redline report: the three files a teacher gets after a game. The CSV loads
# with Python's csv module, the JSON validates against docs/record.schema.json,
# and the page renders in headless Chromium with its charts and timeline.
set -u
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# A game with turning points and the week-2 event (jan2026 seed 11 became a quiet one when Iran stopped
# hedging after the June strikes: its ladder never moved half a rung in a week).
./redline run --scenario jan2026 --seed 2 --save "$dir/game.json" >/dev/null || fail "could not play a game"
./redline report "$dir/game.json" --out "$dir/report" >/dev/null || fail "redline report failed"
for f in report.html indicators.csv record.json; do
    [ -s "$dir/report/$f" ] || fail "$f is missing or empty"
done

python3 - "$dir/report" <<'PY' || exit 1
import csv, json, sys
d = sys.argv[1]
record = json.load(open(d + "/record.json"))
with open(d + "/indicators.csv", newline="") as f:
    rows = list(csv.DictReader(f))
assert len(rows) == record["turns"] + 1, "one CSV row per turn, plus the start"
assert rows[0]["turn"] == "0" and rows[-1]["turn"] == str(record["turns"])
assert abs(float(rows[-1]["escalation"]) - record["final"]["escalation"]) < 1e-3, "the last row is the final state"
assert "\r\n" in open(d + "/indicators.csv", newline="").read(), "RFC 4180 line ends"
print("csv ok:", len(rows), "rows")
PY

/usr/bin/python3 - "$dir/report/record.json" <<'PY' || exit 1
import json, sys, jsonschema
record = json.load(open(sys.argv[1]))
jsonschema.validate(record, json.load(open("docs/record.schema.json")))
broken = dict(record, outcome="victory")
try:
    jsonschema.validate(broken, json.load(open("docs/record.schema.json")))
    raise SystemExit("the schema accepted an unknown outcome")
except jsonschema.ValidationError:
    pass
print("json ok: valid against docs/record.schema.json")
PY
python3 tests/cli/check_causes.py "$dir/report/record.json" || fail "record.json: the causes do not add up (above)"

# The page from the ledger: turning points, charts on their own ranges with a tick a week and the
# events marked, what moved each indicator adding up, every source tag a link to its summary.
python3 - "$dir/report/report.html" "$dir/report/record.json" "$dir/report/indicators.csv" <<'PY' || exit 1
import json, re, sys
page, record = open(sys.argv[1], encoding="utf-8").read(), json.load(open(sys.argv[2]))
turns = record["turns"]
num = lambda s: float(s.replace("\u2212", "-").replace("$", ""))
assert "<h2>Turning points</h2>" in page and "Where the ladder moved most" in page, "no turning points"
points = re.findall(r'<ol class="turning"><li><a href="#turn-(\d+)">', page)
assert points and 'id="turn-%s"' % points[0] in page, "a turning point does not lead to its week"
figures = re.findall(r"<figure.*?</figure>", page, re.S)
assert len(figures) == 12, "%d charts" % len(figures)
for fig in figures:
    assert fig.count('class="tick"') == turns + 1, "a chart lacks a tick a week"
axis = lambda title: re.findall(r'class="axis" text-anchor="end">([^<]+)</text>',
                                next(f for f in figures if title in f))[:3]
assert axis("Escalation ladder") == ["10", "5", "0"], axis("Escalation ladder")
assert axis("US approval") == ["80%", "45%", "10%"], axis("US approval")
assert all('<g class="event"><title>Week 2: International phone calls resume' in f for f in figures), \
    "the week-2 event is not marked on every chart"
moved = re.findall(r'<ul class="moved">(.*?)</ul>', page, re.S)
assert len(moved) == turns
unit = r"(?: pts|M| kg| weeks?)?"
count = 0
for item in re.findall(r"<li><strong>[^<]*</strong> (.*?)</li>", "".join(moved)):
    m = re.match(r"(\S+) .*?\u2192 (\S+) .*?\(([+\u2212]\$?[0-9.]+)" + unit + r"\)(?:: (.*))?$", item)
    assert m, item
    parts = re.findall(r" ([+\u2212]\$?[0-9.]+)" + unit + r"(?=, |$)", m.group(4) or "")
    assert abs(sum(map(num, parts)) - num(m.group(3))) < 1e-9, "the causes do not add up: " + item
    count += 1
assert count > turns, "only %d indicator moves explained" % count
links = set(re.findall(r'href="#(src-[^"]+)"', page))
ids = set(re.findall(r'<dt id="(src-[^"]+)"', page))
assert len(links) >= 10 and links <= ids, "source links without a summary: %r" % (links - ids)
assert 'href="#src-A46"' in page and re.search(r'<dt id="src-A46">A46</dt><dd>[^<]{20,}</dd>', page)
header = open(sys.argv[3]).readline()
assert "last_policy" not in header and "inconsistency" not in header, "internal variables in the CSV"
assert "last_policy" in record["final"], "the record lost an internal variable"
print("page ok: turning points, %d charts, %d moves explained, %d source links" % (len(figures), count, len(links)))
PY

chrome=$(command -v chromium || command -v chromium-browser) || fail "chromium is not installed (make deps)"
flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
--disable-component-update --disable-sync --user-data-dir=$dir/chrome"
$chrome $flags --dump-dom "file://$dir/report/report.html" >"$dir/dom.html" 2>/dev/null || fail "chromium could not open the page"
python3 - "$dir/dom.html" <<'PY' || exit 1
import re, sys
dom = open(sys.argv[1]).read()
assert len(re.findall(r"<polyline ", dom)) >= 10, "the charts are drawn"
assert len(re.findall(r'<section class="turn"', dom)) >= 1, "the timeline is there"
assert "why, and the sources" in dom and "Debrief questions" in dom
print("dom ok")
PY
$chrome $flags --window-size=1200,1600 --screenshot="$dir/page.png" "file://$dir/report/report.html" >/dev/null 2>&1 ||
    fail "chromium could not take a screenshot"
python3 - "$dir/page.png" <<'PY' || exit 1
import struct, sys, zlib
# Decode the PNG (8-bit RGB or RGBA, as Chromium writes it) and check it is a page, not a blank.
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n"
pos, idat, w = 8, b"", 0
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        w, h, depth, colour = struct.unpack(">IIBB", body[:10])
    elif kind == b"IDAT":
        idat += body
    pos += 12 + n
raw = zlib.decompress(idat)
step = 4 if colour == 6 else 3
stride = w * step + 1
colours = set()
for y in range(0, h, 37):
    row = raw[y * stride + 1:(y + 1) * stride]
    for x in range(0, w * step, step * 29):
        colours.add(row[x:x + 3])
assert len(colours) > 8, "the screenshot is not blank"
print("screenshot ok: %dx%d, %d sampled colours" % (w, h, len(colours)))
PY
# A branch from turn 3 where Iran plays another strategy, set beside the game.
./redline fork "$dir/game.json" --turn 3 --out "$dir/branch.json" >/dev/null || fail "redline fork failed"
cat > "$dir/talk.lua" <<'LUA'
return { decide = function(view)
  local orders = {}
  for _, a in ipairs({ "accept_talks", "iran_backchannel", "nuclear_concession", "restrain_proxies" }) do
    if view.can[a] and #orders < 3 then orders[#orders + 1] = { action = a } end
  end
  return orders
end }
LUA
./redline run --load "$dir/branch.json" --iran "$dir/talk.lua" --save "$dir/branch.json" >/dev/null ||
    fail "the branch does not play on"
./redline report "$dir/game.json" --compare "$dir/branch.json" --out "$dir/both" >/dev/null || fail "--compare failed"
grep -q "the two part at turn 4" "$dir/both/report.html" || fail "the comparison does not say where the branches part"
[ "$(grep -c 'class="branch"' "$dir/both/report.html")" -ge 10 ] || fail "the branch is not drawn in the charts"
./redline fork "$dir/game.json" --turn 999 --out "$dir/x.json" >/dev/null 2>&1 && fail "a fork past the end was accepted"
python3 - "$dir/both" <<'PY' || exit 1
import csv, json, sys
d = sys.argv[1]
record = json.load(open(d + "/record.json"))
assert record["branch"]["log"] and record["branch"]["turns"] >= 4, "record.json lacks the branch"
assert record["branch_name"].endswith("branch.json")
rows = list(csv.DictReader(open(d + "/indicators.csv", newline="")))
game = [r for r in rows if r["branch"] == "game"]
branch = [r for r in rows if r["branch"] == "branch"]
assert len(game) == record["turns"] + 1 and len(branch) == record["branch"]["turns"] + 1, "the CSV lacks a branch"
print("compare ok: both branches in the CSV and the JSON")
PY
/usr/bin/python3 - "$dir/both/record.json" <<'PY' || exit 1
import json, sys, jsonschema
jsonschema.validate(json.load(open(sys.argv[1])), json.load(open("docs/record.schema.json")))
PY
python3 tests/cli/check_causes.py "$dir/both/record.json" || fail "the compared record's causes do not add up"

# The odds: the weeks that moved the odds of the way a game ended most (a short game, few replays).
./redline run --scenario letter2025 --seed 2 --save "$dir/short.json" >/dev/null || fail "could not play letter2025"
./redline report "$dir/short.json" --odds 4 --out "$dir/odds" >/dev/null || fail "report --odds failed"
grep -q "Where the odds of this outcome ([A-Za-z ]*) moved most" "$dir/odds/report.html" || fail "report --odds has no odds"
grep -q "Where the odds" "$dir/report/report.html" && fail "the odds were worked out without --odds"
./redline report "$dir/short.json" --odds 0 --out "$dir/odds" >/dev/null 2>&1 && fail "--odds 0 was accepted"


# How likely was it? The rest of the game replayed many times from turn 3.
./redline batch --from "$dir/game.json" --turn 3 --runs 20 --json >"$dir/likely.json" || fail "batch --from failed"
python3 - "$dir/likely.json" <<'PY' || exit 1
import json, sys
d = json.load(open(sys.argv[1]))
assert d["runs"] == 20 and d["turn"] == 3 and sum(d["outcomes"].values()) == 20
assert len([k for k, v in d["outcomes"].items() if v]) >= 2, "replays from turn 3 should not all end alike"
print("batch --from ok:", d["outcomes"])
PY
echo "report ok"
