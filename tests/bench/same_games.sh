#!/bin/sh
# Whether two builds play the same games, seed for seed: the state hash of
# each game's final state (batch --out FILE.jsonl) for 1,000 games of every
# scenario, with a fresh install's mods and with the example mod on, compared
# line by line. For changes that must not change games (speed work):
#   tests/bench/same_games.sh OLD_REDLINE [NEW_REDLINE] [RUNS]
# OLD_REDLINE is a copy of ./redline built before the change (it reads the
# game's data from this tree through REDLINE_ROOT). Exit 0 when every game is
# the same, 1 at the first scenario that differs.
set -u
cd "$(dirname "$0")/../.." || exit 2
old=$1
new=${2:-./redline}
runs=${3:-1000}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
export REDLINE_ROOT="$PWD" XDG_DATA_HOME="$tmp/data"
unset REDLINE_NO_MODS
mkdir -p "$tmp/example/redline"
printf 'example = on\n' >"$tmp/example/redline/mods.txt"
hashes() {      # redline scenario mods-config -> "seed state_hash" lines
    XDG_CONFIG_HOME=$3 "$1" batch --scenario "$2" --runs "$runs" --jobs 1 --out "$tmp/games.jsonl" >/dev/null &&
        sed 's/^{"seed":\([0-9]*\),.*"state_hash":"\([0-9a-f]*\)".*/\1 \2/' "$tmp/games.jsonl"
}
status=0
for config in "$tmp/config" "$tmp/example"; do
    mods=$([ "$config" = "$tmp/example" ] && echo "the example mod on" || echo "no mods")
    for s in jan2026 letter2025 hammer2025 tutorial; do
        hashes "$old" $s "$config" >"$tmp/old" || { echo "$old failed on $s"; exit 2; }
        hashes "$new" $s "$config" >"$tmp/new" || { echo "$new failed on $s"; exit 2; }
        if [ "$(wc -l <"$tmp/old")" -eq "$runs" ] && cmp -s "$tmp/old" "$tmp/new"; then
            echo "same:    $s, $mods: $runs games, state hashes equal"
        else
            echo "DIFFER:  $s, $mods: $(diff "$tmp/old" "$tmp/new" | grep -c '^<') of $runs games"
            status=1
        fi
    done
done
exit $status
