// Shared by the host's Node tests: start `redline host` on loopback with a
// free port and read its room code, and a small WebSocket client.
"use strict";
const { spawn } = require("child_process");
const path = require("path");
const WebSocket = require("ws");

const root = path.resolve(__dirname, "../..");

function startHost(args, env) {
  return new Promise((resolve, reject) => {
    const proc = spawn(path.join(root, "redline"), ["host", "--port", "0", ...args],
                       { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: Object.assign({}, process.env, env || {}) });
    let out = "", err = "";
    const timer = setTimeout(() => reject(new Error("the host did not start: " + out + err)), 20000);
    proc.stdout.on("data", (d) => {
      out += d;
      const port = /listening http:\/\/[\d.]+:(\d+)\//.exec(out), room = /room code ([A-Z0-9]{6})/.exec(out);
      // the greeting's last line names the console's help command, in every language
      if (port && room && /(^|\s)help(\s|\.)/m.test(out)) {
        clearTimeout(timer);
        resolve({ proc, port: Number(port[1]), room: room[1], url: `http://127.0.0.1:${port[1]}/`, output: () => out + err });
      }
    });
    proc.stderr.on("data", (d) => { err += d; });
    proc.on("exit", (code) => { clearTimeout(timer); reject(new Error(`the host exited (${code}): ${out}${err}`)); });
  });
}

function stopHost(host, signal) {
  return new Promise((resolve) => {
    host.proc.removeAllListeners("exit");
    if (host.proc.exitCode !== null) return resolve(host.proc.exitCode);
    host.proc.on("exit", (code, sig) => resolve(code === null ? sig : code));
    host.proc.kill(signal || "SIGTERM");
  });
}

// A page-less team: sends messages, keeps what it received, waits for one.
class Client {
  constructor(port, log) {
    this.ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, "redline.v1");
    this.got = [];
    this.waiters = [];
    this.seq = 0;
    this.log = log;
    this.ws.on("message", (data) => {
      const m = JSON.parse(data);
      if (this.log) this.log({ dir: "in", msg: m });
      this.got.push(m);
      this.waiters = this.waiters.filter((w) => !(w.test(m) && (w.resolve(m), true)));
    });
    this.open = new Promise((resolve, reject) => { this.ws.on("open", resolve); this.ws.on("error", reject); });
  }
  send(msg) {
    const m = Object.assign({ v: 1, seq: ++this.seq }, msg);
    if (this.log) this.log({ dir: "out", msg: m });
    this.ws.send(JSON.stringify(m));
    return m.seq;
  }
  wait(test, ms) {
    const found = this.got.find(test);
    if (found) { this.got.splice(this.got.indexOf(found), 1); return Promise.resolve(found); }
    return new Promise((resolve, reject) => {
      const w = { test, resolve: (m) => { clearTimeout(w.timer); this.got.splice(this.got.indexOf(m), 1); resolve(m); } };
      w.timer = setTimeout(() => reject(new Error("no such message within " + (ms || 10000) + " ms; got " +
                                                  this.got.map((x) => x.type).join(","))), ms || 10000);
      this.waiters.push(w);
    });
  }
  answer(seq, ms) { return this.wait((m) => m.seq === seq, ms); }
  close() { this.ws.close(); }
}

// Headless Chromium (REDLINE_CHROMIUM, or Debian's) with a profile of its own,
// for the tests of the page (puppeteer-core: required only by them).
function launchBrowser() {
  const fs = require("fs");
  const os = require("os");
  return require("puppeteer-core").launch({
    executablePath: process.env.REDLINE_CHROMIUM || "/usr/bin/chromium",
    headless: true,
    userDataDir: fs.mkdtempSync(path.join(os.tmpdir(), "redline-chromium-")),
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
           "--disable-sync", "--no-first-run"],
  });
}

module.exports = { root, startHost, stopHost, Client, launchBrowser };
