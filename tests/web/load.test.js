// The host under load on loopback: N simulated team devices (default 40,
// spread over the nine roles, several devices a team as a class would
// have) play W weeks (default 26). Every week each device drafts, and one
// device of each team sends; the week resolves when all have sent. Nothing
// may be lost: every message answered, no refusal, every team's orders in
// the journal and the game's record, the game at its last week. Prints the
// round trip of a message to its answer (median, p99) and the host's CPU.
// Usage: node load.test.js [--devices N] [--weeks W] [--think-ms T] [--week-ms M] [--scenario ID]
//                          [--seed S] [--json FILE] [--limit-ms P99] [--deadline-s S]
"use strict";
const assert = require("assert");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { startHost, stopHost, Client } = require("./lib");

const arg = (name, def) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : def; };
const DEVICES = Number(arg("--devices", 40)), WEEKS = Number(arg("--weeks", 26));
const LIMIT = Number(arg("--limit-ms", 0)), DEADLINE_MS = Number(arg("--deadline-s", 120)) * 1000;
// Each device thinks a moment (0 to THINK ms, at random) before it drafts and
// before it sends: a class does not click within the same millisecond. 0: a
// burst, every device at once (the worst case).
const THINK = Number(arg("--think-ms", 150));
const think = () => new Promise((r) => setTimeout(r, Math.random() * THINK));
// A week lasts at least WEEK ms, from its first draft to the next week's: a
// class's week lasts minutes, and the host lets a page send 20 messages a
// second (after 40 at once), which a device sending 2 a week keeps to with
// room to spare. Within the week, --think-ms 0 is still every device at once.
const WEEK = Number(arg("--week-ms", 500));
const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const ROLES = ["us", "iran", "israel", "protesters", "irgc", "proxies", "europe", "china", "gulf"];

function cpuSeconds(pid) {
  const f = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(f[11]) + Number(f[12])) / 100;      // utime + stime, in clock ticks of 1/100 s
}

async function main() {
  const started = Date.now();
  const timer = setTimeout(() => { console.error(`FAIL: not done within ${DEADLINE_MS / 1000} s`); process.exit(1); }, DEADLINE_MS);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "redline-load-"));
  const host = await startHost(["--scenario", arg("--scenario", "hammer2025"), "--seed", arg("--seed", "1"), "--turns", String(WEEKS), "--teams", ROLES.join(","),
                                "--dir", dir]);
  const cpu0 = cpuSeconds(host.proc.pid);
  const devices = [], tokens = {}, rtt = [];
  for (let i = 0; i < DEVICES; i++) {
    const team = ROLES[i % ROLES.length], c = new Client(host.port);
    await c.open;
    c.team = team;
    c.sender = i < ROLES.length;
    c.send(Object.assign({ type: "join", room: host.room, team }, tokens[team] ? { token: tokens[team] } : {}));
    const w = await c.wait((m) => m.type === "welcome" || m.type === "error");
    assert.strictEqual(w.type, "welcome", JSON.stringify(w));
    tokens[team] = w.token;
    c.state = await c.wait((m) => m.type === "state");
    devices.push(c);
  }
  const timed = async (c, msg) => {
    const t0 = process.hrtime.bigint();
    const a = await c.answer(c.send(msg));
    rtt.push(Number(process.hrtime.bigint() - t0) / 1e6);
    assert.strictEqual(a.type, "ack", `${c.team}: ${JSON.stringify(a)}`);
  };
  let sent = 0;
  for (let week = 1; week <= WEEKS; week++) {
    const weekStarted = Date.now();
    // every device drafts (the team's last-chosen free action, or nothing), then the senders send
    await Promise.all(devices.map(async (c) => {
      await think();
      const free = c.state.actions.filter((a) => a.blocked === null && a.cost <= 1 && !/strike|attack|seize/.test(a.id));
      const pick = free.length ? [free[(week + devices.indexOf(c)) % free.length].id] : [];
      c.pick = pick;
      return timed(c, { type: "draft", orders: pick });
    }));
    await Promise.all(devices.filter((c) => c.sender).map(async (c) => {
      await think();
      sent++;
      return timed(c, { type: "send", orders: c.pick });
    }));
    await Promise.all(devices.map(async (c) => {
      c.state = await c.wait((m) => m.type === "state" && (m.week === week + 1 || m.over), 20000);
      c.got = c.got.filter((m) => m.type !== "state");   // drafts' states of the week: read, done with
    }));
    if (devices[0].state.over) break;
    await sleep(weekStarted + WEEK - Date.now());
  }
  const weeks = devices[0].state.over ? devices[0].state.week : devices[0].state.week - 1;
  const cpu = cpuSeconds(host.proc.pid) - cpu0, wall = (Date.now() - started) / 1000;
  for (const c of devices) {
    assert.ok(!c.got.some((m) => m.type === "error"), `${c.team} was refused: ${JSON.stringify(c.got.find((m) => m.type === "error"))}`);
    c.close();
  }
  await stopHost(host);
  const journal = fs.readFileSync(path.join(dir, "journal.txt"), "utf8");
  const sentLines = (journal.match(/ sent: /g) || []).length;
  assert.strictEqual(sentLines, sent, "every order sent is in the journal");
  assert.strictEqual((journal.match(/ drafted: /g) || []).length, rtt.length - sent, "every draft is in the journal");
  assert.ok(!/could not|cannot keep/.test(journal), "the host kept everything");
  rtt.sort((a, b) => a - b);
  const q = (p) => rtt[Math.min(rtt.length - 1, Math.floor(p * rtt.length))];
  const result = { devices: DEVICES, think_ms: THINK, week_ms: WEEK, teams: ROLES.length, weeks, messages: rtt.length, median_ms: +q(0.5).toFixed(2),
                   p99_ms: +q(0.99).toFixed(2), max_ms: +rtt[rtt.length - 1].toFixed(2), host_cpu_s: +cpu.toFixed(2),
                   wall_s: +wall.toFixed(2), host_cpu_share: +(cpu / wall).toFixed(3) };
  console.log(`ok:   ${DEVICES} devices of ${ROLES.length} teams played ${weeks} weeks: ${rtt.length} messages, every one answered, ` +
              `${sent} orders in the journal`);
  console.log(`ok:   round trip median ${result.median_ms} ms, p99 ${result.p99_ms} ms, max ${result.max_ms} ms; host CPU ` +
              `${result.host_cpu_s} s in ${result.wall_s} s`);
  if (arg("--json")) fs.writeFileSync(arg("--json"), JSON.stringify(result) + "\n");
  assert.strictEqual(weeks, WEEKS, `the game reached its last week (it ended: ${devices[0].state.outcome})`);
  if (LIMIT) assert.ok(result.p99_ms <= LIMIT, `p99 ${result.p99_ms} ms is over ${LIMIT} ms`);
  clearTimeout(timer);
  fs.rmSync(dir, { recursive: true, force: true });
}

main().then(() => console.log("load test passed"), (e) => { console.error("FAIL: " + (e.stack || e)); process.exit(1); });
