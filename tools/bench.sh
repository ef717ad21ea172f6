#!/bin/sh
# make bench: speed and memory figures, each the median of repeated runs,
# printed and written to docs/performance.md. No pass or fail.
set -eu
cd "$(dirname "$0")/.."
out=docs/performance.md
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
games_per_s() {   # scenario jobs
    for r in 1 2 3; do
        ./redline batch --scenario "$1" --runs 300 --seed $((r * 1000)) --jobs "$2" --json |
            python3 -c 'import json,sys; print(json.load(sys.stdin)["games_per_s"])'
    done | median
}
peak_kib() {      # runs
    python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' ./redline batch --scenario jan2026 --runs "$1" --jobs 1
}

echo "measuring games per second..."
j1=$(games_per_s jan2026 1); j2=$(games_per_s jan2026 2)
l1=$(games_per_s letter2025 1); l2=$(games_per_s letter2025 2)
echo "measuring per-turn cost and saves..."
./build/bench/bench > build/bench.txt
turn() { awk -v s="$1" -v f="$2" '$1 == "turn_us" && $2 == s { print $f }' build/bench.txt; }
save_ms=$(awk '$1 == "save_ms" { print $2 }' build/bench.txt)
load_ms=$(awk '$1 == "load_ms" { print $2 }' build/bench.txt)
echo "measuring the window..."
./build/bench/bench_ui > build/bench_ui.txt
first_ms=$(awk '$1 == "first_frame_ms" { print $2 }' build/bench_ui.txt)
frame() { awk -v s="$1" -v f="$2" '$1 == "frame_ms" && $2 == s { print $f }' build/bench_ui.txt; }
# Idle CPU of the real window, asleep on the turn screen, under a real X server (Xvfb): SDL's dummy
# driver polls for events, a real display does not.
cat > build/idle.sh <<'IDLE'
REDLINE_NO_MODS=1 ./redline play --scenario jan2026 --side iran --seed 7 >/dev/null 2>&1 &
pid=$!
sleep 3
ticks() { awk '{ print $14 + $15 }' /proc/$pid/stat; }
a=$(ticks); sleep 10; b=$(ticks)
kill $pid; wait $pid 2>/dev/null
awk -v d=$((b - a)) -v hz=$(getconf CLK_TCK) 'BEGIN { printf "%.1f%%", 100 * d / (10 * hz) }'
IDLE
idle=$(command -v xvfb-run >/dev/null 2>&1 && xvfb-run -a sh build/idle.sh || echo "n/a (no Xvfb)")
echo "measuring peak memory (1,000 and 10,000 games)..."
m1=$(peak_kib 1000); m10=$(peak_kib 10000)

cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown)
cat > "$out" <<DOC
# Performance

Measured by \`make bench\` on $(date -u +%Y-%m-%d), $(nproc) cores ($cpu), build \`-O2\`.
Each figure is the median of repeated runs; rerun \`make bench\` to reproduce (it rewrites this page).

| what | figure | target |
|---|---|---|
| full games/s, \`jan2026\`, one core | $j1 | 2,000 |
| full games/s, \`jan2026\`, \`--jobs 2\` | $j2 | |
| full games/s, \`letter2025\`, one core | $l1 | 2,000 |
| full games/s, \`letter2025\`, \`--jobs 2\` | $l2 | |
| µs per turn, \`jan2026\`: all | $(turn jan2026 3) | |
| — Lua (actors' \`decide\` and the event deck) | $(turn jan2026 4) | |
| — C resolution (baseline turn, every actor passing) | $(turn jan2026 5) | |
| µs per turn, \`letter2025\`: all / Lua / C | $(turn letter2025 3) / $(turn letter2025 4) / $(turn letter2025 5) | |
| peak memory, batch of 1,000 games | $((m1 / 1024)) MB | ≤ 64 MB |
| peak memory, batch of 10,000 games | $((m10 / 1024)) MB | same as 1,000 |
| save a finished 26-turn game (written, fsynced, renamed) | $save_ms ms | ≤ 5 ms |
| load it (parse, check, replay 26 turns) | $load_ms ms | ≤ 5 ms |
| window: from starting SDL to the menu's first frame (software renderer) | $first_ms ms | ≤ 150 ms |
| window: turn screen, full redraw, 1280×720, median / p99 | $(frame 1280x720 3) / $(frame 1280x720 4) ms | p99 ≤ 8 ms |
| window: turn screen, full redraw, 1920×1080, median / p99 | $(frame 1920x1080 3) / $(frame 1920x1080 4) ms | p99 ≤ 8 ms |
| window: CPU while idle on the turn screen (10 s, under Xvfb) | $idle | near 0% |

## Where the time goes

A profile (\`valgrind --tool=callgrind ./redline batch --scenario jan2026 --runs 60 --jobs 1\`,
instructions, so repeatable on a busy machine) puts a game of \`jan2026\` at about 3.5 million
instructions, down from 6.3 million. The actors' decisions take a little over half: the rules whose
condition is a Lua function, about 30 calls a turn, a third of the game (the view's answers and the
count hook that stops a runaway script inside that); refreshing the views 9%; the fingerprint that lets
a batch start the next game without loading the scripts again 10%; the events 7%; the dynamics 4%.

What made it faster:

- **Conditions the engine checks itself.** A rule's or an event's \`when\` may be a list such as
  \`{ "talks >= 1", "escalation < 7" }\`, read like an action's \`requires\`: the engine checks it on
  the values the view shows (an estimate of what the actor cannot see) or, for an event, on the
  world's true values, without calling Lua. The game's own actors and scenarios use lists for their
  plain conditions (51 of the actors' rules, 6 events), so a turn makes about 30 Lua calls instead of
  80. Lists and functions give the same games, seed for seed (tests/unit/test_ai.c and test_mods.c
  play twins written both ways).
- **\`require("ai").actor\` is the engine's** (engine/script/lua_ai.c): the weights, the noise, the
  ranking and the reasons are counted in C, and the session takes the orders straight from it.
- **Views are made once and reused**: each actor's proxy falls through plain tables to its own
  answers (emptied in place each turn) and to the public values (refreshed in place); \`view.last\`
  answers from the history as it is read instead of a table built every turn.
- **Batch and tournament games keep a lean record**: no news lines and no per-turn state hash, which
  only the record and saves read.
- **The scripts are not loaded again between games** when the last game left everything they can reach
  as it was (\`engine/script/fingerprint.c\`). An ai actor lets go of its rule tables once loaded, so
  the check walks a third of what it did; a script that remembers things is still loaded afresh.
- xxHash for hashes, variables found by name with a binary search, and a compiled-chunk cache shared by
  every session of the process (which brings a load under 5 ms).

The count hook stays: a budget counted in instructions stops a runaway script at the same point on
every machine, which a timer would not.

Commands: \`./redline batch --scenario ID --runs 300 --jobs J --json\` (games_per_s);
\`build/bench/bench\` (tests/bench/bench.c: per-turn split, save and load); \`build/bench/bench_ui\`
(tests/bench/bench_ui.c: the window drawn by SDL's software renderer into memory); peak memory is the
batch's maximum resident set size; idle CPU is the window's own CPU time over 10 s.
DOC
cat "$out"
