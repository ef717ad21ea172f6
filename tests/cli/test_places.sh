#!/bin/sh
# Where the game finds its data and keeps the player's files (docs/building.md,
# "Where the files go"): a game folder with its own saves/ keeps the saves
# there; one without keeps them in $XDG_DATA_HOME/redline/saves, or
# ~/.local/share/redline/saves; the window's settings folder is made in
# $XDG_CONFIG_HOME/redline, or ~/.config/redline; a folder without the game's
# data is refused with a message. The window runs under SDL's dummy driver; a
# new game saves itself at once, which is what is looked for.
cd "$(dirname "$0")/../.." || exit 1
. tests/cli/lib.sh
RL=$PWD/redline
[ -x "$RL" ] || { echo "FAIL: $RL is not built"; exit 1; }

tmp=$(mktemp -d /tmp/redline-places-XXXXXX) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/game" "$tmp/home" "$tmp/elsewhere"
cp -r scripts assets "$tmp/game/"
unset XDG_DATA_HOME XDG_CONFIG_HOME REDLINE_ROOT
export SDL_VIDEODRIVER=dummy SDL_RENDER_DRIVER=software

# A new game in the window from another folder; waits (10 s at most) for
# its autosave to appear at $1, then closes the window.
new_game_saves_to() {
    want=$1
    shift
    (cd "$tmp/elsewhere" && exec env "$@" "$RL" play --scenario tutorial --side us --seed 1) \
        >"$tmp/out" 2>"$tmp/err" &
    pid=$!
    tries=0
    while [ ! -s "$want" ] && [ "$tries" -lt 100 ] && kill -0 "$pid" 2>/dev/null; do
        sleep 0.1
        tries=$((tries + 1))
    done
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    [ -s "$want" ]
}

xdg="XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config HOME=$tmp/home"

mkdir "$tmp/game/saves"
if new_game_saves_to "$tmp/game/saves/autosave.json" REDLINE_ROOT="$tmp/game" $xdg && [ ! -e "$tmp/data/redline/saves" ]
then
    pass "a game folder with its own saves/ keeps the autosave there"
else
    fail "the autosave is not in the game's saves/: $(find "$tmp" -name 'autosave*.json') $(cat "$tmp/err")"
fi
[ -d "$tmp/config/redline" ] && pass "the window makes its settings folder in \$XDG_CONFIG_HOME/redline" ||
    fail "no $tmp/config/redline after the window opened"

rmdir "$tmp/game/saves" 2>/dev/null || rm -r "$tmp/game/saves"
if new_game_saves_to "$tmp/data/redline/saves/autosave.json" REDLINE_ROOT="$tmp/game" $xdg; then
    pass "a game folder without saves/ keeps the autosave in \$XDG_DATA_HOME/redline/saves"
else
    fail "no autosave in $tmp/data/redline/saves: $(find "$tmp" -name 'autosave*.json') $(cat "$tmp/err")"
fi
[ ! -e "$tmp/game/saves" ] && pass "and writes nothing into the game's folder" || fail "$tmp/game/saves was made"
mode=$(stat -c %a "$tmp/data/redline")
[ "$mode" = 700 ] && pass "the folders it makes are the player's alone (0700)" || fail "$tmp/data/redline has mode $mode"

# without the XDG variables, or with relative ones (which the spec says to ignore): the home folder
if new_game_saves_to "$tmp/home/.local/share/redline/saves/autosave.json" REDLINE_ROOT="$tmp/game" \
    HOME="$tmp/home" XDG_DATA_HOME=relative XDG_CONFIG_HOME=relative && [ -d "$tmp/home/.config/redline" ] &&
    [ ! -e "$tmp/elsewhere/relative" ]; then
    pass "without absolute XDG variables: ~/.local/share/redline/saves and ~/.config/redline"
else
    fail "home fallback: $(find "$tmp" -name 'autosave*.json') $(cat "$tmp/err")"
fi

# the player's own mods folder follows XDG_DATA_HOME
(cd "$tmp/elsewhere" && env REDLINE_ROOT="$tmp/game" XDG_DATA_HOME="$tmp/data" "$RL" mods >"$tmp/out" 2>&1)
grep -q "$tmp/data/redline/mods" "$tmp/out" && pass "redline mods names \$XDG_DATA_HOME/redline/mods" ||
    fail "redline mods: $(cat "$tmp/out")"

# a folder that does not hold the game
(cd "$tmp/elsewhere" && REDLINE_ROOT="$tmp/home" "$RL" scenarios >"$tmp/out" 2>"$tmp/err")
rc=$?
[ "$rc" -eq 1 ] && grep -q "REDLINE_ROOT is $tmp/home, which does not hold the game's data" "$tmp/err" &&
    pass "REDLINE_ROOT without the game's data: exit 1 and a message naming it" ||
    fail "REDLINE_ROOT=$tmp/home: rc $rc, $(cat "$tmp/err")"
(cd "$tmp/elsewhere" && REDLINE_ROOT="$tmp/home" "$RL" --version >"$tmp/out" 2>&1)
grep -q "^redline " "$tmp/out" && pass "--version needs no data" || fail "--version: $(cat "$tmp/out")"

finish
