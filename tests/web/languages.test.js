// The team page in the game's other languages, in headless Chromium: a
// browser that asks for Persian gets every word of the page in Persian
// (translations.js, made from po/fa.po) and a right-to-left page (dir="rtl":
// the alert's bar, the table's columns and the labels on the other side); one
// that asks for German gets German, left to right; an unknown language gets
// English. Each joins a team, and a picture of each page is written to
// tests/out/web/team-LANG.png to be looked at.
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
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "redline-langs-"));
  const host = await startHost(["--scenario", "jan2026", "--seed", "3", "--teams", "iran,us,protesters", "--dir", dir]);
  const browser = await launchBrowser();
  try {
    for (const [asked, lang, dir, team] of [[["fa-IR", "en"], "fa", "rtl", "iran"], [["de-AT", "de"], "de", "ltr", "us"],
                                            [["sw"], "en", "ltr", "protesters"]]) {
      const page = await pageIn(browser, host, asked);
      const seen = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir,
                                                 table: window.STRINGS[document.documentElement.lang] || null,
                                                 english: window.STRINGS.en }));
      assert.strictEqual(seen.lang, lang, `a browser asking for ${asked} gets ${lang}`);
      assert.strictEqual(seen.dir, dir);
      assert.ok(seen.table, `translations.js has ${lang}`);
      for (const [key, text] of await words(page)) {
        assert.strictEqual(text, seen.table[key] || seen.english[key]);
        if (lang !== "en")
          assert.ok(key in seen.table, `${lang}: '${key}' has no translation (po/${lang}.po)`);
      }
      // a refusal from the host, in the page's language
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
      await join(page, host.room, team);
      const week = await page.$eval("#week", (e) => e.textContent);
      assert.ok(week.startsWith((seen.table.week || seen.english.week).split("{")[0]), `the week line in ${lang}: ${week}`);
      const cols = await page.$$eval("#indicators thead th", (ths) => ths.map((th) => th.getBoundingClientRect().x));
      assert.ok(dir === "rtl" ? cols[0] > cols[1] : cols[0] < cols[1], "the table's first column is on the reading side");
      await page.screenshot({ path: path.join(outDir, `team-${lang}.png`), fullPage: false });
      step(`a browser asking for ${asked.join(", ")}: the page in ${lang} (${dir}), every word translated, the host's refusal too, joined`);
      await page.browserContext().close();
    }
  } finally {
    await browser.close();
    await stopHost(host);
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
