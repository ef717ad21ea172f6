#!/bin/sh
# make bench: speed and memory as a player and a researcher meet them, each
# figure the median of repeated runs, printed and written to
# docs/performance.md with its method beside it. No pass or fail.
set -eu
cd "$(dirname "$0")/.."
out=docs/performance.md
history=$(mktemp)
sed -n '/^## History/,$p' "$out" >"$history"
outside=tests/bench/outside.py
field() { awk -v k="$1" '{ for (i = 1; i < NF; i++) if ($i == k) print $(i + 1) }'; }
# The player's own settings and mods stay out: the games are played with the
# mods a fresh install has on (none: the example mod is off until enabled).
home=$(mktemp -d)
trap 'rm -rf "$home" "$history"' EXIT
export XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data"
unset REDLINE_NO_MODS
mkdir -p "$home/example/redline"
printf 'example = on\n' >"$home/example/redline/mods.txt"
xvfb() { xvfb-run -a -s "-screen 0 1920x1080x24" "$@"; }
has_x=$(command -v xvfb-run >/dev/null 2>&1 && echo 1 || echo 0)

echo "measuring command start..."
./redline run --scenario jan2026 --seed 7 --save build/bench/game.json >/dev/null
start() { python3 "$outside" start 20 "$@"; }
s_version=$(start ./redline --version)
s_scenarios=$(start ./redline scenarios)
s_replay=$(start ./redline replay build/bench/game.json)

echo "measuring games per second..."
games() { python3 "$outside" games 5 "$@"; }
j1=$(games 2000 jan2026 1); l1=$(games 2000 letter2025 1)
j2=$(games 2000 jan2026 2); l2=$(games 2000 letter2025 2)
jx=$(XDG_CONFIG_HOME="$home/example" games 2000 jan2026 1)
gps() { echo "$1" | field games_per_cpu_s; }
g26() { echo "$1" | field games26_per_cpu_s; }
turns() { echo "$1" | field mean_turns; }
wall() { echo "$1" | field games_per_wall_s; }
# E': the same batch's instructions (callgrind), which the machine's load does not move
batch_ir() {
    if command -v valgrind >/dev/null 2>&1; then
        valgrind --tool=callgrind --callgrind-out-file=/dev/null ./redline batch --scenario "$1" --runs 300 --jobs 1 \
            --json 2>&1 >/dev/null | awk '/refs:/ { gsub(",", "", $NF); printf "%.0f", $NF / 1e6 }'
    else
        echo "n/a"
    fi
}
ir_j=$(batch_ir jan2026); ir_l=$(batch_ir letter2025)

echo "measuring the per-turn split, saves and loads..."
./build/bench/bench >build/bench.txt
turn() { awk -v s="$1" -v f="$2" '$1 == "turn_us" && $2 == s { print $f }' build/bench.txt; }
save_ms=$(awk '$1 == "save_ms" { print $2 }' build/bench.txt)
load_ms=$(awk '$1 == "load_ms" { print $2 }' build/bench.txt)

echo "measuring the window (under Xvfb)..."
if [ "$has_x" = 1 ]; then
    first=$(xvfb python3 "$outside" first-frame 9 ./redline play --scenario jan2026 --side us --seed 7)
    first_menu=$(xvfb python3 "$outside" first-frame 9 ./redline)
    xvfb ./build/bench/bench_ui >build/bench_ui.txt
    cat >build/idle.sh <<'IDLE'
./redline play --scenario jan2026 --side iran --seed 7 >/dev/null 2>&1 &
pid=$!
sleep 3
ticks() { awk '{ print $14 + $15 }' /proc/$pid/stat; }
a=$(ticks); sleep 10; b=$(ticks)
kill $pid; wait $pid 2>/dev/null
awk -v d=$((b - a)) -v hz=$(getconf CLK_TCK) 'BEGIN { printf "%.1f%%", 100 * d / (10 * hz) }'
IDLE
    idle=$(xvfb sh build/idle.sh)
    # the same work counted in instructions (callgrind), which the machine's load does not move
    ir="n/a n/a n/a n/a n/a"
    if command -v valgrind >/dev/null 2>&1; then
        ir_first() { xvfb python3 "$outside" first-frame-ir "$@" | field instructions; }
        ir_frame() {    # kind: per frame of bench_ui at 1920x1080, counted only inside its 301 frames
            xvfb valgrind --tool=callgrind --callgrind-out-file=/dev/null --toggle-collect=one_frame \
                --log-file=build/frame-ir.txt ./build/bench/bench_ui 1920x1080 "$1" >/dev/null &&
                awk '/Collected/ { gsub(",", "", $4); if ($4 > n) n = $4 } END { print n }' build/frame-ir.txt
        }
        ir="$(ir_first ./redline play --scenario jan2026 --side us --seed 7) $(ir_first ./redline)"
        ir="$ir $(ir_frame tab) $(ir_frame hover) $(ir_frame tick)"
    fi
else
    first="wall_ms n/a cpu_ms n/a"; first_menu=$first; idle="n/a (no Xvfb)"; : >build/bench_ui.txt
    ir="n/a n/a n/a n/a n/a"
fi
frame() {   # size kind: "median / p99"
    awk -v s="$1" -v k="$2" '$1 == "frame_ms" && $2 == s && $3 == k { printf "%s / %s", $4, $5 }' build/bench_ui.txt
}
renderer=$(awk '$1 == "frame_ms" { print $6; exit }' build/bench_ui.txt)
mega() { awk -v n="$1" -v d="$2" 'BEGIN { if (n + 0 > 0) printf "%.1f", n / d / 1e6; else printf "n/a" }'; }
set -- $ir
ir_play=$(mega "$1" 1) ir_menu=$(mega "$2" 1) ir_tab=$(mega "$3" 301) ir_hover=$(mega "$4" 301) ir_tick=$(mega "$5" 301)

echo "measuring the classroom host (40 devices, 26 weeks, on loopback)..."
host_ms() {      # think-ms: the round trip of a team's message to its answer, and the host's processor time
    tests/web/install.sh >/dev/null &&
        node tests/web/load.test.js --devices 40 --weeks 26 --think-ms "$1" --json build/host-$1.json >/dev/null &&
        python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(r["median_ms"], r["p99_ms"], r["host_cpu_s"], r["wall_s"], r["messages"])' \
            "build/host-$1.json" || echo "n/a n/a n/a n/a n/a"
}
set -- $(host_ms 150); h_med=$1 h_p99=$2 h_cpu=$3 h_wall=$4 h_msgs=$5
set -- $(host_ms 0); b_med=$1 b_p99=$2
echo "measuring peak memory (1,000 and 10,000 games)..."
peak_kib() {
    python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' ./redline batch --scenario jan2026 --runs "$1" --jobs 1
}
m1=$(peak_kib 1000); m10=$(peak_kib 10000)

cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown)
ms() { echo "$1" | field "$2"; }
cat >"$out" <<DOC
# Performance

Measured by \`make bench\` on $(date -u +%Y-%m-%d), $(nproc) cores ($cpu), build \`-O2\`, load average
$(cut -d' ' -f1-3 /proc/loadavg) when it finished. Each figure is the median of repeated runs; the method
is beside it. Rerun \`make bench\` to reproduce: it rewrites this page down to "History", which is
kept as written.

## What a player and a researcher meet

| what | figure | target | method |
|---|---|---|---|
| \`redline --version\`, exec to exit | $(ms "$s_version" wall_ms) ms wall, $(ms "$s_version" cpu_ms) ms CPU | ≤ 10 ms | A |
| \`redline scenarios\`, exec to exit | $(ms "$s_scenarios" wall_ms) ms wall, $(ms "$s_scenarios" cpu_ms) ms CPU | | A |
| \`redline replay\` of a 26-turn game, exec to exit | $(ms "$s_replay" wall_ms) ms wall, $(ms "$s_replay" cpu_ms) ms CPU | | A |
| window: exec of \`redline play --scenario jan2026\` to its first frame presented | $(ms "$first" wall_ms) ms wall, $(ms "$first" cpu_ms) ms CPU | ≤ 150 ms | B |
| window: exec of \`redline\` to the menu presented | $(ms "$first_menu" wall_ms) ms wall, $(ms "$first_menu" cpu_ms) ms CPU | ≤ 150 ms | B |
| window, 1280×720: full redraw, median / p99 | $(frame 1280x720 full) ms | | C |
| window, 1280×720: Tab / hover / timer tick, median / p99 | $(frame 1280x720 tab) · $(frame 1280x720 hover) · $(frame 1280x720 tick) ms | p99 ≤ 8 ms | C |
| window, 1920×1080: full redraw, median / p99 | $(frame 1920x1080 full) ms | | C |
| window, 1920×1080: Tab / hover / timer tick, median / p99 | $(frame 1920x1080 tab) · $(frame 1920x1080 hover) · $(frame 1920x1080 tick) ms | p99 ≤ 8 ms | C |
| window: instructions from exec to the first frame, \`play --scenario jan2026\` / the menu | $ir_play / $ir_menu million | | B′ |
| window, 1920×1080: instructions per Tab / hover / tick frame | $ir_tab / $ir_hover / $ir_tick million | | C′ |
| window: CPU while idle on the turn screen (10 s) | $idle | near 0% | D |
| games per CPU second, \`jan2026\`, one core | $(gps "$j1") (games last $(turns "$j1") turns; $(g26 "$j1") as 26-turn games) | 8,000 | E |
| games per CPU second, \`letter2025\`, one core | $(gps "$l1") (games last $(turns "$l1") turns; $(g26 "$l1") as 26-turn games) | 8,000 | E |
| games per wall second, \`--jobs 2\`, \`jan2026\` / \`letter2025\` | $(wall "$j2") / $(wall "$l2") | | E |
| games per CPU second, \`jan2026\`, the example mod switched on | $(gps "$jx") ($(g26 "$jx") as 26-turn games) | | E |
| instructions for a batch of 300 games, \`jan2026\` / \`letter2025\` | $ir_j / $ir_l million | | E′ |
| µs of CPU per turn, \`jan2026\`: all / scripts / C resolution | $(turn jan2026 3) / $(turn jan2026 4) / $(turn jan2026 5) | | F |
| µs of CPU per turn, \`letter2025\`: all / scripts / C resolution | $(turn letter2025 3) / $(turn letter2025 4) / $(turn letter2025 5) | | F |
| peak memory, batch of 1,000 / 10,000 games | $((m1 / 1024)) / $((m10 / 1024)) MB | ≤ 64 MB, flat | G |
| save a finished 26-turn game (written, fsynced, renamed) / load it (parse, check, replay) | $save_ms / $load_ms ms | ≤ 5 ms | H |
| classroom host: a team's message to its answer, 40 devices over 26 weeks, median / p99 | $h_med / $h_p99 ms | p99 ≤ 50 ms | I |
| — the same with every device sending at once (a burst), median / p99 | $b_med / $b_p99 ms | | I |
| — the host's CPU for those $h_msgs messages and 26 weeks | $h_cpu s in $h_wall s wall | | I |

The window's renderer in these runs: **${renderer:-n/a}** (SDL's choice for the window, as a player gets it).

## How each figure is taken

- **A. Command start.** tests/bench/outside.py runs the command 20 times after one warm-up, from
  just before exec to its exit; wall time, and CPU time (user + system) as the kernel accounts the
  child. \`replay\` re-simulates a saved 26-turn game of \`jan2026\` (seed 7).
- **B. First frame.** The same script starts the window under Xvfb with \`REDLINE_FRAME_LOG=FILE\`,
  for which the window appends a line per frame: the system's monotonic clock when the present
  returned, and the frame's length. The figure is that first line's clock less the clock read just
  before exec (the same clock, read in two processes), 9 runs after a warm-up; the CPU time is the
  process's own (/proc/PID/stat) when the line is seen. Nothing is timed inside the process but the
  present's return. Under Xvfb on a busy machine SDL's X11 probe now and then fails and the
  window exits before its first frame (about 2 starts in 100 at load 8, before and after issue
  20's changes): such a start is counted (failed_starts) and made again.
- **C. Frame times.** build/bench/bench_ui (tests/bench/bench_ui.c) opens the real game window under
  Xvfb, as the game does (same renderer), on the United States' turn screen of \`jan2026\` with a turn
  timer, and times 300 frames of each kind from the event that causes the frame to the return of its
  present: *full* redraws and presents everything (an expose), *Tab* moves the keyboard focus,
  *hover* moves the mouse from one widget onto another, *tick* is the timer's second changing. The
  events are handed to the window's own event handler, as SDL would hand them. With the software
  renderer a frame is laid out once, then drawn and presented only where it changed, in tiles of
  64 pixels (engine/ui/ui_damage.c); a pass that draws one changed rectangle leaves out what lies
  wholly outside it, and a string's width is measured once (engine/ui/ui_widths.c). Wall time: the
  present waits for the X server, which shares the processors with everything else, so on a busy
  machine the p99 is the machine's as much as the window's.
- **I. The classroom host.** tests/web/load.test.js on loopback: \`redline host\` with the nine roles
  as teams of \`hammer2025\`, 40 WebSocket clients (four or five a team) that each week draft (every
  device) and send (one a team) after a random pause of 0 to 150 ms (0: all at once), for 26 weeks,
  each lasting at least 500 ms (a class's lasts minutes; the host lets a page send 20 messages a
  second, 40 at once, and a device sends 2 a week); the round trip is from a message sent to its
  answer received (the host acknowledges only once the change is on the disk); the CPU is the host
  process's (/proc/PID/stat) over the run.
- **B′, C′. The same in instructions.** B and C's runs again under valgrind's callgrind, which
  counts the instructions the process runs: the first frame's from exec until the frame is logged
  (\`outside.py first-frame-ir\`; as root, libX11 has no compose cache and parses the locale's
  Compose table, a third of them), a frame's only inside bench_ui's 301 frames of that kind
  (\`--toggle-collect=one_frame\`). The machine's load does not move them: compare these across
  runs, and B and C for what a player waits.
- **D. Idle CPU.** The window's own CPU time over 10 s, asleep on the turn screen under Xvfb.
- **E. Games per second.** \`redline batch --scenario S --runs 2000 --jobs J --json\`, 5 runs with
  other seeds; games divided by the process's CPU time (user + system: start-up and loading
  included), median of the 5; the games are the scenarios' own length (\`--turns\` not shortened), so
  a \`jan2026\` game that ends early in war or agreement counts as one game. *As 26-turn games*
  scales that by mean turns / 26: what the rate would be if every game ran the full 26 weeks at the
  same cost per turn. \`--jobs 2\` is divided by wall time (two processors). Played with the mods a
  fresh install has on (none: the example mod is off until \`redline mods enable example\`), and once
  with the example mod on. tests/bench/same_games.sh checks that two builds play the same games
  (the final state hash of 1,000 games of each scenario, with and without the example mod).
- **E′. The same in instructions.** \`redline batch --runs 300 --jobs 1\` under callgrind, start-up
  included: the machine's load does not move it, so compare this across builds and runs.
- **F. Per-turn split.** build/bench/bench (tests/bench/bench.c): processor time per turn over 100
  games, with the scripts deciding, and with every actor passing and no events (the C resolution);
  the scripts' share is the difference. Median of 5.
- **G. Peak memory.** The batch's maximum resident set size.
- **H. Saves.** build/bench/bench: wall time (a save waits for the disk), median of 20.

CPU figures hold on a busy machine; wall figures do not (this machine is shared: compare the load
average above).
DOC
[ -s "$history" ] && { echo; cat "$history"; } >>"$out"
cat "$out"
