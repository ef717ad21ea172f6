// The team page in the game's other languages, in headless Chromium. Until it
// has found its class the page speaks the browser's language; then the
// class's, the host's (LANGUAGE=fa redline host ...), whose news, actions and
// names are in it: a class hosted in Persian gets every word of the page in
// Persian (translations.js, made from po/fa.po), right to left (dir="rtl":
// the alert's bar, the table's columns and the labels on the other side), and
// the actions and the team's title in Persian; one hosted in German, German
// left to right; one in English, English, whatever the browser asked. Each
// joins a team; a picture of each page is written to tests/out/web/team-LANG.png
// to be looked at.
"use strict";
const assert = require("assert");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { startHost, stopHost, launchBrowser } = require("./lib");

const step = (what) => console.log("ok:   " + what);
const outDir = path.resolve(__dirname, "../out/web");

async function pageIn(browser, host, languages) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 390, height: 1200 });
  await page.evaluateOnNewDocument((langs) => {
    Object.defineProperty(navigator, "languages", { get: () => langs });
    Object.defineProperty(navigator, "language", { get: () => langs[0] });
  }, languages);
  await page.goto(host.url, { waitUntil: "load" });
  await page.waitForFunction(() => document.documentElement.dir !== "");
  return page;
}

// Every word the page holds in its HTML, as shown, against the language's table.
const words = (page) => page.$$eval("[data-t]", (els) => els.map((e) => [e.dataset.t, e.textContent]));

async function join(page, room, team) {
  await page.type("#room", room);
  await page.$eval("#room-form button", (b) => b.click());
  await page.waitForSelector(`#team-${team}`, { visible: true });
  await page.$eval(`#team-${team}`, (b) => b.click());
  await page.$eval("#team-form button", (b) => b.click());
  await page.waitForSelector("#game:not([hidden])");
  await page.waitForFunction(() => document.querySelectorAll("#actions li").length > 0);
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await launchBrowser();
  const hosts = [];
  try {
    for (const [hostLang, asked, first, dir] of [["fa", ["en-GB", "en"], "en", "rtl"], ["de", ["fa-IR"], "fa", "ltr"],
                                                 ["en", ["de-AT", "de"], "de", "ltr"]]) {
      const host = await startHost(["--scenario", "jan2026", "--seed", "3", "--teams", "iran",
                                    "--dir", fs.mkdtempSync(path.join(os.tmpdir(), "redline-langs-"))], { LANGUAGE: hostLang });
      hosts.push(host);
      const page = await pageIn(browser, host, asked);
      assert.strictEqual(await page.evaluate(() => document.documentElement.lang), first,
                         `before it finds its class, a browser asking for ${asked} gets ${first}`);
      await page.type("#room", host.room);
      await page.$eval("#room-form button", (b) => b.click());
      await page.waitForSelector("#team-iran", { visible: true });
      const seen = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir,
                                                 table: window.STRINGS[document.documentElement.lang] || null,
                                                 english: window.STRINGS.en }));
      assert.strictEqual(seen.lang, hostLang, `a class hosted in ${hostLang} speaks ${hostLang}`);
      assert.strictEqual(seen.dir, dir);
      assert.ok(seen.table, `translations.js has ${hostLang}`);
      for (const [key, text] of await words(page)) {
        assert.strictEqual(text, seen.table[key] || seen.english[key]);
        if (hostLang !== "en")
          assert.ok(key in seen.table, `${hostLang}: '${key}' has no translation (po/${hostLang}.po)`);
      }
      // a refusal from the host, in the class's language, its bar at the start of the line
      await page.$eval("#room", (e) => { e.value = ""; });
      await page.type("#room", "ZZZZZZ");
      await page.$eval("#room-form button", (b) => b.click());
      await page.waitForSelector("#alert:not([hidden])");
      assert.strictEqual(await page.$eval("#alert", (e) => e.textContent), seen.table.err_bad_room || seen.english.err_bad_room);
      const side = await page.$eval("#alert", (e) => {
        const s = getComputedStyle(e);
        return s.borderRightWidth !== "0px" ? "right" : s.borderLeftWidth !== "0px" ? "left" : "none";
      });
      assert.strictEqual(side, dir === "rtl" ? "right" : "left", "the alert's bar is at the start of the line");
      await page.$eval("#room", (e) => { e.value = ""; });
      await join(page, host.room, "iran");
      const week = await page.$eval("#week", (e) => e.textContent);
      assert.ok(week.startsWith((seen.table.week || seen.english.week).split("{")[0]), `the week line in ${hostLang}: ${week}`);
      const cols = await page.$$eval("#indicators thead th", (ths) => ths.map((th) => th.getBoundingClientRect().x));
      assert.ok(dir === "rtl" ? cols[0] > cols[1] : cols[0] < cols[1], "the table's first column is on the reading side");
      const content = await page.evaluate(() => [document.querySelector("#team-h").textContent,
                                                 document.querySelector("#actions li").textContent,
                                                 document.querySelector("#indicators tbody th").textContent]);
      assert.strictEqual(await page.$eval("#status", (e) => e.textContent), seen.table.connected || seen.english.connected,
                         "the status line said again in the class's language");
      const persian = /[\u0600-\u06FF]/;
      // numbers in the class's digits: the week's line, the indicators' values, the capital (Persian ۰-۹ in fa)
      const numbers = await page.evaluate(() => [document.querySelector("#week").textContent,
        document.querySelector("#indicators tbody td").textContent.split(" ")[0],      /* its unit is the model's (rung 0-10) */
        document.querySelector("#capital").textContent]);
      for (const text of numbers) {
        assert.strictEqual(/[0-9]/.test(text), hostLang !== "fa", `Latin digits in ${hostLang}: ${text}`);
        assert.strictEqual(/[\u06F0-\u06F9]/.test(text), hostLang === "fa", `Persian digits in ${hostLang}: ${text}`);
      }
      for (const text of content)
        assert.strictEqual(persian.test(text), hostLang === "fa", `the host's words in ${hostLang}: ${text}`);
      if (hostLang === "de")
        assert.match(content[0], /^Iran/);
      await page.screenshot({ path: path.join(outDir, `team-${hostLang}.png`), fullPage: false });
      step(`a class hosted in ${hostLang}, a browser asking for ${asked.join(", ")}: ${first} until the class is found, ` +
           `then ${hostLang} (${dir}), every word translated, the host's refusal, team, actions, indicators and numbers too`);
      await page.browserContext().close();
    }
  } finally {
    await browser.close();
    for (const host of hosts) await stopHost(host);
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
