#!/bin/sh
# Every citation names a source the game has (issue 16; docs/citations.md): each rule, action, event and
# inject cites at least one source; each tag is an article paragraph that exists (A1-A56, B1-B14, C1-C9,
# or a range of them) or a reference summarised in scripts/sources.lua; the same holds for the scenarios'
# source lists and the source column of engine/core/params.def and vars.def. A list too long for the
# engine's field would be cut short when loaded: the rules the engine reports must carry every tag their
# file gives.
cd "$(dirname "$0")/../.." || exit 1
. tests/cli/lib.sh
[ -x ./redline ] || { echo "build ./redline first (make)"; exit 1; }

REDLINE_NO_MODS=1 ./redline rules --json >tests/out/citations-rules.json 2>tests/out/citations-rules.err ||
    fail "redline rules --json failed: $(head -3 tests/out/citations-rules.err)"

python3 - <<'EOF' >tests/out/citations.txt 2>&1
import glob, json, re, sys

PARAGRAPHS = {"A": 56, "B": 14, "C": 9}
keys = set()
for line in open("scripts/sources.lua", encoding="utf-8"):
    m = re.match(r'\s*(?:\["([^"]+)"\]|([A-Za-z_][A-Za-z0-9_]*))\s*=\s*["{]', line)
    if m:
        keys.add(m.group(1) or m.group(2))

def known(tag):
    m = re.fullmatch(r"([ABC])(\d+)(?:-([ABC])?(\d+))?", tag)
    if m:
        art, first = m.group(1), int(m.group(2))
        last = int(m.group(4)) if m.group(4) else first
        return (m.group(3) in (None, art)) and 1 <= first <= last <= PARAGRAPHS[art]
    return tag in keys

problems = []
checked = 0

def check(where, tags, limit=None):
    global checked
    if not tags:
        problems.append("%s: cites no source" % where)
    for t in tags:
        checked += 1
        if not known(t):
            problems.append("%s: unknown source '%s'" % (where, t))
    if limit and len(", ".join(tags)) >= limit:
        problems.append("%s: sources '%s' longer than the engine keeps (%d bytes)" % (where, ", ".join(tags), limit - 1))

def lua_lists(text):
    """(id, [sources]) for each table with an id, in file order: the sources list that follows the id
    before the next id."""
    out = []
    ids = [(m.start(), m.group(1)) for m in re.finditer(r'\{\s*id\s*=\s*"([^"]+)"', text)]
    for i, (pos, ident) in enumerate(ids):
        end = ids[i + 1][0] if i + 1 < len(ids) else len(text)
        m = re.search(r'\bsources\s*=\s*\{([^}]*)\}', text[pos:end])
        out.append((ident, re.findall(r'"([^"]+)"', m.group(1)) if m else []))
    return out

def strip_comments(text):
    return re.sub(r"--[^\n]*", "", text)

# rules: in the files, and as the engine loaded them
files = {}
for path in sorted(glob.glob("scripts/actors/*.lua")):
    for ident, tags in lua_lists(strip_comments(open(path, encoding="utf-8").read())):
        files[ident] = tags
        check("%s rule %s" % (path, ident), tags, 80)
loaded = json.load(open("tests/out/citations-rules.json"))
for rule in loaded:
    tags = rule.get("sources") or []
    check("loaded rule %s" % rule["id"], tags)
    if rule["id"] in files and tags != files[rule["id"]]:
        problems.append("rule %s: loaded with sources %r, its file gives %r" % (rule["id"], tags, files[rule["id"]]))
rules = len(loaded)

# actions
actions = lua_lists(strip_comments(open("scripts/actions.lua", encoding="utf-8").read()))
for ident, tags in actions:
    check("scripts/actions.lua action %s" % ident, tags, 64)

# scenarios: their source lists, events and injects (objectives have no list: their comments cite)
events = 0
for path in sorted(glob.glob("scripts/scenarios/*.lua")):
    text = strip_comments(open(path, encoding="utf-8").read())
    m = re.search(r'\n  sources\s*=\s*\{([^}]*)\}', text)
    check("%s scenario sources" % path, re.findall(r'"([^"]+)"', m.group(1)) if m else [])
    for block in ("injects", "events"):
        b = re.search(r'\n  %s\s*=\s*\{(.*?)\n  \}' % block, text, re.S)
        for ident, tags in lua_lists(b.group(1)) if b else []:
            events += 1
            check("%s %s %s" % (path, block[:-1], ident), tags, 64)

# the source column of the parameters and variables
defs = 0
for path, field in (("engine/core/params.def", 2), ("engine/core/vars.def", 2)):
    for line in open(path, encoding="utf-8"):
        if not line.startswith("X("):
            continue
        defs += 1
        quoted = re.findall(r'"([^"]*)"', line)
        tags = [t.strip() for t in re.split(r"[;,]", quoted[field]) if t.strip()]
        check("%s %s" % (path, quoted[0]), tags)

print("%d rules, %d actions, %d events and injects, %d parameters and variables: %d citations checked"
      % (rules, len(actions), events, defs, checked))
for p in problems:
    print("PROBLEM " + p)
sys.exit(1 if problems else 0)
EOF
status=$?
if [ $status -eq 0 ]; then
    pass "$(head -1 tests/out/citations.txt)"
else
    fail "citations: $(grep -c '^PROBLEM' tests/out/citations.txt) problem(s)"
    grep '^PROBLEM\|Error\|Traceback' tests/out/citations.txt | head -30
fi
finish
