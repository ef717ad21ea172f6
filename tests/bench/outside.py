#!/usr/bin/env python3
"""Timings taken from outside the process, as a player or a researcher meets
them, for make bench (tools/bench.sh). Each prints one line of figures, each
the median of the repeats:

  outside.py start REPEATS CMD...        wall and CPU ms of a whole command, exec to exit
  outside.py first-frame REPEATS CMD...  wall and CPU ms from exec to the window's first
                                         presented frame (REDLINE_FRAME_LOG, read from here)
  outside.py first-frame-ir CMD...       the instructions the process ran (callgrind) from
                                         exec to that frame: the machine's load does not
                                         move them
  outside.py games REPEATS RUNS SCENARIO JOBS [REDLINE]
                                         `redline batch --scenario S --runs N --jobs J`:
                                         games per CPU second and per wall second, the mean
                                         turns a game lasted, and CPU µs per turn

CPU time is the kernel's account of the child (user + system, all its
threads), so a busy machine slows the wall figures but hardly the CPU ones.
"""
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_once(cmd, env=None):
    """Wall and CPU seconds of one run of cmd, its output thrown away."""
    cpu0 = children_cpu()
    t0 = time.monotonic()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    return time.monotonic() - t0, children_cpu() - cpu0


def start(repeats, cmd):
    run_once(cmd)   # warm the page cache
    runs = [run_once(cmd) for _ in range(repeats)]
    wall = statistics.median(r[0] for r in runs) * 1e3
    cpu = statistics.median(r[1] for r in runs) * 1e3
    print(f"wall_ms {wall:.1f} cpu_ms {cpu:.1f}")


def process_cpu(pid):
    """User + system seconds the process has used so far (/proc/PID/stat)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def first_frame_once(cmd, timeout=20.0):
    """From just before exec to the end of the first present, as the window
    logs it on the shared monotonic clock; and the CPU spent by then."""
    with tempfile.TemporaryDirectory() as tmp:
        log = os.path.join(tmp, "frames")
        env = dict(os.environ, REDLINE_FRAME_LOG=log)
        t0 = time.monotonic_ns()
        p = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                if os.path.exists(log):
                    with open(log) as f:
                        line = f.readline()
                    if line.endswith("\n"):
                        cpu = process_cpu(p.pid)
                        return (int(line.split()[0]) - t0) / 1e6, cpu * 1e3
                if p.poll() is not None:
                    return None     # the caller counts it and starts again
                time.sleep(0.0005)
            sys.exit("outside.py: no frame within %.0f s" % timeout)
        finally:
            p.kill()
            p.wait()


def first_frame_ir(cmd, timeout=120.0):
    """Instructions from exec to the first frame presented, under callgrind:
    the process is stopped (SIGTERM, which callgrind survives to count) as
    soon as the frame is logged. Its children (D-Bus's launcher) are not
    counted."""
    with tempfile.TemporaryDirectory() as tmp:
        log, out = os.path.join(tmp, "frames"), os.path.join(tmp, "callgrind")
        env = dict(os.environ, REDLINE_FRAME_LOG=log)
        p = subprocess.Popen(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                              "--log-file=" + out + ".%p"] + cmd, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and p.poll() is None:
            if os.path.exists(log) and open(log).readline().endswith("\n"):
                break
            time.sleep(0.01)
        p.terminate()
        p.wait()
        for line in open(f"{out}.{p.pid}"):    # the process's own, not a child's
            if "Collected :" in line:
                print(f"instructions {int(line.split(':')[1].strip().replace(',', ''))}")
                return
        sys.exit("outside.py: callgrind counted nothing (is valgrind installed?)")


def first_frame(repeats, cmd):
    """Under Xvfb on a busy machine SDL's X11 probe now and then fails (the
    window exits 1, "no X11 or Wayland display found", about 2 starts in
    100 at load 8, before issue 20's changes as after): such a start is
    counted and started again, up to as many times as there are runs."""
    runs, failed = [], 0
    while len(runs) < repeats + 1:
        r = first_frame_once(cmd)
        if r is None:
            failed += 1
            if failed > repeats:
                sys.exit(f"outside.py: {cmd[0]} ended {failed} times before its first frame")
            continue
        runs.append(r)
    runs = runs[1:]     # the first warms the page cache
    wall = statistics.median(r[0] for r in runs)
    cpu = statistics.median(r[1] for r in runs)
    print(f"wall_ms {wall:.1f} cpu_ms {cpu:.0f} failed_starts {failed}")


def games(repeats, runs, scenario, jobs, redline="./redline"):
    cmd = [redline, "batch", "--scenario", scenario, "--runs", str(runs), "--jobs", str(jobs), "--json"]
    per_cpu, per_wall, turns = [], [], []
    for r in range(repeats):
        cpu0 = children_cpu()
        out = subprocess.run(cmd + ["--seed", str(1 + 1000 * r)], capture_output=True, check=True, text=True)
        cpu = children_cpu() - cpu0
        doc = json.loads(out.stdout)
        per_cpu.append(runs / cpu)
        per_wall.append(runs / doc["elapsed_s"])
        turns.append(doc["mean_turns"])
    gps_cpu = statistics.median(per_cpu)
    mean_turns = statistics.median(turns)
    print(f"games_per_cpu_s {gps_cpu:.0f} games_per_wall_s {statistics.median(per_wall):.0f} "
          f"mean_turns {mean_turns:.2f} cpu_us_per_turn {1e6 / gps_cpu / mean_turns:.2f} "
          f"games26_per_cpu_s {gps_cpu * mean_turns / 26:.0f}")


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    if argv[1] == "first-frame-ir":
        first_frame_ir(argv[2:])
        return
    what, repeats = argv[1], int(argv[2])
    if what == "start":
        start(repeats, argv[3:])
    elif what == "first-frame":
        first_frame(repeats, argv[3:])
    elif what == "games":
        games(repeats, int(argv[3]), argv[4], int(argv[5]), *argv[6:7])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
