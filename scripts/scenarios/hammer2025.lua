-- After Midnight Hammer: July 2025, after the strikes on Fordow and Natanz
-- (A31-A34), with the true damage unknown.
return {
  id = "hammer2025",
  name = "After Midnight Hammer",
  version = 1,
  start = "2025-07-07",
  days_per_turn = 7,
  turns = 26,
  -- The briefing's claims: the ceasefire after a telegraphed strike is the June 2025 record's and
  -- Europe's snapback the E3's (both in sources, untagged in the text); the factions' lines are B11-B14's,
  -- written before the strikes, and the briefing says so.
  briefing = [[
Two weeks ago US and Israeli bombs fell on Fordow and Natanz (A31). Washington calls the programme
wrecked; analysts are not sure the damage will last, or whether Iran will now rebuild where no one
can see (A32, A33). A ceasefire holds after Iran's telegraphed strike on a US base. Inspectors are out
and nobody can say where Iran's 400-odd kilograms of 60% uranium are (IAEA). Europe weighs restoring
UN sanctions. Before the strikes Tehran's hardliners opposed talks and its pragmatists pursued them
(B11-B14); the bombs have settled nothing between them. Every estimate of the damage you see is just that: an estimate.]],
  sources = { "A31", "A32", "A33", "A34", "B11", "B13", "B14", "C8", "IAEA 2025", "June 2025 record",
              "E3 snapback 2025" },
  initial = {
    escalation = { 5, "A34: just after the strikes and the ceasefire" },
    strike_damage = { 60, "A32, A33: true damage hidden, analysts divided" },
    stockpile_60 = { 400, "IAEA: 408.6 kg in May 2025, not verified since" },
    enrichment = { 0, "A31: enrichment halls struck" }, iaea_access = { 0, "IAEA 2025: Iran suspends cooperation, July 2025" },
    covert_progress = { 5, "A33" }, deterrence = { 35, "A31-A34" }, narrative = { 45, "B10" },
    faction_leader = { 0.4, "B13" }, faction_hardline = { 0.43, "B11, B13: the hardliners feel vindicated" }, faction_pragmatic = { 0.21, "B14" },
    cohesion = { 60, "B11" }, regime_stability = { 60, "A49" },
    talks = { 1, "Oman talks 2025; A25, A26: the envoys' channel outlives the strikes" }, demands = { 1, "C4: missiles and drones on the table" }, ultimatum = 0,
    posture = { 3, "A31" }, israel_readiness = { 40, "A31: strike packages just spent" },
    hawk_pressure = { 62, "C1, C4: the strikes embolden the hawks" }, strikes_on_iran = { 1, "A31: Midnight Hammer" }, credibility = { 70, "A32, A50: the strikes showed Washington means what it says" }, approval = { 45, "A29" }, alliance_cohesion = { 55, "A27, A47" },
    rial = { 1000, "2025 record" }, inflation = { 40, "2025 record" }, grievance = { 50, "A44" },
    proxy_capability = { 35, "B10" }, condemnation = { 30, "model: above the quiet level, after the strikes" },
  },
  -- C1, C4: after the strikes Washington's hawks want zero enrichment and the missiles; A34: the
  -- strikes deepened the rift, and talks move slowly (no deal came in the months after the strikes;
  -- the E3 triggered the snapback instead): the slowest pace in talks_rate's range
  params = { hawk_base = 62, talks_rate = 4 },
  capital = { us = 3, iran = 3 },
  objectives = {
    us = {
      -- C8: Iran never declares a weapon
      { id = "no_bomb", text = "No Iranian bomb", var = "weapon", best = 0, worst = 1, weight = 3 },
      -- C8, A33: the secret weapons work Iran did in this game, whatever a strike or a find later undid
      { id = "no_secret_work", text = "No secret weapons work", var = "bomb_progress", best = 0, worst = 30, weight = 2 },
      -- A33, IAEA 2025
      { id = "breakout", text = "Breakout kept far off", var = "breakout_weeks", best = 60, worst = 10, weight = 2 },
      -- B7, C3, C7: what the deal secures (inspectors, limits), 0 without one
      { id = "deal", text = "A deal that holds Iran to account", var = "deal_value", best = 100, worst = 0, weight = 3 },
      -- C7: pump prices over the whole crisis
      { id = "cheap_oil", text = "Oil kept cheap", var = "oil_mean", best = 70, worst = 90, weight = 1 },
      -- A26, A29
      { id = "no_casualties", text = "No US casualties", var = "us_casualties", best = 0, worst = 30, weight = 1 },
      -- C1, A27, A30: talks without a war; the highest rung the crisis reached
      { id = "no_war", text = "No regional war", var = "escalation_peak", best = 6, worst = 9.5, weight = 2 },
      -- A29, C1: the public and the hawks
      { id = "standing", text = "Standing at home", var = "approval", best = 48, worst = 30, weight = 1 },
      -- A13, A50, Fearon 1994: a President who means what he says
      { id = "credibility", text = "Threats believed", var = "credibility", best = 60, worst = 30, weight = 1 },
    },
    iran = {
      -- B6, A48, A49: the lowest the regime fell
      { id = "survive", text = "The Islamic Republic stands firm", var = "stability_low", best = 55, worst = 10, weight = 2 },
      -- A31, B5
      { id = "no_strikes", text = "No more strikes on the homeland", var = "strikes_on_iran", best = 1, worst = 3, weight = 3 },
      -- B9, B13: strikes taken and missile limits accepted both cost it; after a strike, its lowest since (displays do not undo a strike)
      { id = "deterrence", text = "Deterrence kept", var = "deterrence_low", best = 65, worst = 20, weight = 2 },
      -- C3
      { id = "relief", text = "Sanctions relief", var = "sanctions", best = 3, worst = 10, weight = 2 },
    },
  },
  debrief = {
    "Nobody knew what the strikes destroyed (A32, A33). How did each side act on its own estimate, and how far off was it?",
    "Did Iran rebuild in secret? If it did, was it found out, and what followed (C8)?",
    "What did the strikes do to the balance between Tehran's factions (B11-B14)?",
    "Would a second strike have bought more time, or less?",
  },
  injects = {
    { id = "damage_leak", text = "A leaked intelligence assessment says the damage will take only months to repair.",
      sources = { "A32", "A33" }, effects = { "hawk_pressure += 8", "israel_readiness += 10" } },
    { id = "inspectors_back", text = "Iran lets IAEA inspectors back into one site.",
      sources = { "IAEA 2025" }, effects = { "iaea_access += 1" } },
  },
  events = {
    { id = "leader_closes_door", text = "The Supreme Leader calls talks with Washington a deception that bombs have exposed.",
      sources = { "B13", "A34" }, chance = 0.8,
      when = function(w) return w.turn() == 2 end,
      apply = function(w) w.add("faction_hardline", 0.1); w.add("faction_pragmatic", -0.05) end },
    -- C1: the hawks oppose the talks; C4: missiles and drones; zero enrichment is the scenario's detail
    { id = "hawks_zero_enrichment", text = "Senate hawks demand zero enrichment and limits on missiles in any deal.",
      sources = { "C1", "C4" }, chance = 0.6,
      when = function(w) return w.turn() == 3 end,
      apply = function(w) w.add("hawk_pressure", 15) end },
    { id = "snapback_clock", text = "The E3 start the 30-day snapback of UN sanctions.",
      sources = { "E3 snapback 2025", "IAEA 2025" }, chance = 1,
      when = function(w) return w.turn() == 7 and w.get("iaea_access") < 1 and w.get("talks") < 2 end,
      apply = function(w) w.set("snapback", 1); w.add("sanctions", 1) end },
    { id = "mountain_site", text = "Satellite images show digging at a mountain site near Natanz.",
      sources = { "A33", "C8" }, chance = 0.5,
      when = { "covert_progress > 12", "covert_detected < 1" },
      apply = function(w) w.add("hawk_pressure", 8); w.add("israel_readiness", 10) end },
    { id = "damage_leak", text = "A leaked assessment says the strikes set the programme back only months.",
      sources = { "A32", "A33" }, chance = 0.6,
      when = function(w) return w.turn() >= 3 and w.get("strike_damage") < 55 end,
      apply = function(w) w.add("hawk_pressure", 5) end },
    { id = "oman_offer", text = "Oman offers to restart indirect talks.",
      sources = { "C6", "Oman talks 2025" }, chance = 0.3,
      when = function(w) return w.turn() >= 4 and w.get("escalation") < 6 end,
      apply = function(w) w.set("mediation", 1) end },
  },
}
