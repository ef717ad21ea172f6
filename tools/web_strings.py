#!/usr/bin/env python3
"""The team page's words in every language of po/LINGUAS, from the game's own
catalogues: reads the English table of assets/web/strings.js (each message
marked _("...")) and each compiled catalogue locale/LANG/LC_MESSAGES/redline.mo,
and writes one script that adds window.STRINGS[LANG] for each language,
window.STRINGS_RTL, the languages written right to left (the page then sets
dir="rtl"), and window.STRINGS_DIGITS, the digits (and decimal separator) of
those that write numbers with their own. A message left untranslated is left out (the page shows its
English); a translation that loses or adds a {placeholder} is an error.

Usage: tools/web_strings.py OUT.js   (from the repository root; make runs it)"""
import gettext
import json
import re
import sys

RTL = {"ar", "fa", "he", "ps", "ur", "yi"}     # as rl_language_rtl (engine/api/language.c)
MESSAGE = re.compile(r'\b(\w+): _\("((?:[^"\\]|\\.)*)"\)')
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def english(path):
    """The page's messages: key -> English, in the file's order."""
    text = open(path, encoding="utf-8").read()
    return {k: json.loads('"' + v + '"') for k, v in MESSAGE.findall(text)}


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip().splitlines()[-1])
    out = sys.argv[1]
    table = english("assets/web/strings.js")
    if not table:
        sys.exit("tools/web_strings.py: no message marked _() in assets/web/strings.js")
    langs = open("po/LINGUAS", encoding="utf-8").read().split()
    bad = []
    digits = {}
    lines = ["/* The team page's words in the game's other languages: made from po/LANG.po by",
             " * tools/web_strings.py when the game is built. Edit the catalogues, not this file. */",
             '"use strict";']
    for lang in langs:
        with open(f"locale/{lang}/LC_MESSAGES/redline.mo", "rb") as f:
            cat = gettext.GNUTranslations(f)
        words = {}
        for key, en in table.items():
            tr = cat._catalog.get(en)     # the catalogue's own entry: a translation may equal its English ("Teams")
            if tr is None:
                continue
            if sorted(PLACEHOLDER.findall(tr)) != sorted(PLACEHOLDER.findall(en)):
                bad.append(f"po/{lang}.po: {en!r} -> {tr!r}: its placeholders differ")
            words[key] = tr
        lines.append(f"window.STRINGS[{json.dumps(lang)}] = {json.dumps(words, ensure_ascii=False, indent=0)};")
        own = cat._catalog.get("digits: 0123456789", "")      # the digits numbers are written with (engine/api/calendar.c)
        if own.startswith("digits: ") and own[8:] != "0123456789":
            digits[lang] = own[8:]
    rtl = [lang for lang in langs if lang.split("_")[0] in RTL]
    lines.append(f"window.STRINGS_RTL = {json.dumps(rtl)};")
    lines.append(f"window.STRINGS_DIGITS = {json.dumps(digits, ensure_ascii=False)};")
    if bad:
        sys.exit("\n".join(bad))
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
