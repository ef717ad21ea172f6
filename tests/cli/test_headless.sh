#!/bin/sh
# The headless commands never load the window's libraries (SDL2, SDL2_ttf,
# HarfBuzz, GLib): ./redline links none of them, and loads them only from
# redline-window.so when a window is asked for. The dynamic loader's own
# account (LD_DEBUG=files) says which shared objects a run loaded.
cd "$(dirname "$0")/../.." || exit 1
. tests/cli/lib.sh
RL=$PWD/redline
[ -x "$RL" ] || { echo "FAIL: $RL is not built"; exit 1; }
tmp=$(mktemp -d /tmp/redline-headless-XXXXXX) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
window_libs='libSDL2|libSDL2_ttf|libharfbuzz|libglib|libfreetype|libGL'

loaded() {      # the shared objects a run of ./redline ARGS loads, one a line
    LD_DEBUG=files "$RL" "$@" 2>&1 >/dev/null | sed -n 's/.*file=\([^ ]*\) *\[0\];  *needed by.*/\1/p; s/.*file=\([^ ]*\) *\[0\];  *dynamically loaded by.*/\1/p' | sort -u
}

if readelf -d "$RL" | grep NEEDED | grep -Eq "$window_libs"; then
    fail "./redline links a window library: $(readelf -d "$RL" | grep NEEDED | grep -E "$window_libs")"
else
    pass "./redline links none of SDL2, SDL2_ttf, HarfBuzz, GLib, FreeType, GL"
fi
"$RL" run --scenario tutorial --seed 1 --save "$tmp/game.json" >/dev/null 2>&1
for cmd in "--version" "scenarios" "run --scenario tutorial --seed 1" "batch --scenario tutorial --runs 3" \
    "check scripts/scenarios/tutorial.lua" "replay $tmp/game.json" "rules"; do
    # shellcheck disable=SC2086
    libs=$(loaded $cmd)
    if [ -z "$libs" ]; then
        fail "redline $cmd: LD_DEBUG listed no shared object at all"
    elif echo "$libs" | grep -Eq "$window_libs"; then
        fail "redline $cmd loaded $(echo "$libs" | grep -E "$window_libs" | tr '\n' ' ')"
    else
        pass "redline $cmd loads $(echo "$libs" | wc -l) shared objects, none of the window's"
    fi
done
# ... and the window's command does load them (so the check above can fail).
libs=$(loaded play --help)
if echo "$libs" | grep -q libSDL2 && echo "$libs" | grep -q redline-window.so; then
    pass "redline play loads redline-window.so and SDL2"
else
    fail "redline play --help loaded: $(echo "$libs" | tr '\n' ' ')"
fi
finish
