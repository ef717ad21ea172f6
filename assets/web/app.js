/* The team page: joins a team with the room code (and its join code), shows
 * that team's view as the host sends it, builds the team's draft with it and
 * sends the week's orders. Every word comes from strings.js (translations.js
 * for the other languages), in the class's language. The host checks
 * everything; the page only shows and asks. docs/network.md. */
"use strict";
(function () {
  /* The page speaks the class's language once the host has said it (its news, actions and names are in it), until
   * then the first of the browser's languages the game speaks (translations.js, made from the game's catalogues);
   * missing words in English. */
  const asked = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "en"];
  let lang = asked.flatMap((l) => [l.replace("-", "_"), l.slice(0, 2)]).find((l) => window.STRINGS[l]) || "en";
  let S = {};
  const $ = (id) => document.getElementById(id);
  /* A number as the language writes it: its own digits and decimal separator (translations.js, from the
   * catalogue's "digits: "), for a number the page formats and for a placeholder that holds one; one with
   * two points or more (a date, 05.12.2026) keeps them, as rl_digits_text does. */
  let own = null;
  const num = (x) => {
    const s = String(x), date = (s.match(/\./g) || []).length > 1;
    return own ? s.replace(/[0-9]|\.(?=[0-9])/g, (c) => (c === "." && date ? c : own[c === "." ? 10 : Number(c)] || c)) : s;
  };
  const isNumber = (v) => typeof v === "number" || /^[+\-−±≈ ]*[0-9][0-9.,:]*$/.test(v);
  const t = (key, args) => (S[key] || key).replace(/\{(\w+)\}/g, (_, k) => (args && k in args ? (isNumber(args[k]) ? num(args[k]) : args[k]) : ""));
  const store = window.localStorage;
  let ws = null, seq = 0, state = null, deadline = null, retry = 500, pendingJoin = null, sentWeek = null;

  let said = null;      // the status line's words, said again in the class's language
  function say(key, args) { said = [key, args]; $("status").textContent = t(key, args); }
  function alarm(text) { $("alert").textContent = text; $("alert").hidden = !text; }
  function clean(code) { return (code || "").toUpperCase().replace(/[\s-]/g, ""); }
  function send(msg) {
    msg.v = 1; msg.seq = ++seq;
    if (ws && ws.readyState === 1) ws.send(JSON.stringify(msg));
  }
  function el(tag, text, attrs) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    for (const k in attrs || {}) e.setAttribute(k, attrs[k]);
    return e;
  }
  function fill(id, items) { const list = $(id); list.replaceChildren(...items); }

  /* The room, team and join code: from the link's fragment (a printed
   * card's QR code), else what this browser kept. */
  function remembered() {
    const h = new URLSearchParams(location.hash.slice(1));
    if (h.get("room")) {
      store.setItem("room", clean(h.get("room")));
      if (h.get("team")) store.setItem("team", h.get("team"));
      if (h.get("token")) store.setItem("token", clean(h.get("token")));
      history.replaceState(null, "", location.pathname);
    }
    return { room: store.getItem("room"), team: store.getItem("team"), token: store.getItem("token") };
  }

  function connect() {
    say("connecting");
    ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws", "redline.v1");
    ws.onopen = () => {
      retry = 500;
      say("connected");
      const k = remembered();
      if (k.room && k.team && k.token) join(k.room, k.team, k.token);
      else if (k.room) { $("room").value = k.room; send({ type: "hello", room: k.room }); }
    };
    ws.onmessage = (e) => receive(JSON.parse(e.data));
    ws.onclose = () => { say("reconnecting"); setTimeout(connect, retry); retry = Math.min(retry * 2, 8000); };
  }

  function join(room, team, token) {
    pendingJoin = { room, team, token };
    const msg = { type: "join", room, team };
    if (token) msg.token = token;
    send(msg);
  }

  function speak(code) {
    if (!window.STRINGS[code]) return;
    lang = code;
    S = Object.assign({}, window.STRINGS.en, window.STRINGS[lang]);
    own = (window.STRINGS_DIGITS || {})[lang] ? [...window.STRINGS_DIGITS[lang]] : null;
    document.querySelectorAll("[data-t]").forEach((e) => { e.textContent = t(e.dataset.t); });
    if (said) $("status").textContent = t(...said);
    document.documentElement.lang = lang.replace("_", "-");
    document.documentElement.dir = (window.STRINGS_RTL || []).includes(lang) ? "rtl" : "ltr";
  }

  function receive(m) {
    if (m.lang && m.lang !== lang) speak(m.lang);
    if (m.type === "lobby") showLobby(m);
    else if (m.type === "welcome") {
      store.setItem("room", pendingJoin.room); store.setItem("team", m.team); store.setItem("token", m.token);
      $("my-token").textContent = m.token.replace(/(.{4})(?=.)/g, "$1-");
      alarm("");
    } else if (m.type === "state") showState(m);
    else if (m.type === "causes") showCauses(m);
    else if (m.type === "ack") {
      if (m.of === "send" && state && state.week === sentWeek) say("ack_send");   // late, after the week: say nothing
      if (m.of === "handin") $("handin-result").textContent = t("handin_result", { text: m.text });
    } else if (m.type === "error") {
      alarm(t("err_" + m.code, { message: m.message }));
      if (m.code === "bad_token" || m.code === "bad_room") { store.removeItem("token"); showJoin(); }
    }
  }

  function showJoin() { $("join").hidden = false; $("game").hidden = true; }

  function showLobby(m) {
    $("team-form").hidden = false;
    const known = store.getItem("team");
    fill("team-list", m.teams.map((x, i) => {
      const id = "team-" + x.team, row = el("div");
      const radio = el("input", undefined, { type: "radio", name: "team", id, value: x.team });
      if (x.team === known || (!known && i === 0)) radio.checked = true;
      row.append(radio, el("label", x.title + (x.name ? " — " + x.name : "") + (x.claimed ? " " + t("claimed") : ""),
                           { for: id }));
      return row;
    }));
    $("team-form").querySelector("input[type=radio]:checked")?.focus();
  }

  /* A variable by its name in the class's language (the host's label), else its id. */
  function varLabel(id) {
    const x = state && state.indicators.find((i) => i.var === id);
    return x && x.label ? x.label : id.replace(/_/g, " ");
  }

  function draftIds() { return state ? state.draft.slice() : []; }
  function setDraft(ids) { send({ type: "draft", orders: ids }); }

  function actionName(id) {
    const a = state.actions.find((x) => x.id === id);
    return a ? a.name : id;
  }

  function showState(m) {
    const first = !state, newWeek = state && state.week !== m.week;
    state = m;
    if (newWeek) say("week", { week: m.week, weeks: m.weeks });     // not last week's "Orders sent."
    $("join").hidden = true; $("game").hidden = false;
    $("team-h").textContent = m.team.title + (m.team.name ? " — " + m.team.name : "");
    document.title = m.team.title + " — Red Line";
    $("week").textContent = m.over ? t("over", { outcome: m.outcome_title || m.outcome }) : t("week", { week: m.week, weeks: m.weeks });
    deadline = m.timer.left === null ? null : Date.now() + m.timer.left * 1000;
    tickClock();
    fill("teams", m.teams.map((x) => el("li", x.title + (x.name ? " (" + x.name + ")" : "") + ": " +
                                             t(x.sent ? "sent_yes" : "sent_no"))));
    $("capital").textContent = t("capital", { spent: m.spent, capital: m.capital });
    const move = m.feedback.ladder_move;
    $("ladder").textContent = t("ladder", { ladder: m.feedback.ladder.toFixed(1), move: (move >= 0 ? "+" : "") + move.toFixed(2) });
    fill("conflicts", m.feedback.conflicts.map((c) => el("li", t("conflict", { first: actionName(c.first), second: actionName(c.second), var: varLabel(c.var) }))));
    showDraft(m);
    showActions(m);
    fill("news", m.news.map((n) => el("li", n.week + ": " + n.text)));
    fill("moves", m.moves.map((x) => el("li", x.week + ": " + x.team + " — " + x.name + (x.secret ? " (" + t("secret") + ")" : ""))));
    showIndicators(m);
    $("briefing").textContent = m.briefing;
    fill("objectives", m.objectives.map((o) => el("li", o.text + " (" + o.weight + ")")));
    if (m.over) fill("news", m.scores.map((s) => el("li", t("score", { team: s.team, score: s.score.toFixed(0) }))).concat([...$("news").children]));
    if (first) $("team-h").focus();
  }

  function showDraft(m) {
    const items = m.draft.map((id) => {
      const li = el("li", actionName(id) + " ");
      const b = el("button", t("remove"), { type: "button", "aria-label": t("remove") + ": " + actionName(id) });
      b.onclick = () => setDraft(draftIds().filter((x) => x !== id));
      b.disabled = m.over;
      li.append(b);
      return li;
    });
    fill("draft", items.length ? items : [el("li", t("draft_empty"))]);
    $("sent-note").textContent = m.sent ? t("sent_note", { orders: m.sent.length ? m.sent.map(actionName).join(", ") : t("sent_nothing") }) : "";
    $("send").textContent = t(m.sent ? "resend_button" : "send_button");
    $("send").disabled = m.over;
  }

  function showActions(m) {
    fill("actions", m.actions.map((a) => {
      const li = el("li"), chosen = m.draft.includes(a.id);
      const head = el("strong", a.name);
      const meta = el("span", " · " + t("cost", { cost: a.cost }) + (a.secret ? " · " + t("secret") : ""));
      const text = el("p", a.text + (a.sources ? " [" + a.sources + "]" : ""));
      const b = el("button", t(chosen ? "remove" : "add"), { type: "button", "aria-label": t(chosen ? "remove" : "add") + ": " + a.name });
      b.disabled = m.over || (!chosen && a.blocked !== null);
      b.onclick = () => setDraft(chosen ? draftIds().filter((x) => x !== a.id) : draftIds().concat([a.id]));
      li.append(head, meta, text);
      if (!chosen && a.blocked) li.append(el("p", t("blocked", { why: a.blocked }), { class: "blocked" }));
      li.append(b);
      li.dataset.action = a.id;
      return li;
    }));
  }

  function showIndicators(m) {
    const rows = m.indicators.map((x) => {
      const tr = el("tr");
      tr.dataset.var = x.var;
      const v = x.value === null ? t("unknown") : x.estimate ? t("estimate", { value: round(x.value), sd: round(x.sd) }) : num(round(x.value));
      const th = el("th", x.label || x.var.replace(/_/g, " "), { scope: "row", title: x.about });
      const b = el("button", t("why_button"), { type: "button", "aria-label": t("why_button") + " " + th.textContent });
      b.disabled = x.estimate || m.week <= 1;
      b.onclick = () => send({ type: "why", var: x.var, turn: Math.max(1, m.over ? m.week : m.week - 1) });
      const td = el("td"); td.append(b);
      tr.append(th, el("td", v + (x.unit ? " " + x.unit : "")), td);
      return tr;
    });
    $("indicators").tBodies[0].replaceChildren(...rows);
  }

  function round(x) { return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toFixed(3); }

  function showCauses(m) {
    const box = $("why");
    const list = el("ul");
    list.append(...m.parts.map((p) => el("li", p.label + ": " + num((p.amount >= 0 ? "+" : "") + round(p.amount)))));
    box.replaceChildren(el("h4", t("why_heading", { var: varLabel(m.var), turn: m.turn })), m.parts.length ? list : el("p", t("why_none")));
  }

  function tickClock() {
    if (deadline === null || (state && state.over)) { $("clock").textContent = ""; return; }
    const left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    $("clock").textContent = left ? t("clock", { min: Math.floor(left / 60), sec: String(left % 60).padStart(2, "0") }) : t("clock_up");
  }

  speak(lang);
  $("team-h").tabIndex = -1;
  $("room-form").onsubmit = (e) => {
    e.preventDefault();
    const room = clean($("room").value);
    store.setItem("room", room);
    send({ type: "hello", room });
  };
  $("team-form").onsubmit = (e) => {
    e.preventDefault();
    const team = $("team-form").querySelector("input[name=team]:checked");
    if (!team) return;
    const typed = clean($("token").value);
    const token = typed || (store.getItem("team") === team.value ? store.getItem("token") : "");
    join(clean($("room").value) || store.getItem("room"), team.value, token || undefined);
  };
  $("send").onclick = () => { sentWeek = state.week; send({ type: "send", orders: draftIds() }); };
  $("handin-form").onsubmit = (e) => {
    e.preventDefault();
    const file = $("handin-file").files[0];
    if (!file) return;
    const name = file.name.replace(/\.lua$/i, "").replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 32) || "strategy";
    file.text().then((script) => send({ type: "handin", name, script }));
  };
  setInterval(tickClock, 1000);
  connect();
})();
