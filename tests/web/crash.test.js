// The host killed mid-week (SIGKILL: no chance to save anything more) and
// brought back with `redline host --load` on its autosave: every team
// rejoins with its own token and finds its state as it was -- the draft of
// one, the orders another had sent, a third's nothing -- and the week goes
// on to resolve with them. The game's save then holds the order sent
// before the crash.
"use strict";
const assert = require("assert");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { startHost, stopHost, Client, root } = require("./lib");
const step = (what) => console.log("ok:   " + what);

async function joinAll(host, tokens) {
  const teams = {};
  for (const team of ["us", "iran", "protesters"]) {
    const c = new Client(host.port);
    await c.open;
    c.send(Object.assign({ type: "join", room: host.room, team }, tokens[team] ? { token: tokens[team] } : {}));
    const w = await c.wait((m) => m.type === "welcome" || m.type === "error");
    assert.strictEqual(w.type, "welcome", `${team} rejoins: ${JSON.stringify(w)}`);
    tokens[team] = w.token;
    c.state = await c.wait((m) => m.type === "state");
    teams[team] = c;
  }
  return teams;
}

const free = (state, n) => state.actions.filter((a) => a.blocked === null).slice(0, n).map((a) => a.id);

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "redline-crash-"));
  let host = await startHost(["--scenario", "hammer2025", "--seed", "5", "--teams", "us,iran,protesters", "--timer", "30",
                              "--dir", dir]);
  const tokens = {};
  let t = await joinAll(host, tokens);
  for (const team in t) t[team].send({ type: "send", orders: free(t[team].state, 1) });
  for (const team in t) t[team].state = await t[team].wait((m) => m.type === "state" && m.week === 2);
  step("week 1 played by three teams");
  const draft = free(t.us.state, 2), sent = free(t.iran.state, 1);
  await t.us.answer(t.us.send({ type: "draft", orders: draft }));
  await t.iran.answer(t.iran.send({ type: "send", orders: sent }));
  // the week's clock runs: 30 s, 2 of them gone; the host keeps the clock with
  // every change (and every 5 s), so the protesters' (empty) draft, acknowledged
  // once written, has it kept with those 2 s gone
  await new Promise((r) => setTimeout(r, 2100));
  await t.protesters.answer(t.protesters.send({ type: "draft", orders: [] }));
  const code = await stopHost(host, "SIGKILL");
  assert.strictEqual(code, "SIGKILL");
  step(`killed mid-week 2 (the US drafting ${draft}, Iran having sent ${sent}, the protesters silent)`);

  host = await startHost(["--load", path.join(dir, "autosave.json")]);
  const before = Object.assign({}, tokens);
  t = await joinAll(host, tokens);
  assert.deepStrictEqual(tokens, before, "the same tokens");
  assert.strictEqual(t.us.state.week, 2);
  assert.deepStrictEqual(t.us.state.draft, draft);
  assert.strictEqual(t.us.state.sent, null);
  assert.deepStrictEqual(t.iran.state.sent, sent);
  assert.deepStrictEqual(t.protesters.state.draft, []);
  assert.deepStrictEqual(t.us.state.teams.map((x) => x.sent), [false, true, false]);
  assert.ok(t.us.state.timer.left <= 28 && t.us.state.timer.left > 5, `the week's clock goes on (${t.us.state.timer.left} s left)`);
  step(`brought back: every team rejoins with its token and finds its draft, its orders and the week's clock (${t.us.state.timer.left} s left of 30)`);
  const stranger = new Client(host.port);
  await stranger.open;
  stranger.send({ type: "join", room: host.room, team: "us" });
  assert.strictEqual((await stranger.wait((m) => m.type === "error")).code, "taken");
  stranger.close();
  step("a team cannot be claimed anew after the crash");

  t.us.send({ type: "send", orders: draft });
  t.protesters.send({ type: "send", orders: [] });
  for (const team in t) await t[team].wait((m) => m.type === "state" && m.week === 3);
  for (const team in t) t[team].close();
  await stopHost(host);
  const save = fs.readFileSync(path.join(dir, "autosave.json"), "utf8");
  for (const id of sent.concat(draft)) assert.ok(save.includes(`"${id}"`), `the save holds ${id}`);
  const journal = fs.readFileSync(path.join(dir, "journal.txt"), "utf8");
  assert.match(journal, /brought back room/);
  assert.match(journal, new RegExp(`iran sent: ${sent[0]}`));
  step("week 2 resolved with the orders sent before the crash; the save and the journal keep them");
  fs.rmSync(dir, { recursive: true, force: true });
}

main().then(() => console.log("crash test passed"), (e) => { console.error("FAIL: " + (e.stack || e)); process.exit(1); });
