// The classroom host in a real browser: headless Chromium driven through the
// DevTools protocol (puppeteer-core). Three teams join one game from their
// own pages and play two weeks; each page shows only its team's view; a
// reload keeps the draft; a wrong room code and a forged token are refused;
// a team cannot give another actor's orders. Every WebSocket frame is
// written to the log given as argv[2] for the schema check.
"use strict";
const assert = require("assert");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { startHost, stopHost, Client, launchBrowser } = require("./lib");

const logPath = process.argv[2] || path.join(os.tmpdir(), "redline-frames.jsonl");
const log = (entry) => fs.appendFileSync(logPath, JSON.stringify(entry) + "\n");
const step = (what) => console.log("ok:   " + what);

async function teamPage(browser, host, team) {
  const context = await browser.createBrowserContext();        // its own storage: one device
  const page = await context.newPage();
  await page.setViewport({ width: 360, height: 740 });
  const cdp = await page.createCDPSession();
  await cdp.send("Network.enable");
  cdp.on("Network.webSocketFrameReceived", (e) => log({ dir: "in", msg: JSON.parse(e.response.payloadData) }));
  cdp.on("Network.webSocketFrameSent", (e) => log({ dir: "out", msg: JSON.parse(e.response.payloadData) }));
  page.frames = [];
  cdp.on("Network.webSocketFrameReceived", (e) => page.frames.push(JSON.parse(e.response.payloadData)));
  await page.goto(host.url, { waitUntil: "load" });
  if (team) await join(page, host.room, team);
  return page;
}

// A button of the page, pressed inside the page: a message arriving redraws
// the lists, and a click from outside (find, scroll, move the mouse, click) can
// land between the old list and the new one.
const press = (page, sel) => page.waitForSelector(sel).then(() => page.$eval(sel, (b) => b.click()));

async function join(page, room, team, token) {
  await page.waitForSelector("#room");
  await page.$eval("#room", (e) => { e.value = ""; });
  await page.type("#room", room.toLowerCase());     // the page upper-cases it
  await press(page, "#room-form button");
  await page.waitForSelector(`#team-${team}`, { visible: true });
  await press(page, `#team-${team}`);
  await page.$eval("#token", (e) => { e.value = ""; });
  if (token) await page.type("#token", token);
  await press(page, "#team-form button");
}

const text = (page, sel) => page.$eval(sel, (e) => e.textContent);
const lastState = (page) => [...page.frames].reverse().find((m) => m.type === "state");

async function addFirstFree(page, avoid) {
  const id = await page.$$eval("#actions li", (lis, avoid) => {
    const li = lis.find((l) => !l.querySelector("button").disabled && !avoid.includes(l.dataset.action));
    return li ? li.dataset.action : null;
  }, avoid || []);
  assert.ok(id, "a team has an action it may take");
  const before = page.frames.length;
  await press(page, `#actions li[data-action="${id}"] button`);
  await page.waitForFunction((id) => [...document.querySelectorAll("#draft li")].some((l) => l.textContent.length > 0) &&
                             document.querySelector(`#actions li[data-action="${id}"] button`).textContent !== "Add", {}, id);
  assert.ok(page.frames.length > before);
  return id;
}

async function waitWeek(page, week) {
  await page.waitForFunction((w) => document.querySelector("#week").textContent.startsWith(`Week ${w} `), { timeout: 20000 }, week);
}

async function main() {
  fs.writeFileSync(logPath, "");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "redline-class-"));
  const host = await startHost(["--scenario", "jan2026", "--seed", "3", "--teams", "us=Team Blue,iran=Team Red,protesters",
                                "--dir", dir]);
  const browser = await launchBrowser();
  try {
    // ---- a wrong room code and a forged token --------------------------------
    const stranger = await teamPage(browser, host, null);
    await stranger.type("#room", "ZZZZZZ");
    await press(stranger, "#room-form button");
    await stranger.waitForSelector("#alert:not([hidden])");
    assert.match(await text(stranger, "#alert"), /No class with this room code/);
    step("a wrong room code is refused on the page");

    const pages = {};
    await Promise.all(["us", "iran", "protesters"].map(async (team) => {     // three devices at once, as in class
      pages[team] = await teamPage(browser, host, team);
      await pages[team].waitForSelector("#game:not([hidden])");
    }));
    assert.match(await text(pages.us, "#team-h"), /United States — Team Blue/);
    assert.match(await text(pages.iran, "#team-h"), /Iran — Team Red/);
    step("three teams joined from their own pages");

    await join(stranger, host.room, "iran", "ABCD-EFGH-JKLM-NPQR");
    await stranger.waitForFunction(() => /not this team's/.test(document.querySelector("#alert").textContent));
    assert.ok(await stranger.$eval("#game", (e) => e.hidden), "a forged token shows nothing of the game");
    step("a forged token is refused");
    await join(stranger, host.room, "iran");
    await stranger.waitForFunction(() => /joined already/.test(document.querySelector("#alert").textContent));
    step("a team already joined cannot be claimed again without its code");

    // ---- each page shows its team's view -----------------------------------------
    const views = {};
    for (const team in pages) {
      const st = lastState(pages[team]);
      assert.strictEqual(st.team.team, team);
      views[team] = st;
      for (const frame of pages[team].frames.filter((m) => m.type === "state"))
        assert.strictEqual(frame.team.team, team, "a page only ever receives its own team's state");
    }
    const usOnly = views.us.actions.map((a) => a.id).filter((id) => !views.iran.actions.some((b) => b.id === id));
    assert.ok(usOnly.length > 0);
    const shared = views.us.indicators.filter((x) => x.estimate &&
      views.iran.indicators.find((y) => y.var === x.var && y.estimate && y.value !== x.value));
    assert.ok(shared.length > 0, "two sides' estimates of what neither sees differ: neither is the truth");
    const shown = await pages.us.$$eval("#indicators tbody tr", (rows) => rows.filter((r) => r.textContent.includes("≈")).length);
    assert.ok(shown > 0, "the page marks estimates");
    step(`each page shows its own actions and estimates (${shared.length} variables estimated differently by the US and Iran)`);

    // ---- a team cannot act for another actor ---------------------------------------
    const usToken = await pages.us.evaluate(() => localStorage.getItem("token"));
    const rogue = new Client(host.port, log);
    await rogue.open;
    rogue.send({ type: "join", room: host.room, team: "iran", token: usToken });
    assert.strictEqual((await rogue.wait((m) => m.type === "error")).code, "bad_token");
    rogue.send({ type: "join", room: host.room, team: "us", token: usToken });
    await rogue.wait((m) => m.type === "welcome");
    const ireq = views.iran.actions.find((a) => !views.us.actions.some((b) => b.id === a.id)).id;
    const refused = await rogue.answer(rogue.send({ type: "send", orders: [ireq] }));
    assert.strictEqual(refused.code, "bad_orders");
    assert.match(refused.message, /another side's action/);
    rogue.close();
    step(`a team's code does not open another team, and Iran's '${ireq}' cannot be sent as the US's order`);

    // ---- week 1: a secret order stays Iran's -----------------------------------------------
    const secret = views.iran.actions.find((a) => a.secret && a.blocked === null &&
      !views.us.actions.some((b) => b.id === a.id) && !views.protesters.actions.some((b) => b.id === a.id));
    assert.ok(secret, "Iran has a secret action to take");
    await press(pages.iran, `#actions li[data-action="${secret.id}"] button`);
    await pages.iran.waitForFunction((id) => document.querySelector(`#actions li[data-action="${id}"] button`).textContent === "Remove", {}, secret.id);
    await addFirstFree(pages.us);
    await addFirstFree(pages.protesters);
    for (const team of ["us", "iran"]) await press(pages[team], "#send");
    await pages.us.waitForFunction(() => /Iran \(Team Red\): sent/.test(document.querySelector("#teams").textContent));
    step("who has sent is shown to every team");
    await press(pages.protesters, "#send");
    for (const team in pages) await waitWeek(pages[team], 2);
    step("week 1 resolved when every team had sent");
    await pages.iran.waitForFunction((name) => document.querySelector("#moves").textContent.includes(name), {}, secret.name);
    for (const team of ["us", "protesters"]) {
      const seen = pages[team].frames.filter((m) => m.type === "state" && m.week === 2)
        .some((m) => m.moves.some((x) => x.action === secret.id) || JSON.stringify(m.news).includes(secret.name));
      assert.ok(!seen, `${team} never receives Iran's secret order`);
      assert.ok(!(await text(pages[team], "#moves")).includes(secret.name));
    }
    step(`Iran's secret '${secret.name}' is on Iran's page only`);
    // Why? asked by hand: of what Iran sees and the US only estimates, the US learns nothing
    const asker = async (team) => {
      const c = new Client(host.port, log);
      await c.open;
      c.send({ type: "join", room: host.room, team, token: await pages[team].evaluate(() => localStorage.getItem("token")) });
      await c.wait((m) => m.type === "welcome");
      return c;
    };
    const usAsks = await asker("us"), iranAsks = await asker("iran");
    const pace = () => new Promise((r) => setTimeout(r, 60));     // under the 20 a second one address may send
    const parts = (c, v) => pace().then(() => c.answer(c.send({ type: "why", var: v, turn: 1 }))).then((m) => m.parts);
    const hidden = views.iran.indicators.filter((x) => !x.estimate && views.us.indicators.some((y) => y.var === x.var && y.estimate))
      .map((x) => x.var);
    let moved = 0;
    for (const v of hidden) {
      if ((await parts(iranAsks, v)).length > 0) moved++;
      assert.deepStrictEqual(await parts(usAsks, v), [], `the US's Why? of ${v}, which Iran sees and the US estimates`);
    }
    assert.ok(moved > 0, `Iran's Why? explains some of what only it sees (${hidden})`);
    usAsks.close(); iranAsks.close();
    step(`Why? of ${hidden.length} variables Iran sees and the US only estimates: Iran gets the causes (${moved} moved), the US nothing`);

    // ---- week 2: a reload keeps the draft ----------------------------------------------------
    const kept = await addFirstFree(pages.us);
    await pages.us.reload({ waitUntil: "load" });
    await pages.us.waitForSelector("#game:not([hidden])");
    await pages.us.waitForFunction((id) => document.querySelector(`#actions li[data-action="${id}"] button`)?.textContent === "Remove", {}, kept);
    step(`a reload finds the draft ('${kept}') and the team, without typing anything`);
    const why = await pages.us.$$eval("#indicators tbody tr", (rows) => rows.find((r) => !r.querySelector("button").disabled)?.dataset.var);
    await press(pages.us, `#indicators tr[data-var="${why}"] button`);
    await pages.us.waitForFunction(() => document.querySelector("#why h4"));
    step(`Why? answers for '${why}'`);
    for (const team of ["iran", "protesters"]) await addFirstFree(pages[team]);
    for (const team in pages) await press(pages[team], "#send");
    for (const team in pages) await waitWeek(pages[team], 3);
    for (const team in pages)        // the status line (a live region) says the new week, not last week's "Orders sent."
      await pages[team].waitForFunction(() => /^Week 3 of /.test(document.querySelector("#status").textContent));
    step("week 2 resolved: two weeks played, and every page's status line says the new week");

    // ---- hand-in of a strategy: checked, kept, entered only if it passes ------------------------
    const handin = async (file) => {
      await pages.us.$eval("#handin-result", (e) => { e.textContent = ""; });
      await (await pages.us.$("#handin-file")).uploadFile(path.join(__dirname, "../data/net", file));
      await pages.us.$eval("#handin-form", (f) => f.requestSubmit());
      await pages.us.waitForFunction(() => document.querySelector("#handin-result").textContent.length > 0, { timeout: 30000 });
      return text(pages.us, "#handin-result");
    };
    assert.match(await handin("handin_ok.lua"), /entered in the class's tournament/);
    assert.ok(fs.existsSync(path.join(dir, "tournament", "us-handin_ok.lua")));
    const broken = await handin("handin_broken.lua");
    assert.match(broken, /handin_broken\.lua:\d+/, "the verdict names the file and line");
    assert.ok(!fs.existsSync(path.join(dir, "tournament", "us-handin_broken.lua")), "a broken script is not entered");
    assert.ok(fs.existsSync(path.join(dir, "handins", "us-handin_broken.lua")), "but it is kept as handed in");
    step(`hand-in: a strategy that passes redline check is entered, a broken one is refused (${broken.split("\n")[0].slice(0, 90)})`);

    // ---- readable on a phone and by a screen reader --------------------------------------------
    for (const team in pages) {
      const wide = await pages[team].evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= 360, `${team}'s page fits 360 pixels (${wide})`);
    }
    const unlabelled = await pages.us.evaluate(() => [...document.querySelectorAll("button, input")]
      .filter((e) => !e.hidden && !(e.labels && e.labels.length) && !e.getAttribute("aria-label") && !e.textContent.trim()).length);
    assert.strictEqual(unlabelled, 0, "every control has a name a screen reader can say");
    const newsFirst = await pages.us.evaluate(() => Boolean(document.querySelector("#news-h")
      .compareDocumentPosition(document.querySelector("#orders-h")) & Node.DOCUMENT_POSITION_FOLLOWING));
    assert.ok(newsFirst, "on a phone, last week's news comes before this week's orders");
    const snap = await pages.us.accessibility.snapshot();
    const names = JSON.stringify(snap);
    assert.ok(names.includes("Send") && names.includes("United States"), "the accessibility tree names the team and the send button");
    step("each page fits a 360-pixel phone, the news comes before the orders, every control is named");
  } finally {
    await browser.close();
    await stopHost(host);
  }
  const journal = fs.readFileSync(path.join(dir, "journal.txt"), "utf8");
  assert.match(journal, /iran sent: /);
  assert.ok(fs.existsSync(path.join(dir, "autosave.json")));
  step("the journal keeps every join and order; the autosave is written");
  fs.rmSync(dir, { recursive: true, force: true });
}

main().then(() => console.log("browser test passed"), (e) => { console.error("FAIL: " + (e.stack || e)); process.exit(1); });
