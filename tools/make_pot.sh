#!/bin/sh
# Write the translation template: the C strings (_(), N_(), ngettext, and the
# variables' descriptions, the tenth field of X() in vars.def), the
# scripts' text (tools/script_text.py) and the team page's words
# (assets/web/strings.js), as one .pot.
# Usage: tools/make_pot.sh OUT.pot   (from the repository root; make update-po)
set -e
out=${1:?usage: tools/make_pot.sh OUT.pot}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
xgettext --language=C --from-code=UTF-8 --add-comments=TRANSLATORS: --sort-by-file \
    --keyword=_ --keyword=N_ --keyword=ngettext:1,2 --keyword=X:10 --package-name=redline \
    --msgid-bugs-address=https://github.com/redline-game/redline/issues \
    -o "$tmp/c.pot" $(ls engine/*/*.c | sort) engine/core/vars.def
# The league's strategies are examples for players to read and copy, not the game's text.
tools/script_text.py $(find scripts -name '*.lua' -not -path 'scripts/strategies/*' | sort) >"$tmp/scripts.pot"
# The team page's words (assets/web/strings.js, each marked _()): tools/web_strings.py gives the page their translations.
xgettext --language=JavaScript --from-code=UTF-8 --add-comments=TRANSLATORS: --keyword=_ --package-name=redline \
    -o "$tmp/web.pot" assets/web/strings.js
msgcat --use-first -o "$tmp/all.pot" "$tmp/c.pot" "$tmp/scripts.pot" "$tmp/web.pot"
undated() { grep -v '^"POT-Creation-Date: ' "$1"; }
undated "$tmp/all.pot" >"$tmp/all.pot.undated"
# A template that differs only in its date is left as it was.
if [ -f "$out" ] && undated "$out" | cmp -s - "$tmp/all.pot.undated" 2>/dev/null; then exit 0; fi
cp "$tmp/all.pot" "$out"
