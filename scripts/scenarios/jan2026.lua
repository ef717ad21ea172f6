-- The January Uprising: January 2026 (source A).
return {
  id = "jan2026",
  name = "The January Uprising",
  version = 1,
  start = "2026-01-12",
  days_per_turn = 7,
  turns = 26,
  briefing = [[
Since 28 December Iranians have been in the streets. The rial has fallen to about 1.45 million to the
dollar and inflation is above 70% (A21, A22). What began over prices has turned against the system
itself (A19). Rights groups count at least 600, then 648, dead (A17, A40); the internet has been dark
for days (A42). Washington has cut off contact with Iranian officials, urged protesters on, put a 25%
tariff on anyone trading with Iran and warned it may act before any meeting (A2, A4, A13, A39). Tehran
calls it foreign-backed chaos (A24) and its parliament speaker promises strikes on US bases, Israel and
shipping if attacked (A26). Yet Araghchi and Witkoff still trade messages (A26). Nobody knows how much
of the nuclear programme survived the June 2025 strikes (A31-A33).]],
  sources = { "A2", "A4", "A13", "A17", "A21", "A22", "A24", "A26", "A31", "A33", "A39", "A40", "A42", "A48", "A49" },
  initial = {
    escalation = { 4.5, "A2, A9, A13: talks cut off, threats of action" },
    rial = { 1450, "A21" }, rial_trend = { 150, "A21" }, inflation = { 72, "A22" },
    oil_exports = { 1.2, "A39-A41; 2021-2024 record" }, gdp_growth = { -3, "A20" },
    protest = { 5, "A14, A19: nationwide since 28 December" }, protest_deaths = { 648, "A40 (A17: 600+)" },
    grievance = { 75, "A19-A23" }, fear = { 35, "A43, A45" }, hope = { 45, "A4, A50, A51" },
    internet = { 0.1, "A42: blackout for over four days" }, last_policy = 1, condemnation = { 55, "A45" },
    talks = { 1, "A25, A26: back-channel only" }, talks_progress = 5, demands = { 3, "A4-A7" },
    ultimatum = { 1, "A13" }, audience_cost = { 8, "A13" }, hawk_pressure = { 60, "A10-A12" },
    approval = { 42, "A29" }, alliance_cohesion = { 45, "A5, A42" }, posture = { 3, "A12" },
    sanctions = { 9, "A28" }, enforcement = { 0.7, "A41" }, secondary_tariff = { 25, "A39" },
    stockpile_60 = { 400, "IAEA: 408.6 kg in May 2025; whereabouts after June unknown" },
    enrichment = { 0, "A32: sites struck in June 2025" }, iaea_access = { 0, "IAEA 2025" },
    strike_damage = { 45, "A31-A33: true damage unknown" }, covert_progress = { 10, "A33" },
    regime_stability = { 45, "A38, A43" }, security_loyalty = { 0.85, "A48, A49" }, cohesion = { 55, "B11" },
    faction_leader = { 0.45, "A35-A37" }, faction_hardline = { 0.4, "A26, A48" }, faction_pragmatic = { 0.15, "A26" },
    deterrence = { 40, "A31-A34" }, narrative = { 45, "A24" }, proxy_capability = { 35, "B10" },
    israel_readiness = { 55, "A26, C8" }, china_compliance = { 0.35, "A39-A41" },
  },
  params = {},
  capital = { us = 3, iran = 3 },
  objectives = {
    us = {
      -- C8: Iran never declares a weapon
      { id = "no_bomb", text = "No Iranian bomb", var = "weapon", best = 0, worst = 1, weight = 3 },
      -- C8, A33: the secret weapons work Iran did in this game, whatever a strike or a find later undid
      { id = "no_secret_work", text = "No secret weapons work", var = "bomb_progress", best = 0, worst = 30, weight = 2 },
      -- A6, A13
      { id = "protect_protesters", text = "Protesters protected", var = "protest_deaths", best = 700, worst = 2500, weight = 2 },
      -- C7: pump prices over the whole crisis
      { id = "cheap_oil", text = "Oil kept cheap", var = "oil_mean", best = 70, worst = 90, weight = 2 },
      -- A26, A29
      { id = "no_casualties", text = "No US casualties", var = "us_casualties", best = 0, worst = 30, weight = 1 },
      -- C1, A27, A30: talks without a war; the highest rung the crisis reached
      { id = "no_war", text = "No regional war", var = "escalation_peak", best = 6, worst = 9.5, weight = 2 },
      -- A5, A42
      { id = "allies", text = "Allies on side", var = "alliance_cohesion", best = 60, worst = 10, weight = 1 },
      -- B7, C3, C7: what the deal secures (inspectors, limits), 0 without one
      { id = "deal", text = "A deal that holds Iran to account", var = "deal_value", best = 100, worst = 0, weight = 2 },
      -- A29, C1: the public and the hawks
      { id = "standing", text = "Standing at home", var = "approval", best = 48, worst = 30, weight = 1 },
      -- A13, A50, Fearon 1994: a President who means what he says
      { id = "credibility", text = "Threats believed", var = "credibility", best = 60, worst = 30, weight = 1 },
    },
    iran = {
      -- B6, A48, A49: the lowest the regime fell
      { id = "survive", text = "The Islamic Republic stands firm", var = "stability_low", best = 55, worst = 10, weight = 3 },
      -- A31, B5
      { id = "no_strikes", text = "No strikes on the homeland", var = "strikes_on_iran", best = 0, worst = 3, weight = 2 },
      -- B9, B13: strikes taken and missile limits accepted both cost it; after a strike, its lowest since (displays do not undo a strike)
      { id = "deterrence", text = "Deterrence kept", var = "deterrence_low", best = 80, worst = 20, weight = 1 },
      -- C3
      { id = "relief", text = "Sanctions relief", var = "sanctions", best = 3, worst = 10, weight = 2 },
      -- A20-A22
      { id = "rial", text = "A stable rial", var = "rial", best = 800, worst = 3000, weight = 1 },
    },
    -- the uprising under way: the regime already shaken and the world already watching (A38, A45), hundreds
    -- already dead (A17): here the movement is also scored on the lives its crowds do not lose
    protesters = {
      -- A19, A38, A44: how firm the regime stands at the end
      { id = "regime_shaken", text = "The regime shaken", var = "regime_stability", best = 60, worst = 72, weight = 1 },
      -- A4, A50, A51: hope that change is coming
      { id = "hope", text = "Hope kept alive", var = "hope", best = 73, worst = 20, weight = 1 },
      -- A16, A45, A47: the world's eyes on Tehran, which the movement's appeals abroad draw
      { id = "watched", text = "The world watching", var = "condemnation", best = 97, worst = 75, weight = 1 },
      -- A15, A17, A18: the dead of the crackdown, more of them the fuller the streets it fires on
      { id = "lives", text = "Lives spared", var = "protest_deaths", best = 1000, worst = 1800, weight = 1 },
      -- A19, A23: strikes that close the bazaar and stop the oil fields, the movement's weapon against the regime's purse
      { id = "economy_stopped", text = "The country brought to a standstill", var = "gdp_growth", best = -5, worst = 1, weight = 1 },
    },
  },
  debrief = {
    "Tehran cracked down and the streets emptied for a while. What did the crackdown cost the regime later, and who paid?",
    "Washington cut off talks and urged protesters on (A2, A4). Did that help the protesters, or hand Tehran its foreign-plot story (A24)?",
    "The back-channel between Araghchi and Witkoff stayed open (A26). When did it matter in your game?",
    "Why did the regime survive, or fall? What would the security forces have had to do (A48, A49)?",
    "Which moment could have gone the other way? Replay from that turn and compare.",
  },
  injects = {
    { id = "leaked_video", text = "A leaked video of a massacre in a provincial city spreads abroad.",
      sources = { "A15", "A16" }, effects = { "condemnation += 10", "grievance += 5" } },
    { id = "tanker_seized", text = "The IRGC seizes a tanker in the Strait of Hormuz.",
      sources = { "A26" }, effects = { "hormuz_flow -= 2", "oil_premium += 5", "escalation += 0.5" } },
    -- A48, A49: the security forces decide the regime's fate (analysts doubt they will waver): a what-if
    { id = "defections", text = "Reports of a Revolutionary Guard unit refusing to fire on crowds.",
      sources = { "A48", "A49" }, effects = { "security_loyalty -= 0.08" } },
    { id = "china_deal", text = "Beijing announces a long-term oil purchase deal with Tehran.",
      -- A39, A41 name no buyer: China's purchases are the 2021-2024 record's (the facilitator lists the tags)
      sources = { "A39", "A41" }, effects = { "china_compliance -= 0.2" } },
  },
  events = {
    { id = "funeral_cycle", text = "Fortieth-day mourning ceremonies bring crowds back to the streets.",
      -- A3 (a photo caption) replaced: A15 the dead, A35 mourning as politics; the fortieth-day cycle is the record's
      sources = { "A15", "A35", "Chehelom record" }, once = false, chance = 0.5,
      when = function(w) return w.get("protest_deaths") > 700 and w.get("protest") < 3 and w.turn() % 6 == 0 end,
      apply = function(w) w.add("grievance", 6); w.add("hope", 5) end },
    { id = "tanker_incident", text = "A tanker is seized near the Strait of Hormuz.",
      sources = { "A26" }, chance = 0.25,
      when = { "escalation >= 5" },
      apply = function(w) w.add("hormuz_flow", -1.5); w.add("oil_premium", 4); w.add("escalation", 0.4) end },
    { id = "leaked_report", text = "A leaked intelligence report says Iran is rebuilding in secret.",
      sources = { "A33", "C8" }, chance = 0.5,
      when = { "covert_progress > 20", "covert_detected < 1" },
      apply = function(w) w.add("hawk_pressure", 10); w.add("israel_readiness", 10) end },
    { id = "iaea_report", text = "The IAEA reports it can no longer account for Iran's 60% stockpile.",
      sources = { "IAEA 2025", "A33" }, chance = 0.4,
      when = function(w) return w.turn() >= 4 and w.get("iaea_access") < 1 end,
      apply = function(w) w.add("hawk_pressure", 5); w.add("condemnation", 3) end },
    { id = "oman_offer", text = "Oman offers to host quiet talks.",
      sources = { "C6", "Oman talks 2025" }, chance = 0.3,
      when = { "escalation < 6", "talks >= 1" },
      apply = function(w) w.set("mediation", 1) end },
    { id = "calls_resume", text = "International phone calls resume, outgoing only.",
      sources = { "A46" }, chance = 1,
      when = function(w) return w.turn() == 2 end,
      apply = function(w) w.add("internet", 0.1) end },
  },
}
