#!/usr/bin/env python3
"""Generate docs/sources.md: every source paragraph, what it says and what it
contributed to the game.

Run from the repository root:

    python3 tools/sources_doc.py > docs/sources.md

Inputs (all read, never written):
  scripts/sources.lua            tag -> summary in our own words
  ./redline rules --json         the actors' decision rules and their sources
                                 (built with `make` if missing; if it cannot be
                                 run, the rules are read from scripts/actors/*.lua)
  scripts/actions.lua            the action catalogue
  scripts/scenarios/*.lua        initial values, events, briefing
  scripts/lib/baseline.lua       default initial values
  engine/core/params.def         dynamics parameters
  engine/core/vars.def           world variables
  /work/shared/sources/README.md the articles' subjects (optional)

Standard library only; the output is sorted and deterministic.
"""

import glob
import json
import os
import re
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
COMMAND = "python3 tools/sources_doc.py > docs/sources.md"

ARTICLES = {
    "A": ("The January 2026 crisis", 56),
    "B": ("Iran's double bind in 2025", 14),
    "C": ("Trump's 2025 overture", 9),
}

# What each article is about, in our own words. Used if the shared README is
# not readable; otherwise its table is summarised below.
ARTICLE_SUBJECTS = {
    "A": "January 2026: Washington cuts off contact with Tehran and calls for regime change while "
         "nationwide protests over the rial's collapse (about 1.45 million to the dollar) and inflation "
         "above 70% are met with live fire (600 to 648+ dead) and an internet blackout; 25% tariffs on "
         "Iran's trading partners; Ghalibaf's threat of retaliation and the Araghchi-Witkoff channel; the "
         "disputed legacy of the June 2025 strikes; Europe's reaction and the IRGC's staying power.",
    "B": "2025: Iran's double bind. Negotiating on US terms that reach beyond the nuclear file (missiles, "
         "drones, proxies) would cost deterrence and the axis-of-resistance narrative; refusing invites "
         "pressure and attack. The Eqtedar-1403 exercises; Khamenei, Pezeshkian, Zarif's resignation, "
         "Araghchi, Hajizadeh and the Quds Force's calls for restraint.",
    "C": "2025: Trump's overture. The letter to Khamenei dismissed as coercive; hawks opposed; Iran seen as "
         "weaker; demands read as surrender; new Gulf ties; oil as common ground; the risk that secret "
         "weapons work during talks is detected and draws military action.",
}

# Paragraphs that are not substantive: photo captions, headlines, section
# headings, the run-on half of a split sentence, and closing wrap-ups.
NON_SUBSTANTIVE = {
    "A1": "headline",
    "A3": "photo caption",
    "A8": "photo caption (repeats A3)",
    "A10": "names who attends the strategy session (sentence split with A11)",
    "A11": "second half of A10's sentence",
    "A14": "photo caption",
    "A30": "transitional wrap-up",
    "A53": "closing outlook",
    "A54": "summary of the piece",
    "A56": "closing outlook",
    "B1": "background on Gaza, Ukraine and China, outside the game's scope",
    "B4": "section heading",
    "B8": "section heading",
    "B12": "section heading",
    "C9": "closing outlook",
}

# A paragraph an earlier paragraph already covers: if that one is used, say so.
COVERED_BY = {
    "A8": "A3",
    "A11": "A10",
    "A15": "A3",
    "A16": "A45",
    "A18": "A17",
}

TAG_RANGE = re.compile(r"\b([ABC])(\d{1,2})\s*[-\u2013]\s*(?:([ABC]))?(\d{1,2})\b")
TAG_ONE = re.compile(r"\b([ABC])(\d{1,2})\b")


def read(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return f.read()


def valid_tag(letter, number):
    return letter in ARTICLES and 1 <= number <= ARTICLES[letter][1]


def tag_key(tag):
    """Sort key: article letter, then paragraph number; other keys after."""
    m = re.fullmatch(r"([ABC])(\d+)", tag)
    if m:
        return (0, m.group(1), int(m.group(2)), "")
    return (1, "", 0, tag.lower())


def expand_tags(text):
    """Every article tag in a string, with ranges like A19-A23 expanded."""
    tags = set()
    for m in TAG_RANGE.finditer(text):
        letter, lo, letter2, hi = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
        if letter2 and letter2 != letter:
            continue
        if lo <= hi:
            for n in range(lo, hi + 1):
                if valid_tag(letter, n):
                    tags.add(letter + str(n))
    for m in TAG_ONE.finditer(text):
        n = int(m.group(2))
        if valid_tag(m.group(1), n):
            tags.add(m.group(1) + str(n))
    return tags


def parse_sources_lua():
    text = read("scripts/sources.lua")
    entries = {}
    pattern = re.compile(r'^\s*(?:\["([^"]+)"\]|([A-Za-z_][A-Za-z0-9_]*))\s*=\s*"((?:[^"\\]|\\.)*)"\s*,?\s*$',
                         re.M)
    for m in pattern.finditer(text):
        key = m.group(1) or m.group(2)
        value = re.sub(r"\\(.)", r"\1", m.group(3))
        entries[key] = value
    return entries


class References:
    """Finds the non-article references (keys of sources.lua) in a note."""

    ALIASES = [
        (re.compile(r"\bRivera et al\.? 2024\b"), "Rivera et al. 2024"),
        (re.compile(r"\bRivera\b"), "Rivera 2024"),
        (re.compile(r"\bIAEA\b"), "IAEA 2025"),
        (re.compile(r"\bEIA\b"), "EIA 2024"),
        (re.compile(r"\bCAMEO\b"), "CAMEO"),
        (re.compile(r"\bGoldstein\b"), "Goldstein"),
        (re.compile(r"\bmodel\b"), "model"),
    ]

    def __init__(self, keys):
        self.keys = sorted((k for k in keys if not re.fullmatch(r"[ABC]\d+", k)), key=len, reverse=True)

    def find(self, text):
        found, rest = set(), text
        for key in self.keys:
            if key == "model":
                continue
            if key in rest:
                found.add(key)
                rest = rest.replace(key, " ")
        for pattern, key in self.ALIASES:
            if key in self.keys and pattern.search(rest):
                found.add(key)
                rest = pattern.sub(" ", rest)
        return found


class Uses:
    """tag -> kind -> set of labels."""

    KINDS = ["rule", "action", "parameter", "variable", "scenario", "baseline", "briefing", "comment"]
    HEADINGS = {
        "rule": "rules",
        "action": "actions",
        "parameter": "parameters",
        "variable": "variables",
        "scenario": "scenarios",
        "baseline": "baseline",
        "briefing": "briefings",
        "comment": "notes",
    }
    # Kinds that count as "used by the model": a briefing or a comment alone
    # does not change how the game plays.
    MODEL_KINDS = {"rule", "action", "parameter", "variable", "scenario", "baseline"}

    def __init__(self, refs):
        self.refs = refs
        self.map = {}
        self.unsourced = set()

    def add(self, text, kind, label, unsourced_label=None):
        """Record that label (of this kind) cites every tag and reference in text;
        with unsourced_label, remember a note that cites nothing."""
        tags = expand_tags(text) | self.refs.find(text)
        for tag in tags:
            self.map.setdefault(tag, {}).setdefault(kind, set()).add(label)
        if not tags and unsourced_label and text.strip():
            self.unsourced.add((unsourced_label, text.strip()))

    def used(self, tag):
        return any(k in self.MODEL_KINDS for k in self.map.get(tag, {}))

    def describe(self, tag, kinds_wanted=None):
        kinds = self.map.get(tag, {})
        parts = []
        for kind in self.KINDS:
            if kinds_wanted is not None and kind not in kinds_wanted:
                continue
            labels = kinds.get(kind)
            if labels:
                parts.append("%s: %s" % (self.HEADINGS[kind], group_labels(labels)))
        return "<br>".join(parts)


def plain(label):
    return label.replace("`", "")


def group_labels(labels):
    """'jan2026 start `a`', 'jan2026 start `b`' -> 'jan2026 start `a`, `b`'."""
    groups = {}
    for label in labels:
        m = re.fullmatch(r"(.+?) (`[^`]+`)", label)
        prefix, item = (m.group(1), m.group(2)) if m else ("", label)
        groups.setdefault(prefix, []).append(item)
    out = []
    for prefix in sorted(groups):
        items = ", ".join(sorted(groups[prefix], key=plain))
        out.append(prefix + " " + items if prefix else items)
    return "; ".join(out)


def lua_strings(text):
    return re.findall(r'"((?:[^"\\]|\\.)*)"', text)


def brace_block(text, start):
    """The text from the '{' at start to its matching '}'."""
    depth = 0
    for i in range(start, len(text)):
        c = text[i]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return text[start:i + 1]
    return text[start:]


def strip_comments(text):
    out = []
    for line in text.splitlines():
        # Good enough for these files: no '--' inside the strings that matter.
        cut = line.find("--")
        out.append(line if cut < 0 else line[:cut])
    return "\n".join(out)


def lua_comments(text):
    return [line.split("--", 1)[1] for line in text.splitlines() if "--" in line]


def load_rules():
    """The rule registry from ./redline rules --json, or from the actor scripts."""
    exe = os.path.join(ROOT, "redline")
    if not os.path.exists(exe):
        subprocess.run(["make"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if os.path.exists(exe):
        try:
            out = subprocess.run([exe, "rules", "--json"], cwd=ROOT, capture_output=True, text=True,
                                 timeout=60, check=True).stdout
            rules = json.loads(out)
            return [{"id": r["id"], "actor": r.get("actor", ""), "sources": list(r.get("sources", []))}
                    for r in rules], "./redline rules --json"
        except (OSError, subprocess.SubprocessError, ValueError, KeyError) as err:
            print("sources_doc: ./redline rules --json failed (%s); reading scripts/actors/*.lua" % err,
                  file=sys.stderr)
    rules = []
    for path in sorted(glob.glob(os.path.join(ROOT, "scripts/actors/*.lua"))):
        text = strip_comments(read(os.path.relpath(path, ROOT)))
        actor = os.path.splitext(os.path.basename(path))[0]
        for m in re.finditer(r'\{\s*id\s*=\s*"([^"]+)"', text):
            block = brace_block(text, m.start())
            s = re.search(r"sources\s*=\s*(\{[^{}]*\})", block)
            rules.append({"id": m.group(1), "actor": actor, "sources": lua_strings(s.group(1)) if s else []})
    return rules, "scripts/actors/*.lua"


def scan_actions(uses):
    text = read("scripts/actions.lua")
    # The header comment explains the Goldstein weight and escalation score
    # every action carries; join it so that a citation split over lines is found.
    uses.add(" ".join(c.strip() for c in lua_comments(text)), "comment",
             "every action's Goldstein weight and escalation score (actions.lua)")
    code = strip_comments(text)
    for m in re.finditer(r'\{\s*id\s*=\s*"([^"]+)"', code):
        block = brace_block(code, m.start())
        s = re.search(r"sources\s*=\s*(\{[^{}]*\})", block)
        if s:
            for src in lua_strings(s.group(1)):
                uses.add(src, "action", "`%s`" % m.group(1))


def scan_def(path, kind, uses):
    for line in read(path).splitlines():
        m = re.match(r"\s*X\(\s*\w+\s*,\s*\"([^\"]+)\"(.*)\)\s*$", line)
        if not m:
            continue
        strings = lua_strings(m.group(2))
        # params: name, default, min, max, unit, sources, description
        # vars:   name, unit, ..., sources, description: sources is next to last in both
        src = strings[-2]
        uses.add(src, kind, "`%s`" % m.group(1))


def scan_initial(block, kind, label_fmt, uses, unsourced_fmt=None):
    """initial = { var = { value, "note" }, ... }."""
    for m in re.finditer(r'([A-Za-z_]\w*)\s*=\s*\{\s*[^{},]+,\s*"((?:[^"\\]|\\.)*)"\s*\}', block):
        uses.add(m.group(2), kind, label_fmt % m.group(1), (unsourced_fmt or label_fmt) % m.group(1))


def scan_scenarios(uses):
    names = []
    for path in sorted(glob.glob(os.path.join(ROOT, "scripts/scenarios/*.lua"))):
        rel = os.path.relpath(path, ROOT)
        text = read(rel)
        sid = os.path.splitext(os.path.basename(path))[0]
        names.append(sid)
        m = re.search(r"briefing\s*=\s*\[(=*)\[(.*?)\]\1\]", text, re.S)
        if m:
            uses.add(m.group(2), "briefing", "%s briefing" % sid)
        code = strip_comments(re.sub(r"\[(=*)\[.*?\]\1\]", '""', text, flags=re.S))
        m = re.search(r"\binitial\s*=\s*\{", code)
        if m:
            scan_initial(brace_block(code, m.end() - 1), "scenario", sid + " start `%s`", uses)
        m = re.search(r"\bevents\s*=\s*\{", code)
        if m:
            events = brace_block(code, m.end() - 1)
            for e in re.finditer(r'\{\s*id\s*=\s*"([^"]+)"', events):
                block = brace_block(events, e.start())
                s = re.search(r"sources\s*=\s*(\{[^{}]*\})", block)
                if s:
                    for src in lua_strings(s.group(1)):
                        uses.add(src, "scenario", "%s event `%s`" % (sid, e.group(1)))
        # The scenario's own list of sources is what its briefing rests on.
        depth, top = 0, []
        for i, c in enumerate(code):
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
            elif depth == 1 and code.startswith("sources", i):
                top.append(i)
        for i in top:
            s = re.match(r"sources\s*=\s*(\{[^{}]*\})", code[i:])
            if s:
                for src in lua_strings(s.group(1)):
                    uses.add(src, "briefing", "%s briefing" % sid)
    return names


def scan_baseline(uses):
    code = strip_comments(read("scripts/lib/baseline.lua"))
    m = re.search(r"\binitial\s*=\s*\{", code)
    if m:
        scan_initial(brace_block(code, m.end() - 1), "baseline", "`%s`", uses, "baseline `%s`")


def readme_subjects():
    path = "/work/shared/sources/README.md"
    subjects = {}
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                m = re.match(r"\|\s*([ABC])\s*\|\s*([^|]+?)\s*\|", line)
                if m:
                    subjects[m.group(1)] = m.group(2)
    except OSError:
        pass
    return subjects


def cell(text):
    return text.replace("|", "\\|").replace("\n", " ")


def main():
    summaries = parse_sources_lua()
    refs = References(summaries.keys())
    uses = Uses(refs)
    rules, rules_from = load_rules()
    for r in rules:
        for src in r["sources"]:
            uses.add(src, "rule", "`%s`" % r["id"])
    scan_actions(uses)
    scan_def("engine/core/params.def", "parameter", uses)
    scan_def("engine/core/vars.def", "variable", uses)
    scenarios = scan_scenarios(uses)
    scan_baseline(uses)
    files = readme_subjects()

    out = []
    w = out.append
    w("<!-- Generated by tools/sources_doc.py; do not edit. Regenerate with: %s -->" % COMMAND)
    w("")
    w("# Sources and what the game takes from them")
    w("")
    w("Red Line's rules, parameters, variables, actions and scenarios are drawn from three articles and a "
      "handful of published studies and public records. Each article is split into one paragraph per line "
      "and every paragraph has a tag: `A12` is paragraph 12 of article A. Rules, parameters and in-game "
      "explanations cite these tags (a range such as `A19-A23` cites every paragraph in it); the literature "
      "is cited by author and year (`Fearon 1994`). The summaries below are ours, written for this project; "
      "the articles' own words are not reproduced.")
    w("")
    w("| article | subject |")
    w("|---|---|")
    for letter in sorted(ARTICLES):
        title, count = ARTICLES[letter]
        note = " (file `%s`)" % files[letter] if letter in files else ""
        w("| %s: %s, %d paragraphs%s | %s |" % (letter, title, count, note, cell(ARTICLE_SUBJECTS[letter])))
    w("")
    w("Where the contributions come from: rules from `%s`; actions from `scripts/actions.lua`; parameters "
      "from `engine/core/params.def`; variables from `engine/core/vars.def`; scenario start values, events "
      "and briefings from `scripts/scenarios/*.lua` (%s); baseline values from `scripts/lib/baseline.lua`. "
      "Summaries live in `scripts/sources.lua`." % (rules_from, ", ".join(scenarios)))
    w("")

    not_used = []
    for letter in sorted(ARTICLES):
        title, count = ARTICLES[letter]
        w("## Article %s: %s" % (letter, title))
        w("")
        w("| tag | what the paragraph says | what it contributed to the game |")
        w("|---|---|---|")
        for n in range(1, count + 1):
            tag = letter + str(n)
            summary = summaries.get(tag, "(no summary in scripts/sources.lua)")
            contrib = uses.describe(tag) or "—"
            w("| %s | %s | %s |" % (tag, cell(summary), cell(contrib)))
            if not uses.used(tag):
                not_used.append(tag)
        w("")

    w("## Literature and public records")
    w("")
    w("| reference | what it says | what cites it |")
    w("|---|---|---|")
    for key in sorted((k for k in summaries if not re.fullmatch(r"[ABC]\d+", k)), key=tag_key):
        w("| %s | %s | %s |" % (key, cell(summaries[key]), cell(uses.describe(key) or "—")))
    unknown = sorted(k for k in uses.map if k not in summaries)
    if unknown:
        w("")
        w("Cited but missing from `scripts/sources.lua`: %s." % ", ".join(unknown))
    w("")

    if uses.unsourced:
        w("## Values with no citation")
        w("")
        w("Start values whose note names neither a paragraph nor a reference:")
        w("")
        for label, note in sorted(uses.unsourced):
            w("- %s: \"%s\"" % (label, cell(note)))
        w("")

    thin = [t for letter in sorted(ARTICLES) for t in (letter + str(n) for n in range(1, ARTICLES[letter][1] + 1))
            if uses.used(t) and not any(k in uses.map[t] for k in ("rule", "action"))]
    if thin:
        w("## Used by values only")
        w("")
        w("Paragraphs that set numbers (parameters, variables, start values, events) but that no decision "
          "rule or action cites: candidates for a rule.")
        w("")
        for tag in thin:
            w("- **%s**: %s" % (tag, uses.describe(tag).replace("<br>", "; ")))
        w("")

    w("## Not used")
    w("")
    w("Paragraphs that no rule, action, parameter, variable, scenario value or event cites "
      "(a mention in a briefing alone does not count). This list is how the team finds gaps.")
    w("")
    for tag in not_used:
        reasons = []
        if tag in NON_SUBSTANTIVE:
            reasons.append(NON_SUBSTANTIVE[tag])
        if tag in COVERED_BY and uses.used(COVERED_BY[tag]):
            reasons.append("its content is already used through %s" % COVERED_BY[tag])
        briefing = uses.map.get(tag, {}).get("briefing")
        if briefing:
            reasons.append("cited only in the %s" % ", ".join(sorted(briefing)))
        w("- **%s**%s" % (tag, (" — " + "; ".join(reasons)) if reasons else ""))
    w("")
    sys.stdout.write("\n".join(out))


if __name__ == "__main__":
    main()
