#!/bin/sh
# tools/check_layout.sh (run by make) refuses what breaks the layers: a face
# calling Lua, parsing JSON or including the engine's insides; a file over 700
# lines; a function over 120. Each breach is tried in a scratch tree.
cd "$(dirname "$0")/../.." || exit 1
. tests/cli/lib.sh
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
mkdir -p "$tree/engine/ui" "$tree/engine/cli" "$tree/engine/core"
face() { printf '#include "../redline.h"\nint f(void)\n{\n    return 0;\n}\n' >"$tree/engine/ui/ui_x.c"; }

face
tools/check_layout.sh "$tree" >/dev/null && pass "a clean face passes" || fail "a clean face is refused"
tools/check_layout.sh >/dev/null && pass "the repository passes" || fail "the repository breaks its own layout"

breach() {
    what=$1 expect=$2
    if out=$(tools/check_layout.sh "$tree"); then
        fail "$what passes"
    elif printf '%s' "$out" | grep -q "$expect"; then
        pass "$what: $(printf '%s' "$out" | head -n 1)"
    else
        fail "$what: the message does not say '$expect': $out"
    fi
    face
}
printf 'void g(lua_State *L) { lua_pushnil(L); }\n' >>"$tree/engine/ui/ui_x.c"
breach "a face calling Lua" "engine/ui/ui_x.c:6:"
printf 'void g(const char *t) { cJSON_Parse(t); }\n' >"$tree/engine/cli/cmd_x.c"
breach "a face parsing JSON" "engine/cli/cmd_x.c:1:"
rm "$tree/engine/cli/cmd_x.c"
printf '#include "../script/session.h"\n' >>"$tree/engine/ui/ui_x.c"
breach "a face including the engine's insides" "engine's insides"
mkdir -p "$tree/engine/host"
printf 'double f(const Session *s) { return rl_value(s, VIEW_TRUTH, 0, 0, 0); }\n' >"$tree/engine/host/host_x.c"
breach "the host asking as the facilitator" "engine/host/host_x.c:1:"
rm "$tree/engine/host/host_x.c"
printf '#include <libwebsockets.h>\n' >>"$tree/engine/ui/ui_x.c"
breach "a face other than the host on the network" "only the classroom host"
printf 'void g(const char *t) { cJSON_Parse(t); }\n' >"$tree/engine/host/host_y.c"
breach "the host parsing JSON" "engine/host/host_y.c:1:"
rm "$tree/engine/host/host_y.c"
awk 'BEGIN { for (i = 0; i < 701; i++) print "int x" i ";" }' >"$tree/engine/core/big.c"
breach "a file of 701 lines" "701 lines"
rm "$tree/engine/core/big.c"
awk 'BEGIN { print "int long_one(void)"; print "{"; for (i = 0; i < 121; i++) print "    ;"; print "}" }' >"$tree/engine/core/long.c"
breach "a function of 122 lines" "long_one"
finish
