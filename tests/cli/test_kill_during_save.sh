#!/bin/sh
# Kill redline with SIGKILL at random moments while it plays and saves, again
# and again: the save file is always either the previous good save or the new
# one, never a broken one, and it always replays.
set -u
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
save="$dir/game.json"
./redline run --scenario tutorial --seed 1 --save "$save" >/dev/null || { echo "first save failed"; exit 1; }
i=0
while [ $i -lt 40 ]; do
    i=$((i + 1))
    ./redline run --scenario jan2026 --seed $i --save "$save" >/dev/null 2>&1 &
    pid=$!
    sleep "0.0$(( (i * 7919) % 90 + 5 ))"
    kill -9 $pid 2>/dev/null
    wait $pid 2>/dev/null
    if ! ./redline replay "$save" >/dev/null 2>"$dir/err"; then
        echo "after kill $i the save does not load:"; cat "$dir/err"; exit 1
    fi
done
echo "40 kills, the save always loaded"
