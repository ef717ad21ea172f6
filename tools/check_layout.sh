#!/bin/sh
# The layout rules `make` enforces (docs/building.md, "Layers"):
#  - the faces (engine/ui, engine/cli, engine/host) talk to the engine only
#    through the front door, engine/redline.h: no Lua call, no JSON parsing,
#    no engine header but redline.h (and the pure core it includes);
#  - the network is the host's alone: no face but engine/host includes
#    libwebsockets, and the host never asks the door as VIEW_TRUTH (the
#    facilitator's viewer: a team's page must show only what its actor sees);
#    the team page's messages are parsed behind the door (rl_message_parse);
#  - no file in engine/ over 700 lines, no function over 120 lines.
# Prints every breach as file:line: what, and exits 1 if there is one.
# Usage: tools/check_layout.sh [TREE]   (default: this repository)
cd "${1:-$(dirname "$0")/..}" || exit 2
status=0
tmp=$(mktemp)
faces=$(ls -d engine/ui engine/cli engine/host 2>/dev/null)
for dir in $faces; do
    for f in "$dir"/*.c "$dir"/*.h; do
        [ -f "$f" ] || continue
        if grep -nE '\blua_[a-z]+|\bluaL_[a-z]+|\bcJSON_Parse' "$f" >"$tmp" 2>/dev/null; then
            sed "s|^|$f:|; s|\$|  <- a face calls Lua or parses JSON: go through engine/redline.h|" "$tmp"
            status=1
        fi
        if grep -nE '#include *[<"](lua|lauxlib|lualib)\.h|#include *"\.\./(script|save|report|api)/' "$f" >"$tmp"; then
            sed "s|^|$f:|; s|\$|  <- a face includes the engine's insides: include ../redline.h|" "$tmp"
            status=1
        fi
    done
done
for f in $(ls engine/*/*.c engine/*/*.h 2>/dev/null | grep -v '^engine/host/'); do
    if grep -nE '#include *[<"]libwebsockets\.h' "$f" >"$tmp"; then
        sed "s|^|$f:|; s|\$|  <- only the classroom host (engine/host) talks to the network|" "$tmp"
        status=1
    fi
done
for f in engine/host/*.c engine/host/*.h; do
    [ -f "$f" ] || continue
    if grep -nE '\bVIEW_TRUTH\b' "$f" >"$tmp"; then
        sed "s|^|$f:|; s|\$|  <- the host asks the door as a team's actor or VIEW_PUBLIC, never as the facilitator|" "$tmp"
        status=1
    fi
done
rm -f "$tmp"

for f in $(find engine -name '*.c' -o -name '*.h' | sort); do
    awk -v f="$f" '
        END { if (NR > 700) { printf "%s: %d lines (at most 700: split it by job)\n", f, NR; bad = 1 } exit bad }
    ' "$f" || status=1
    awk -v f="$f" '
        /^\{/ { start = NR; name = prev }
        /^\}/ && !/^\};/ && start { if (NR - start > 120) { printf "%s:%d: %s: %d lines (at most 120)\n", f, start, name, NR - start; bad = 1 } start = 0 }
        { prev = $0 }
        END { exit bad }
    ' "$f" || status=1
done
exit $status
