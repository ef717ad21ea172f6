#!/bin/sh
# redline handouts: the role cards (one per actor, each with its objectives,
# means, what it knows, sources, its join code and a QR code of its link), the
# student briefing and the lesson plan, as HTML with print styles; each card's
# QR code read by zbarimg is its team's join link; and the class they make,
# whose codes the host then accepts (a team joins with the code its card's QR
# code carries, a team with a card cannot be claimed without it).
cd "$(dirname "$0")/../.." || exit 1
. tests/cli/lib.sh
RL=./redline
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

out=$($RL handouts --scenario letter2025 --out "$tmp/class" --url http://192.0.2.7:8080 2>&1) &&
    pass "written: $(printf '%s' "$out" | head -n 1)" || fail "handouts: $out"
python3 - "$tmp/class" <<'PY' >"$tmp/check" 2>&1 && pass "$(cat "$tmp/check")" || fail "$(cat "$tmp/check")"
import html.parser, re, sys, pathlib
d = pathlib.Path(sys.argv[1])
problems = []
class Tags(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.stack = []; self.counts = {}
    def handle_starttag(self, tag, attrs):
        self.counts[tag] = self.counts.get(tag, 0) + 1
        if tag not in ("meta", "link", "br", "path", "rect", "input"): self.stack.append(tag)
    def handle_startendtag(self, tag, attrs): self.counts[tag] = self.counts.get(tag, 0) + 1
    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag: problems.append(f"unbalanced </{tag}>")
pages = {}
for name in ("cards.html", "briefing.html", "lesson-plan.html"):
    text = (d / name).read_text()
    p = Tags(); p.feed(text); pages[name] = (text, p)
    if "@media print" not in text: problems.append(f"{name}: no print styles")
cards, p = pages["cards.html"]
if p.counts.get("section") != 9: problems.append(f"{p.counts.get('section')} cards, not 9")
if p.counts.get("svg") != 9: problems.append(f"{p.counts.get('svg')} QR codes, not 9")
codes = re.findall(r'class="code">([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})<', cards)
if len(set(codes)) != 9: problems.append(f"{len(set(codes))} distinct join codes, not 9")
for need in ("Objectives", "Your means", "What you know at the start", "Sources", "≈", "(secret)", "192.0.2.7:8080"):
    if need not in cards: problems.append(f"the cards lack '{need}'")
plan = pages["lesson-plan.html"][0]
for need in ("Learning objectives", "Debrief questions", "redline host --scenario letter2025 --dir"):
    if need not in plan: problems.append(f"the plan lacks '{need}'")
if plan.count("<li>") < 8: problems.append("too few debrief questions and objectives")
if "Joining" not in pages["briefing.html"][0]: problems.append("the briefing does not say how to join")
secret = (d / "class.txt").read_text()
if any(c.replace("-", "") in secret for c in codes): problems.append("class.txt holds a join code in plain")
print("\n".join(problems) or f"9 cards with 9 distinct join codes and QR codes; briefing; lesson plan; class.txt keeps the codes hashed")
sys.exit(1 if problems else 0)
PY
# every card's QR code, read by a real decoder (zbarimg, from zbar-tools) from
# the card's SVG drawn by rsvg-convert, is its team's join link: the address
# given, the class's room code, the card's role and the code printed under it
command -v zbarimg >/dev/null && command -v rsvg-convert >/dev/null ||
    { fail "zbarimg and rsvg-convert are needed (tools/deps.sh test installs zbar-tools and librsvg2-bin)"; finish; }
python3 - "$tmp/class" "$tmp/qr" <<'PY' >"$tmp/check" 2>&1 && pass "$(cat "$tmp/check")" || fail "$(cat "$tmp/check")"
import pathlib, re, subprocess, sys
d, work = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
work.mkdir()
roles = {"United States": "us", "Iran": "iran", "Israel": "israel", "Protesters": "protesters", "IRGC": "irgc",
         "Proxies": "proxies", "Europe": "europe", "China": "china", "Gulf states": "gulf"}
room = re.search(r"^room (\w+)$", (d / "class.txt").read_text(), re.M).group(1)
cards = re.findall(r'<section class="card"><h2>([^<]*)</h2>.*?(<svg.*?</svg>).*?class="code">([A-Z2-9-]{19})<',
                   (d / "cards.html").read_text(), re.S)
problems = [] if len(cards) == 9 else [f"{len(cards)} cards with a QR code and a join code, not 9"]
for title, svg, code in cards:
    team = roles.get(title, "?" + title)
    (work / f"{team}.svg").write_text(svg)
    subprocess.run(["rsvg-convert", "-w", "400", "-o", str(work / f"{team}.png"), str(work / f"{team}.svg")], check=True)
    read = subprocess.run(["zbarimg", "--quiet", "--raw", str(work / f"{team}.png")], capture_output=True, text=True)
    want = f"http://192.0.2.7:8080/#room={room}&team={team}&token={code.replace('-', '')}"
    if read.stdout.strip() != want:
        problems.append(f"{title}'s QR code reads {read.stdout.strip()!r} (zbarimg exit {read.returncode}), not {want!r}")
    if team == "us":
        (work / "us.token").write_text(read.stdout.strip().rsplit("token=", 1)[-1])
print("\n".join(problems) or f"zbarimg reads each of the {len(cards)} cards' QR codes as its join link, with the room {room} and the card's code")
sys.exit(1 if problems else 0)
PY
$RL handouts --scenario letter2025 --out "$tmp/class" >"$tmp/out" 2>&1
[ $? -eq 2 ] && grep -q "a class is there already" "$tmp/out" && pass "a class already there is not overwritten" ||
    fail "a second handouts over the first: $(cat "$tmp/out")"
$RL handouts --scenario letter2025 --out "$tmp/x" --url ftp://x >"$tmp/out" 2>&1
[ $? -eq 2 ] && pass "a URL that is no web address is refused" || fail "--url ftp: $(cat "$tmp/out")"

# the host takes the class made by handouts: the code the US card's QR code
# carries joins its team (through tests/web/lib, whose packages come from the
# lock, as in test_host.sh)
tests/web/install.sh >"$tmp/npm" 2>&1 || { fail "npm ci in tests/web: $(tail -n 5 "$tmp/npm")"; finish; }
code=$(cat "$tmp/qr/us.token")
room=$(sed -n 's/^room //p' "$tmp/class/class.txt")
node - "$tmp/class" "$code" "$room" >"$tmp/out" 2>&1 <<'JS' && pass "$(cat "$tmp/out")" || fail "the host with the handouts' class: $(cat "$tmp/out")"
const { startHost, stopHost, Client } = require(process.cwd() + "/tests/web/lib");
const [dir, code, room] = process.argv.slice(2);
(async () => {
  const host = await startHost(["--scenario", "letter2025", "--teams", "us,iran", "--dir", dir]);
  if (host.room !== room) throw new Error(`room ${host.room}, the cards say ${room}`);
  const c = new Client(host.port); await c.open;
  c.send({ type: "join", room, team: "us", token: code });          // the first card is the US's
  const ok = await c.wait((m) => m.type === "welcome" || m.type === "error");
  c.send({ type: "join", room, team: "iran" });                     // a card's team cannot be claimed without its code
  const taken = await c.wait((m) => m.type === "error");
  c.close(); await stopHost(host);
  if (ok.type !== "welcome" || taken.code !== "taken") throw new Error(JSON.stringify([ok, taken]));
  console.log("the host uses the cards' room code; a card's code joins its team, a team with a card cannot be claimed without it");
})().catch((e) => { console.log(String(e)); process.exit(1); });
JS
# ---- in the class's language ----------------------------------------------------------------
# Persian: right to left, its words and the scripts' in Persian, the same balanced HTML; the
# pseudo-language: no text of the handouts' own left unmarked.
LANGUAGE=fa $RL handouts --scenario letter2025 --out "$tmp/fa" --url http://192.0.2.7:8080 >"$tmp/out" 2>&1 &&
    LANGUAGE=qps $RL handouts --scenario letter2025 --out "$tmp/qps" --url http://192.0.2.7:8080 >>"$tmp/out" 2>&1 ||
    fail "handouts in fa or qps: $(cat "$tmp/out")"
python3 - "$tmp/fa" "$tmp/qps" "$tmp/class" <<'PY' >"$tmp/check" 2>&1 && pass "$(cat "$tmp/check")" || fail "$(cat "$tmp/check")"
import html.parser, pathlib, re, sys
fa, qps, en = (pathlib.Path(a) for a in sys.argv[1:4])
problems = []
class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.skip = 0; self.texts = []
    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("style", "code", "svg", "span", "strong", "em", "td")
    def handle_endtag(self, tag):
        self.skip -= tag in ("style", "code", "svg", "span", "strong", "em", "td")
    def handle_data(self, data):
        if not self.skip and re.search(r"[A-Za-z]{4,}", data): self.texts.append(data.strip())
for name in ("cards.html", "briefing.html", "lesson-plan.html"):
    page = (fa / name).read_text()
    if '<html lang="fa" dir="rtl">' not in page: problems.append(f"fa {name}: not right to left")
    if not re.search(r"[\u0600-\u06FF]{4}", page): problems.append(f"fa {name}: no Persian")
    t = Text(); t.feed((en / name).read_text())     # the English page's sentences: none left as they are in qps
    q = Text(); q.feed((qps / name).read_text())
    bare = [x for x in t.texts if x in q.texts]
    if bare: problems.append(f"qps {name}: not through gettext: {bare[:3]}")
# Persian digits in the handouts' own numbers (weights, costs, values, weeks); a URL, a code, a
# command, a source tag and a model's unit (0-100) stay as they are typed
class Numbers(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.open = []; self.latin = []
    def handle_starttag(self, tag, attrs):
        if tag not in ("br", "img", "meta", "input", "link"):
            self.open.append((tag, tag in ("style", "code", "strong", "span", "svg") or ("class", "muted") in attrs))
    def handle_endtag(self, tag):
        while self.open and self.open.pop()[0] != tag: pass
    @property
    def skip(self): return any(s for _, s in self.open)
    def handle_data(self, data):
        words = re.sub(r"\[[^]]*\]|\([A-Z][^)]*\)|https?://\S+|[A-Za-z_]+[0-9]+\w*|[0-9./-]+[0-9]+(?= [a-z])|[0-9]+[-/][0-9]+|rung 0-10|[0-9]+(?:\.[0-9]+){3}", "", data)
        if not self.skip and re.search(r"[0-9]", words): self.latin.append(data.strip()[:60])
for name in ("cards.html", "briefing.html"):
    n = Numbers(); n.feed((fa / name).read_text())
    if n.latin: problems.append(f"fa {name}: Latin digits: {n.latin[:3]}")
for english in ("How the game works", "Learning objectives", "role cards", "What you know at the start"):
    if any(english in (fa / n).read_text() for n in ("cards.html", "briefing.html", "lesson-plan.html")):
        problems.append(f"fa: '{english}' left in English")
print("\n".join(problems) if problems else "the handouts in Persian, right to left, in its digits, and every sentence of theirs through gettext")
sys.exit(1 if problems else 0)
PY
finish
