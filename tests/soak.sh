#!/bin/sh
# Soak: 10,000 consecutive games in one process; peak memory must be the same
# as for 1,000 (no growth with the number of games). Prints both. Then the
# classroom host with a whole class of devices over a whole game.
set -eu
peak() {
    python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' ./redline batch --scenario jan2026 --runs "$1" --jobs 1
}
small=$(peak 1000)
large=$(peak 10000)
echo "peak RSS: 1,000 games ${small} KiB, 10,000 games ${large} KiB"
[ "$large" -le $((small + small / 10 + 1024)) ] || { echo "memory grows with the number of games"; exit 1; }

# The classroom host: a class of 40 devices (nine teams) over 26 weeks on
# loopback, every message answered, every order in the journal and the record.
tests/web/install.sh >/dev/null
node tests/web/load.test.js --devices 40 --weeks 26 --deadline-s 120
