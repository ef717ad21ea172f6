-- The Letter: March 2025 (sources B and C).
return {
  id = "letter2025",
  name = "The Letter",
  version = 1,
  start = "2025-03-10",
  days_per_turn = 7,
  turns = 20,
  -- The two-month deadline is the Letter 2025 record's (C2 reports the letter, not the deadline): the
  -- briefing attributes it to press reports, and the scenario's sources list the record.
  briefing = [[
Trump has written to Khamenei inviting talks (C2) and, press reports say, given Tehran two months. The offer comes
wrapped in threats: negotiate on American terms or face pressure and attack (B3, B6). Those terms reach
past the nuclear file to missiles, drones and Iran's allies across the region (B7, C1, C4), which
Tehran reads as a demand to surrender (C5). Khamenei has called talks a deception and the letter has
been dismissed (B13, C2). Zarif has resigned; Araghchi still keeps a door ajar (B13, B14). Iran's 60%
stockpile has grown to 274.8 kg and keeps growing (IAEA). Israel presses for strikes and US jets are
bombing the Houthis (B3, C3). Both sides could gain from Iranian oil back on the market (C7) -- if
neither is caught cheating (C8).]],
  sources = { "B3", "B5", "B6", "B7", "B9", "B10", "B13", "B14", "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8",
              "Letter 2025 record", "IAEA 2025" },
  initial = {
    escalation = { 4, "B3, B6: threats around the letter" },
    rial = { 930, "March 2025 open market" }, rial_trend = { 60, "2025 record" }, inflation = { 38, "2025 record" },
    protest = { 0.3, "no mass protest in March 2025" }, grievance = { 40, "B11: discontent, no mass protest" },
    talks = 0, demands = { 2, "B7, C1, C4" }, ultimatum = { 1, "Letter 2025 record: a two-month deadline; C2: the letter" },
    audience_cost = { 10, "Letter 2025 record, B6: the deadline is public" },
    hawk_pressure = { 55, "C1" }, approval = { 47, "A29" }, posture = { 3, "B3" },
    sanctions = { 9, "C2: maximum pressure" }, enforcement = { 0.6, "2024 record" },
    stockpile_60 = { 274.8, "IAEA, February 2025" }, enrichment = { 2, "IAEA: 408.6 kg by May 2025" },
    iaea_access = { 1, "IAEA 2025" }, israel_readiness = { 65, "B3" },
    proxy_capability = { 45, "B10" }, proxy_activity = { 4, "C3: Houthis under US strikes" },
    faction_leader = { 0.45, "B13" }, faction_hardline = { 0.35, "B13" }, faction_pragmatic = { 0.2, "B13, B14" },
    cohesion = { 60, "B11" }, regime_stability = { 62, "B6" }, deterrence = { 55, "B5, B13" },
    narrative = { 50, "B10" }, gulf_ties = { 55, "C6" },
  },
  params = {},
  capital = { us = 3, iran = 3 },
  objectives = {
    us = {
      -- C8: Iran never declares a weapon
      { id = "no_bomb", text = "No Iranian bomb", var = "weapon", best = 0, worst = 1, weight = 3 },
      -- C8, A33: the secret weapons work Iran did in this game, whatever a strike or a find later undid
      { id = "no_secret_work", text = "No secret weapons work", var = "bomb_progress", best = 0, worst = 30, weight = 2 },
      -- IAEA 2025: 274.8 kg in February, 408.6 kg by May; each 42 kg is a weapon's worth
      { id = "stockpile", text = "The 60% stockpile kept down", var = "stockpile_60", best = 300, worst = 600, weight = 2 },
      -- B7, C3, C7: what the deal secures (inspectors, limits), 0 without one
      { id = "deal", text = "A deal that holds Iran to account", var = "deal_value", best = 100, worst = 0, weight = 3 },
      -- C7: pump prices over the whole crisis
      { id = "cheap_oil", text = "Oil kept cheap", var = "oil_mean", best = 70, worst = 90, weight = 1 },
      -- A26, A29
      { id = "no_casualties", text = "No US casualties", var = "us_casualties", best = 0, worst = 30, weight = 1 },
      -- C1, A27, A30: talks without a war; the highest rung the crisis reached
      { id = "no_war", text = "No regional war", var = "escalation_peak", best = 6, worst = 9.5, weight = 2 },
      -- A5, A42
      { id = "allies", text = "Allies on side", var = "alliance_cohesion", best = 70, worst = 20, weight = 1 },
      -- A29, C1: the public and the hawks
      { id = "standing", text = "Standing at home", var = "approval", best = 48, worst = 30, weight = 1 },
      -- A13, A50, Fearon 1994: a President who means what he says
      { id = "credibility", text = "Threats believed", var = "credibility", best = 60, worst = 30, weight = 1 },
    },
    iran = {
      -- B6, A48, A49: the lowest the regime fell
      { id = "survive", text = "The Islamic Republic stands firm", var = "stability_low", best = 55, worst = 10, weight = 2 },
      -- A31, B5
      { id = "no_strikes", text = "No strikes on the homeland", var = "strikes_on_iran", best = 0, worst = 3, weight = 3 },
      -- B9, B13: strikes taken and missile limits accepted both cost it; after a strike, its lowest since (displays do not undo a strike)
      { id = "deterrence", text = "Deterrence kept", var = "deterrence_low", best = 80, worst = 20, weight = 2 },
      -- C3
      { id = "relief", text = "Sanctions relief", var = "sanctions", best = 3, worst = 10, weight = 2 },
      -- B10: a deal that drops the proxies costs it
      { id = "narrative", text = "The axis of resistance holds", var = "narrative", best = 65, worst = 20, weight = 1 },
    },
    -- March 2025: no mass protest yet (B11) and twenty weeks: a movement has to build hope and the world's
    -- attention from little, and the economy it would bring to a standstill is still growing. Their
    -- objectives from scripts/lib/baseline.lua, each met fully with less than the baseline asks (A4, A16, A19, A23, A44)
    protesters = {
      change = {
        regime_shaken = { best = 72 },
        hope = { best = 61 },
        watched = { best = 49 },
        economy_stopped = { best = -2.5 },
      },
    },
  },
  debrief = {
    "The letter offered talks under threat (B3, B6, C2). How did each side read it, and how did that shape the first weeks?",
    "What did the breadth of the US demands do to Iran's choices (B7, B9, B10, C5)?",
    "Did Iran hedge with covert work while talking (C8)? What happened when, or if, it was found out?",
    "Where was the common ground on oil (C7), and who used it?",
    "Who gained from the deadline passing, and why?",
  },
  injects = {
    -- C3: the Houthis under US strikes; that they hit a destroyer is the inject's what-if
    { id = "houthi_attack", text = "The Houthis hit a US destroyer in the Red Sea.",
      sources = { "C3" }, effects = { "us_casualties += 3", "hawk_pressure += 10", "escalation += 0.8" } },
    { id = "iaea_alarm", text = "The IAEA warns that it has lost continuity of knowledge of Iran's stockpile.",
      sources = { "IAEA 2025" }, effects = { "israel_readiness += 15", "hawk_pressure += 5" } },
    { id = "saudi_visit", text = "Saudi Arabia's defence minister visits Tehran.",
      sources = { "C6" }, effects = { "gulf_ties += 10" } },
  },
  events = {
    { id = "zarif_resigns", text = "Vice-President Zarif, the face of the 2015 deal, resigns.",
      sources = { "B13" }, chance = 0.5,
      when = function(w) return w.turn() == 2 end,
      apply = function(w) w.add("faction_hardline", 0.08); w.add("faction_pragmatic", -0.05) end },
    -- C1: the hawks oppose the talks; C4: what they want cut; enrichment as their test is the scenario's detail
    { id = "hawks_object", text = "Washington's hawks denounce any talks that leave Iran its enrichment.",
      sources = { "C1", "C4" }, chance = 0.4,
      when = function(w) return w.turn() == 4 end,
      apply = function(w) w.add("hawk_pressure", 15) end },
    { id = "deadline", text = "The two-month deadline in the letter passes.",
      sources = { "C2", "Letter 2025 record" }, chance = 1,
      when = function(w) return w.turn() == 9 and w.get("talks") < 2 end,
      apply = function(w) w.add("hawk_pressure", 10); w.add("israel_readiness", 10) end },
    { id = "iaea_report", text = "An IAEA report shows the 60% stockpile still growing.",
      sources = { "IAEA 2025" }, chance = 1, once = false,
      when = function(w) return w.turn() % 12 == 0 and w.get("enrichment") >= 1 end,
      apply = function(w) w.add("hawk_pressure", 6); w.add("israel_readiness", 8) end },
    { id = "oman_offer", text = "Oman offers to carry messages between the two sides.",
      sources = { "C6", "Oman talks 2025" }, chance = 0.4,
      when = function(w) return w.turn() >= 3 and w.get("escalation") < 7 end,
      apply = function(w) w.set("mediation", 1) end },
    { id = "houthi_strikes", text = "US jets strike Houthi positions in Yemen.",
      sources = { "C3" }, chance = 0.4, once = false,
      when = { "proxy_activity >= 3" },
      apply = function(w) w.add("proxy_capability", -4); w.add("escalation", 0.2) end },
    -- C3 names no tanker: A26 is Tehran's standing threat to the shipping lanes
    { id = "tanker_incident", text = "A tanker is harassed in the Gulf of Oman.",
      sources = { "A26", "C3" }, chance = 0.2,
      when = { "escalation >= 5" },
      apply = function(w) w.add("oil_premium", 3); w.add("hormuz_flow", -1) end },
  },
}
