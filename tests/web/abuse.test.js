// What a page may not do: every message the host refuses, and how. A
// facilitator's command is no message of the protocol; a message over 4 KB,
// a frame over the cap, a binary frame and broken JSON are refused; orders
// before joining are refused; a page sending far faster than 20 a second is
// told to slow down and then dropped, and the host goes on serving others;
// a silent team: with --timer and --silent ai the week ends on time and the
// computer plays it; ten wrong codes from one address make it wait; at the
// game's end the record and the report keep what each team sent, and which
// weeks the computer played a silent team's role.
"use strict";
const assert = require("assert");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { startHost, stopHost, Client } = require("./lib");
const step = (what) => console.log("ok:   " + what);

async function refusal(c, raw, code, what) {
  c.ws.send(raw);
  const m = await c.wait((x) => x.type === "error");
  assert.strictEqual(m.code, code, `${what}: ${JSON.stringify(m)}`);
  return m;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "redline-abuse-"));
  const host = await startHost(["--scenario", "jan2026", "--turns", "2", "--teams", "us=Team Blue,iran", "--timer", "3",
                                "--silent", "ai", "--dir", dir]);
  try {
    const c = new Client(host.port);
    await c.open;
    await refusal(c, JSON.stringify({ v: 1, type: "end-week" }), "bad_message", "a facilitator's command");
    await refusal(c, JSON.stringify({ v: 1, type: "send", orders: [] }), "not_joined", "orders before joining");
    await refusal(c, "{not json", "bad_message", "broken JSON");
    const m = await refusal(c, JSON.stringify({ v: 1, type: "draft", orders: [], pad: "x".repeat(5000) }), "bad_message", "5 KB");
    assert.match(m.message, /at most 4096 bytes/);
    await refusal(c, "x".repeat(200 * 1024), "too_big", "a 200 KB frame");
    c.ws.send(Buffer.from([1, 2, 3]), { binary: true });
    assert.strictEqual((await c.wait((x) => x.type === "error")).code, "too_big");
    step("a facilitator's command, orders before joining, broken JSON, 5 KB, 200 KB and binary frames are refused");

    const flood = new Client(host.port);
    await flood.open;
    const closed = new Promise((r) => flood.ws.on("close", r));
    for (let i = 0; i < 300 && flood.ws.readyState === 1; i++) flood.ws.send(JSON.stringify({ v: 1, type: "hello", room: host.room }));
    await closed;
    assert.ok(flood.got.some((x) => x.type === "error" && x.code === "too_fast"), "told to slow down first");
    const lobbies = flood.got.filter((x) => x.type === "lobby").length;
    assert.ok(lobbies <= 41, `at most the burst was answered (${lobbies})`);
    step(`a page flooding 300 messages got ${lobbies} answers, was told to slow down, then dropped`);

    // ---- a silent team, the timer, the computer standing in ----------------------------
    const us = new Client(host.port), iran = new Client(host.port);
    await us.open; await iran.open;
    us.send({ type: "join", room: host.room, team: "us" });
    iran.send({ type: "join", room: host.room, team: "iran" });
    await us.wait((x) => x.type === "state");
    const first = await iran.wait((x) => x.type === "state");
    assert.ok(first.timer.left !== null && first.timer.left <= 3);
    us.send({ type: "send", orders: [] });
    const t0 = Date.now();
    const next = await iran.wait((x) => x.type === "state" && x.week === first.week + 1, 10000);
    const waited = (Date.now() - t0) / 1000;
    assert.ok(waited < 6, `the week ended on time (${waited} s)`);
    assert.ok(next.moves.some((x) => x.team === "iran" && x.week === first.week), "the computer gave Iran's orders");
    const journal = fs.readFileSync(path.join(dir, "journal.txt"), "utf8");
    assert.match(journal, /iran sent nothing: the computer plays its role this week/);
    assert.match(journal, /time is up/);
    step(`Iran silent: the week ended when its 3 s ran out (${waited.toFixed(1)} s after the US sent) and the computer played Iran`);
    const guess = new Client(host.port);
    await guess.open;
    for (let i = 0; i < 10; i++) {
      guess.send({ type: "join", room: host.room, team: "us", token: "AAAAAAAAAAAAAAA" + "BCDEFGHJKL"[i] });
      await guess.wait((x) => x.type === "error");
    }
    guess.send({ type: "join", room: host.room, team: "us" });
    assert.strictEqual((await guess.wait((x) => x.type === "error")).code, "too_fast");
    step("ten wrong codes from one address: it must wait, even with a right request");

    // ---- week 2, the last: the US sends, Iran is silent again; the record and the report -------
    const usWeek2 = await us.wait((x) => x.type === "state" && x.week === first.week + 1);
    const mine = usWeek2.actions.find((a) => a.blocked === null && !a.secret);
    assert.strictEqual((await us.answer(us.send({ type: "send", orders: [mine.id] }))).type, "ack");
    await iran.wait((x) => x.type === "state" && x.over, 10000);
    const report = path.join(dir, "report");
    for (let i = 0; i < 50 && !fs.existsSync(path.join(report, "report.html")); i++) await new Promise((r) => setTimeout(r, 100));
    const record = JSON.parse(fs.readFileSync(path.join(report, "record.json"), "utf8"));
    assert.strictEqual(record.teams.us, "Team Blue");
    const week = (t, actor) => record.log.find((l) => l.turn === t).orders.filter((o) => o.actor === actor);
    assert.deepStrictEqual(week(1, "us"), [], "week 1: the US sent no order");
    assert.deepStrictEqual(week(2, "us").map((o) => [o.action, o.rules.length]), [[mine.id, 0]], "week 2: the US team's order");
    for (const t of [1, 2])
      assert.ok(week(t, "iran").length > 0 && week(t, "iran").every((o) => o.rules.length > 0),
                `week ${t}: Iran's orders chosen by the computer's rules: ${JSON.stringify(week(t, "iran"))}`);
    const html = fs.readFileSync(path.join(report, "report.html"), "utf8");
    assert.match(html, /United States \(Team Blue\)/);
    assert.ok(html.includes(mine.name), "the report names the US team's order");
    step(`the record keeps the US team's '${mine.id}' (week 2) and Iran's weeks chosen by the computer's rules; the report names the team and its order`);
    const console_ = host.output();
    // the actors by their names and the outcome by its title, in the class's language (English here), not by their ids
    for (const line of [/week 1: United States joined \(1 page open\)/, /week 1: United States sent its orders/,
                        /week 1: time is up/, /week 1: Iran sent nothing: the computer plays its role this week/,
                        /week 1: the week has been played/, /week 2: United States sent its orders/,
                        /week 2: the game is over: [A-Z]/])
      assert.match(console_, line, "the facilitator's console tells what the room may see as it happens");
    assert.ok(!console_.includes(mine.id), "the console never shows an order");
    assert.ok(!/week \d+: (us|iran) /.test(console_), "the console names the actors, not their ids");
    step("the facilitator's console says who joined and sent (by the actors' names), the time up and each week played, never an order");

    for (const x of [c, guess, us, iran]) x.close();
  } finally {
    await stopHost(host);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

main().then(() => console.log("abuse test passed"), (e) => { console.error("FAIL: " + (e.stack || e)); process.exit(1); });
