#!/bin/sh
# The translations (po/, docs/translating.md): the template holds every
# string the sources mark (make update-po was run), every catalogue is sound,
# and what `redline run` tells goes through gettext: in the pseudo-language
# (qps: every message marked ⟦…⟧) no line of the story is left unmarked, nor
# the first line of the other commands' usage, errors and listings; --json is
# left as programs read it.
# The language changes words only: the game is the same seed for seed.
cd "$(dirname "$0")/../.." || exit 1
RL=./redline
. tests/cli/lib.sh

[ -x "$RL" ] || { echo "FAIL: $RL is not built"; exit 1; }
tmp=$(mktemp -d /tmp/redline-po-XXXXXX) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

# ---- the template is current ---------------------------------------------
msgids() { msgcat --no-location --no-wrap --sort-output "$1" | grep -E '^msg(id|id_plural|ctxt) '; }
if ! tools/make_pot.sh "$tmp/fresh.pot" 2>"$tmp/err"; then
    fail "tools/make_pot.sh failed: $(head -c 300 "$tmp/err")"
elif ! msgids "$tmp/fresh.pot" >"$tmp/fresh.ids" || ! msgids po/redline.pot >"$tmp/kept.ids"; then
    fail "cannot read the templates"
elif ! diff "$tmp/kept.ids" "$tmp/fresh.ids" >"$tmp/diff"; then
    fail "po/redline.pot is out of date (run make update-po and translate what is new):
$(head -n 12 "$tmp/diff")"
else
    pass "po/redline.pot holds every marked string ($(grep -c '^msgid ".' "$tmp/fresh.ids") of them)"
fi

# ---- every catalogue is sound; how far each is translated ------------------
for po in po/*.po; do
    if stats=$(msgfmt --check --statistics -o /dev/null "$po" 2>&1); then
        case $stats in
        *fuzzy*) fail "$po has fuzzy (unchecked) translations: $stats" ;;
        *) pass "$po: $stats" ;;
        esac
    else
        fail "$po does not compile: $stats"
    fi
done

# ---- the story goes through gettext ------------------------------------------
# Unmarked are only the state hash and blank lines.
if ! LANGUAGE=qps $RL run --scenario jan2026 --seed 3 >"$tmp/qps.txt" 2>"$tmp/err"; then
    fail "LANGUAGE=qps redline run failed: $(head -c 300 "$tmp/err")"
else
    grep -v '⟦' "$tmp/qps.txt" | grep -vE '^$|^state_hash ' >"$tmp/bare" || true
    if [ -s "$tmp/bare" ]; then
        fail "lines of redline run's story bypass gettext (no ⟦ mark in the pseudo-language):
$(head -n 5 "$tmp/bare")"
    else
        pass "every line of the story is translated ($(wc -l <"$tmp/qps.txt") lines in the pseudo-language)"
    fi
fi

# The scripts' text is translated too: an action's name, a rule's reason.
LANGUAGE=de $RL run --scenario jan2026 --seed 3 >"$tmp/de.txt" 2>&1
if grep -q 'Die Tötung von Demonstrierenden verurteilen\|Demonstrierende sind auf der Straße' "$tmp/de.txt" &&
    ! grep -q 'Condemn the killing of protesters' "$tmp/de.txt"; then
    pass "the German story reads the scripts' text in German"
else
    fail "the German story does not translate the scripts' text: $(sed -n 3,5p "$tmp/de.txt")"
fi

# The story names variables by their labels and the outcome by its name, never by
# their ids (oil_price, timeout), in German and Persian; Persian writes its numbers in
# its own digits and percent sign (۲۵٪), leaving sources ([A48, IAEA 2025], (A12)), ids and the state hash.
LANGUAGE=fa $RL run --scenario jan2026 --seed 3 >"$tmp/fa.txt" 2>&1
if problems=$(python3 - "$tmp/de.txt" "$tmp/fa.txt" <<'PY'
import re, sys
ids = re.findall(r'X\([A-Z_0-9]+,\s*"([a-z_0-9]+)"', open("engine/core/vars.def").read())
outcomes = ["agreement", "war", "regime_collapse", "breakout", "timeout"]
for path in sys.argv[1:]:
    lines = open(path, encoding="utf-8").read().splitlines()
    for n, line in enumerate(lines[:-1], 1):    # the last is the state hash
        words = set(re.findall(r"[A-Za-z_0-9]+", re.sub(r"\[[^]]*\]", "", line)))
        bad = words & set(ids + outcomes)
        if path.endswith("fa.txt"):
            text = re.sub(r"\[[^]]*\]|\([A-Za-z][^)]*\)|[A-Za-z_]+[0-9]+[A-Za-z_0-9]*", "", line)
            bad |= set(re.findall(r"[0-9]+", text)) | set(re.findall(r"[۰-۹]%", text))   # ۲۵٪, not ۲۵%
        if bad:
            print(f"{path} line {n}: {sorted(bad)}: {line[:160]}")
PY
); [ -z "$problems" ]; then
    pass "the German and Persian stories name variables and the outcome in their language, Persian in its digits"
else
    fail "ids or Latin digits in the translated stories:
$(echo "$problems" | head -n 5)"
fi

# ---- the command line's own words go through gettext; what programs read does not ----
# Each command's first line, in the pseudo-language: its usage, an error, a listing.
bare=""
for cmd in "--help" "play --help" "play --side x" "batch --bogus" "run --bogus" "check" "mods enable" "host" "handouts" \
    "fork" "report" "replay" "scenarios" "rules --bogus" "nosuch"; do
    # shellcheck disable=SC2086  # the command's words, split on purpose
    first=$(LANGUAGE=qps $RL $cmd 2>&1 </dev/null | head -n 1)
    case $first in *⟦*) ;; *) bare="$bare
redline $cmd: $first" ;; esac
done
[ -z "$bare" ] && pass "the commands' usage, errors and listings are translated (15 commands in the pseudo-language)" ||
    fail "the command line bypasses gettext:$bare"
# The errors a player or a modder meets (a corrupt save, a broken mod with its file:line
# and what was expected, "did you mean") and the classroom host's console lines are
# whole sentences through gettext: in the sources, every format given to error_set,
# the loaders' src_fail and problems_add and the host's class_announce is _("…") or
# ngettext(…) (or a choice between them), a text of the language (…_text(), …_form(),
# _(table[i]) of N_() texts, sandbox_say(sb, N_(…)) where a script may catch the error), or
# only placeholders passing on a text already made ("%s: %s").
if bare_calls=$(python3 - <<'PY'
import re, sys, glob
CALLS = {"error_set": 2, "src_fail": 2, "problems_add": 1, "class_announce": 1}
LITERAL = r'"(?:[^"\\]|\\.)*"'
BARE = re.compile(r'^"(?:%[-.0-9*]*[sdzug]|[:;,() ]|\\n)*"$')
def args_of(text, i):
    depth, j, start, out, s = 0, i, i, [], None
    while j < len(text):
        c = text[j]
        if s:
            if c == "\\": j += 1
            elif c == s: s = None
        elif c in "\"'": s = c
        elif c in "([{": depth += 1
        elif c in ")]}":
            if depth == 0:
                out.append(text[start:j].strip()); return out
            depth -= 1
        elif c == "," and depth == 0:
            out.append(text[start:j].strip()); start = j + 1
        j += 1
    return out
def marked(fmt):
    fmt = re.sub(r'"\s*\n\s*"', "", fmt)
    if BARE.match(fmt):
        return True
    rest = re.sub(r'\b(_|ngettext)\(\s*(%s\s*,?\s*)+[^()]*\)' % LITERAL, "MARKED", fmt)
    rest = re.sub(r'\b\w+_(text|form)\(\)', "MARKED", rest)
    rest = re.sub(r'\b_\(\s*[\w\[\]>.-]+(\(\))?\s*\)', "MARKED", rest)      # _(table[i]) of N_() texts
    rest = re.sub(r'\bsandbox_say\(\s*\w+\s*,\s*(N_\(\s*%s\s*\)|\w+\(\))\s*\)' % LITERAL, "MARKED", rest)
    return "MARKED" in rest and not re.search(LITERAL, rest)
bad = []
for path in sorted(glob.glob("engine/*/*.c")):
    text = open(path, encoding="utf-8").read()
    for name, k in CALLS.items():
        for m in re.finditer(r'\b%s\(' % name, text):
            line = text.count("\n", 0, m.start()) + 1
            head = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
            if re.match(r'^(int|void|static)\b', head):
                continue                         # the function's own definition
            a = args_of(text, m.end())
            if len(a) > k and not marked(a[k]):
                bad.append(f"{path}:{line}: {name}(…, {' '.join(a[k].split())[:80]}")
print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
); then
    pass "every error_set, src_fail, problems_add and class_announce format goes through gettext"
else
    fail "errors or host console lines bypass gettext (mark the format _(\"…\") or ngettext):
$(echo "$bare_calls" | head -n 8)"
fi
# ... and in use: a broken mod's problems and a corrupt save, in the pseudo-language.
LANGUAGE=qps $RL check tests/data/mods/broken >"$tmp/broken.txt" 2>&1
$RL run --scenario tutorial --turns 2 --save "$tmp/corrupt.json" >/dev/null 2>&1
sed 's/"seed"/"sead"/' "$tmp/corrupt.json" >"$tmp/corrupt2.json"
LANGUAGE=qps $RL replay "$tmp/corrupt2.json" >"$tmp/corrupt.txt" 2>&1
if [ "$(grep -c '' "$tmp/broken.txt")" -ge 8 ] && ! grep -v '⟦' "$tmp/broken.txt" | grep -q . &&
    grep -q '⟦' "$tmp/corrupt.txt"; then
    pass "a broken mod's $(grep -c '' "$tmp/broken.txt") problems and a corrupt save's error are translated"
else
    fail "untranslated errors: $(grep -v '⟦' "$tmp/broken.txt" | head -n 3) $(head -n 2 "$tmp/corrupt.txt")"
fi

LANGUAGE=qps $RL batch --scenario tutorial --runs 2 --json >"$tmp/batch.json" 2>&1
# (redline run --json's causes carry a label for the report to show, in the game's language: its fields are not)
LANGUAGE=qps $RL run --scenario tutorial --json >"$tmp/run.json" 2>&1
if grep -q '⟦' "$tmp/batch.json" || grep '⟦' "$tmp/run.json" | grep -qv '^[[:space:]]*"label":' ||
    ! python3 -m json.tool "$tmp/batch.json" >/dev/null; then
    fail "--json output is translated or broken in the pseudo-language: $(grep -m 2 '⟦' "$tmp/batch.json" "$tmp/run.json")"
else
    pass "--json stays as programs read it in any language"
fi

# German writes decimals with a comma and a space before % (Leiter 4,5; 42,2 %), its
# dates keep their points (12.01.2026); what programs read (--json, CSV) keeps ASCII points.
LANGUAGE=de $RL run --scenario jan2026 --seed 3 --json >"$tmp/de.json" 2>&1
LANGUAGE=de $RL batch --scenario tutorial --runs 2 --out "$tmp/de.csv" >"$tmp/de.batch" 2>&1
if grep -q 'Leiter [0-9],[0-9] → [0-9],[0-9] (−0,[0-9])' "$tmp/de.txt" && grep -q "[0-9],[0-9]$(printf '\302\240')% " "$tmp/de.txt" &&
    grep -q 'Woche vom [0-9][0-9]\.[0-9][0-9]\.2026' "$tmp/de.txt" && ! grep -q '[0-9]\.[0-9] \|[0-9]%' "$tmp/de.txt" &&
    grep -q '[0-9]\.[0-9]' "$tmp/de.json" && python3 -m json.tool "$tmp/de.json" >/dev/null &&
    grep -q '^1,[a-z_]*,[0-9]*,[0-9]*\.[0-9]' "$tmp/de.csv" && grep -q "mittlere Runden [0-9]*,[0-9]" "$tmp/de.batch" &&
    ! grep -q '[0-9]\.[0-9]' "$tmp/de.batch"; then
    pass "German writes 4,5 and 42,2 %, dates 12.01.2026, in the story and batch's summary; its --json and CSV keep 4.5"
else
    fail "German numbers: $(grep -m 2 '[0-9]\.[0-9] \|[0-9]%' "$tmp/de.txt"; head -c 200 "$tmp/de.csv")"
fi

# ---- same game in any language ------------------------------------------------
$RL run --scenario jan2026 --seed 3 | tail -n 1 >"$tmp/en.hash"
for lang in qps de fa; do
    LANGUAGE=$lang $RL run --scenario jan2026 --seed 3 | tail -n 1 >"$tmp/$lang.hash"
    if cmp -s "$tmp/en.hash" "$tmp/$lang.hash"; then
        pass "LANGUAGE=$lang plays the same game ($(cat "$tmp/en.hash"))"
    else
        fail "LANGUAGE=$lang changes the game: $(cat "$tmp/$lang.hash") against $(cat "$tmp/en.hash")"
    fi
done
finish
