#!/bin/sh
# make install and make uninstall: the installed game, run from another
# folder with its own XDG folders, plays the same game as the source tree's;
# the Debian layout (/usr/games, /usr/share/games/redline) works too; the
# desktop entry, the AppStream metadata and the icons are valid; the manual
# page documents every command and option of redline --help; make uninstall
# leaves nothing behind, and refuses a data folder that is not Red Line's.
# (make deb and lintian run in .ci/run: they take a minute or two.)
cd "$(dirname "$0")/../.." || exit 1
. tests/cli/lib.sh
RL=$PWD/redline
[ -x "$RL" ] || { echo "FAIL: $RL is not built"; exit 1; }
for tool in desktop-file-validate appstreamcli groff rsvg-convert python3; do
    command -v $tool >/dev/null || { echo "FAIL: $tool is needed (make deps installs it)"; exit 1; }
done

tmp=$(mktemp -d /tmp/redline-install-XXXXXX) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/elsewhere"
export XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"
unset REDLINE_ROOT
APP=io.github.redline_game.redline
# make's variables (BUILD, flags) come with MAKEFLAGS when make test runs this,
# so the install takes the ./redline that was just built.
install_to() {
    dest=$1
    shift
    make --no-print-directory install DESTDIR="$dest" PREFIX=/usr "$@" >"$tmp/make.log" 2>&1
}

# ---- make install --------------------------------------------------------------------
stage="$tmp/stage"
if install_to "$stage"; then pass "make install DESTDIR=... PREFIX=/usr"; else fail "make install: $(tail -5 "$tmp/make.log")"; fi
missing=""
for f in usr/bin/redline usr/lib/redline/redline-window.so usr/share/redline/scripts/actions.lua usr/share/redline/assets/map/region.map \
    usr/share/redline/assets/fonts/DejaVuSans.ttf usr/share/redline/mods/example/mod.lua \
    usr/share/applications/$APP.desktop usr/share/metainfo/$APP.metainfo.xml usr/share/man/man6/redline.6 \
    usr/share/icons/hicolor/scalable/apps/$APP.svg usr/share/doc/redline/README.md \
    usr/share/doc/redline/docs/player-guide.md usr/share/doc/redline/docs/images/menu.png; do
    [ -s "$stage/$f" ] || missing="$missing $f"
done
[ -z "$missing" ] && pass "the program, its data, the desktop entry, metadata, icon, manual and guides are installed" ||
    fail "not installed:$missing"
[ -x "$stage/usr/bin/redline" ] && pass "the program is executable" || fail "usr/bin/redline is not executable"
if python3 - "$stage/usr/share/icons/hicolor" "$APP" <<'PY'; then
import struct, sys
root, app = sys.argv[1], sys.argv[2]
for size in (16, 22, 24, 32, 48, 64, 128, 256):
    with open(f"{root}/{size}x{size}/apps/{app}.png", "rb") as f:
        head = f.read(24)
    assert head[:8] == b"\x89PNG\r\n\x1a\n", size
    w, h = struct.unpack(">II", head[16:24])
    assert (w, h) == (size, size), (size, w, h)
PY
    pass "the icon is rendered at 16, 22, 24, 32, 48, 64, 128 and 256 pixels, each the size its folder says"
else
    fail "the PNG icons"
fi

# ---- the installed game plays the same game, from anywhere ----------------------------------
(cd "$tmp/elsewhere" && "$stage/usr/bin/redline" run --scenario jan2026 --seed 1 --json >"$tmp/installed.json" 2>"$tmp/err")
rc=$?
"$RL" run --scenario jan2026 --seed 1 --json >"$tmp/source.json" 2>/dev/null
hash=$(grep -m1 '"state_hash"' "$tmp/installed.json" | tr -d ' \t",' | sed 's/state_hash://')
if [ "$rc" -eq 0 ] && [ -n "$hash" ] && cmp -s "$tmp/installed.json" "$tmp/source.json"; then
    pass "the installed game, run from another folder, plays jan2026 seed 1 as the source tree does (state hash $hash)"
else
    fail "installed run: rc $rc, $hash, $(head -c 300 "$tmp/err")"
fi
[ -z "$(ls -A "$tmp/elsewhere")" ] && [ ! -e "$tmp/data" ] && pass "and writes nothing, here or in the XDG folders" ||
    fail "the headless game wrote: $(ls -A "$tmp/elsewhere") $(find "$tmp/data" 2>/dev/null)"
(cd "$tmp/elsewhere" && "$stage/usr/bin/redline" mods >"$tmp/out" 2>&1)
grep -q "come from $stage/usr/share/redline/mods" "$tmp/out" && sed -n '/^off:/,$p' "$tmp/out" | grep -q " example " &&
    pass "it finds its example mod in share/redline/mods, off" || fail "installed redline mods: $(cat "$tmp/out")"
[ "$("$stage/usr/bin/redline" --version)" = "redline $(tools/version.sh)" ] &&
    pass "redline --version says tools/version.sh's $(tools/version.sh)" ||
    fail "--version: $("$stage/usr/bin/redline" --version), tools/version.sh: $(tools/version.sh)"

# ---- desktop entry, AppStream metadata ---------------------------------------------------
desktop="$stage/usr/share/applications/$APP.desktop"
desktop-file-validate "$desktop" >"$tmp/out" 2>&1 && [ ! -s "$tmp/out" ] && pass "desktop-file-validate: no complaint" ||
    fail "desktop-file-validate: $(cat "$tmp/out")"
grep -qx "Exec=/usr/bin/redline" "$desktop" && grep -qx "Icon=$APP" "$desktop" &&
    pass "the desktop entry starts the installed program, with the installed icon" ||
    fail "desktop entry: $(grep -E '^(Exec|Icon)=' "$desktop")"
metainfo="$stage/usr/share/metainfo/$APP.metainfo.xml"
appstreamcli validate --pedantic --no-net "$metainfo" >"$tmp/out" 2>&1 && ! grep -q "^[EWIP]:" "$tmp/out" &&
    pass "appstreamcli validate --pedantic: no complaint" || fail "appstreamcli: $(cat "$tmp/out")"
grep -q "<release version=\"$(cat VERSION)\"" "$metainfo" && grep -q "^redline ($(cat VERSION))" debian/changelog &&
    pass "the metadata's and debian/changelog's latest release are VERSION's $(cat VERSION)" ||
    fail "VERSION $(cat VERSION) is not the metadata's and debian/changelog's latest release"

# ---- the manual page: every command and option, and nothing else ------------------------------
man="$stage/usr/share/man/man6/redline.6"
groff -man -ww -z "$man" >"$tmp/out" 2>&1 && [ ! -s "$tmp/out" ] && pass "groff reads the manual page without a warning" ||
    fail "groff: $(cat "$tmp/out")"
if python3 - "$RL" "$man" >"$tmp/out" 2>&1 <<'PY'; then
import re, subprocess, sys
rl, man = sys.argv[1], sys.argv[2]
def help_of(*args):
    p = subprocess.run([rl, *args, "--help"], capture_output=True, text=True)
    return p.stdout + p.stderr
top = help_of()
commands = sorted(set(re.findall(r"^  redline ([a-z]+)", top, re.M)))
text = open(man).read().replace("\\-", "-")
text = re.sub(r"\\f[BIRP]", "", text)
sections = dict(re.findall(r'^\.SS "redline ([a-z]+)"\n(.*?)(?=^\.S[SH] )', text, re.M | re.S))
problems = []
for c in commands:
    if c not in sections:
        problems.append(f"redline {c} has no section")
        continue
    for opt in sorted(set(re.findall(r"--[A-Za-z][A-Za-z-]*", help_of(c))) - {"--help"}):
        if opt not in sections[c]:
            problems.append(f"redline {c}: {opt} is not documented")
for c in sections:
    if c not in commands:
        problems.append(f"redline {c} is documented but not in redline --help")
for opt in ("--help", "--version"):
    if opt not in text.split(".SH OPTIONS", 1)[-1]:
        problems.append(f"{opt} is not under OPTIONS")
print("\n".join(problems) or f"{len(commands)} commands")
sys.exit(1 if problems else 0)
PY
    pass "the manual page documents each of redline --help's commands and their options ($(cat "$tmp/out"))"
else
    fail "the manual page: $(cat "$tmp/out")"
fi

# ---- the installed program finds its window library ------------------------------------------
# play --help is answered by the window's own code: only a loaded library prints it.
if (cd "$tmp/elsewhere" && "$stage/usr/bin/redline" play --help >"$tmp/out" 2>&1) && grep -q -- '--scenario' "$tmp/out"; then
    pass "the installed program loads its window from lib/redline"
else
    fail "installed redline play --help: $(head -c 300 "$tmp/out")"
fi

# ---- the Debian layout: /usr/games, /usr/share/games/redline, /usr/lib/games/redline--------------------------
if install_to "$tmp/deb" BINDIR=/usr/games DATADIR=/usr/share/games/redline WINDOWDIR=/usr/lib/games/redline &&
    (cd "$tmp/elsewhere" && "$tmp/deb/usr/games/redline" run --scenario jan2026 --seed 1 --json >"$tmp/games.json") &&
    cmp -s "$tmp/games.json" "$tmp/source.json" && "$tmp/deb/usr/games/redline" play --help >/dev/null 2>&1; then
    pass "installed as Debian puts games (/usr/games, /usr/share/games/redline, /usr/lib/games/redline), it plays the same game and finds its window"
else
    fail "the /usr/games layout: $(tail -3 "$tmp/make.log")"
fi

# ---- make uninstall ------------------------------------------------------------------------
make --no-print-directory uninstall DESTDIR="$stage" PREFIX=/usr >"$tmp/make.log" 2>&1
left=$(find "$stage" ! -type d)
[ -z "$left" ] && pass "make uninstall removes every file make install put there" || fail "left behind: $left"
mkdir -p "$tmp/other/usr/share" && touch "$tmp/other/usr/share/keep"
if make --no-print-directory uninstall DESTDIR="$tmp/other" PREFIX=/usr DATADIR=/usr/share >"$tmp/make.log" 2>&1; then
    fail "make uninstall DATADIR=/usr/share went ahead"
elif [ -e "$tmp/other/usr/share/keep" ] && grep -q "must end in /redline" "$tmp/make.log"; then
    pass "make uninstall refuses a DATADIR that is not Red Line's own, removing nothing"
else
    fail "make uninstall DATADIR=/usr/share: $(cat "$tmp/make.log")"
fi

finish
