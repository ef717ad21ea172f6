#!/bin/sh
# The classroom host's JSON Schema agrees with the message parser's examples
# (tests/data/net: the same files tests/unit/test_frontdoor.c reads).
cd "$(dirname "$0")/../.." || exit 1
. tests/cli/lib.sh
out=$(python3 tests/cli/check_net_schema.py 2>&1) && pass "$out" || fail "$out"
# the check can fail: a schema that lets an extra field through is caught
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/docs" "$tmp/tests/cli" && cp -r tests/data "$tmp/tests/" && cp tests/cli/check_net_schema.py "$tmp/tests/cli/"
sed 's/"additionalProperties": false/"additionalProperties": true/' docs/network.schema.json >"$tmp/docs/network.schema.json"
python3 "$tmp/tests/cli/check_net_schema.py" >"$tmp/out" 2>&1 && fail "a loose schema passed" ||
    pass "a loose schema is caught ($(head -c 120 "$tmp/out"))"
finish
