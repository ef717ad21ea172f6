#!/bin/sh
# Write the generated API reference into docs/modding.md (between
# <!-- api:begin --> and <!-- api:end -->) and the Lua language server stubs
# into docs/lua-stubs/redline.lua, both from `redline api`. With --check,
# change nothing and exit 1 if either is out of date (make test does this).
#
#     make && tools/api_doc.sh          # from the repository root
cd "$(dirname "$0")/.." || exit 1
RL=${REDLINE:-./redline}
doc=docs/modding.md
stubs=docs/lua-stubs/redline.lua
tmp=$(mktemp -d /tmp/redline-api-XXXXXX) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

REDLINE_NO_MODS=1 "$RL" api --markdown >"$tmp/reference.md" || exit 1
REDLINE_NO_MODS=1 "$RL" api --stubs >"$tmp/redline.lua" || exit 1
grep -q '^<!-- api:begin -->$' "$doc" && grep -q '^<!-- api:end -->$' "$doc" ||
    { echo "$doc has no <!-- api:begin --> / <!-- api:end --> markers"; exit 1; }
awk -v ref="$tmp/reference.md" '
    /^<!-- api:begin -->$/ { print; while ((getline line < ref) > 0) print line; skip = 1; next }
    /^<!-- api:end -->$/ { skip = 0 }
    !skip' "$doc" >"$tmp/modding.md"

if [ "$1" = "--check" ]; then
    stale=0
    cmp -s "$tmp/modding.md" "$doc" || { echo "$doc: the reference is out of date; run tools/api_doc.sh"; stale=1; }
    cmp -s "$tmp/redline.lua" "$stubs" || { echo "$stubs is out of date; run tools/api_doc.sh"; stale=1; }
    [ "$stale" -eq 0 ] && echo "the API reference and stubs are up to date"
    exit "$stale"
fi
mkdir -p "$(dirname "$stubs")"
cp "$tmp/modding.md" "$doc"
cp "$tmp/redline.lua" "$stubs"
echo "wrote the reference in $doc and $stubs"
