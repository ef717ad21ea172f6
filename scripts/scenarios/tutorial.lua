-- A short first game: spring 2025, talks on the table, eight weeks.
return {
  id = "tutorial",
  name = "Tutorial: First Contact",
  version = 1,
  start = "2025-04-12",
  days_per_turn = 7,
  turns = 8,
  -- The meeting in Muscat and the second round are the Oman talks 2025 record's (cited by the start values,
  -- not in this list: the briefing window and the pseudo-language check show its tags as they are); C3 the
  -- opening for a deal.
  briefing = [[
A short first game of eight weeks. Envoys have met in Muscat with Oman carrying the messages, a second
round is planned, and for once a deal looks possible (C3). Each week you spend political capital on a few actions, grouped by track; the other
side decides at the same time, without seeing yours. Watch the escalation ladder, the talks' progress
and your objectives. Numbers you cannot see for sure are shown as estimates with a range; "Why?"
next to any move shows the rules and the reporting behind it. Try to get a deal signed -- or see what
happens when you push too hard.]],
  sources = { "C3", "C6", "C7", "B14" },
  initial = {
    escalation = { 3, "C3" }, talks = { 1, "Oman talks 2025: indirect talks in Muscat" }, talks_progress = { 10, "Oman talks 2025: a first round held" },
    demands = { 0, "Oman talks 2025: the nuclear file first" }, ultimatum = 0, relief = 0, mediation = 0,
    stockpile_60 = { 300, "IAEA 2025" }, enrichment = { 1, "IAEA 2025" },
    faction_leader = { 0.4, "B13" }, faction_hardline = { 0.34, "B13" }, faction_pragmatic = { 0.26, "B14" },
    rial = { 850, "April 2025 open market, after the talks began" }, inflation = { 38, "2025 record" },
    grievance = { 40, "model" }, posture = { 2, "B3" }, israel_readiness = { 45, "B3" },
    credibility = { 56, "B3: strikes on the Houthis make the threat behind the talks concrete" },
  },
  params = { agree_progress = 80 },
  capital = { us = 3, iran = 3 },
  objectives = {
    us = {
      -- B7, C3, C7: what the deal secures (inspectors, limits), 0 without one
      { id = "deal", text = "A deal that holds Iran to account", var = "deal_value", best = 100, worst = 0, weight = 3 },
      -- C8, A33: the secret weapons work Iran did in this game, whatever a strike or a find later undid (eight weeks are too
      -- short for a bomb)
      { id = "no_secret_work", text = "No secret weapons work", var = "bomb_progress", best = 0, worst = 20, weight = 1 },
      -- C1, A27, A30: talks without a war; the highest rung the crisis reached
      { id = "no_war", text = "No regional war", var = "escalation_peak", best = 5, worst = 9, weight = 1 },
      -- A29, C1: the public and the hawks
      { id = "standing", text = "Standing at home", var = "approval", best = 48, worst = 30, weight = 1 },
    },
    iran = {
      -- C3
      { id = "relief", text = "Sanctions relief", var = "sanctions", best = 3, worst = 10, weight = 2 },
      -- A31, B5
      { id = "no_strikes", text = "No strikes on the homeland", var = "strikes_on_iran", best = 0, worst = 3, weight = 2 },
      -- B9, B13: strikes taken and missile limits accepted both cost it; after a strike, its lowest since (displays do not undo a strike);
      -- full at 65, ten points above where it starts: eight weeks of displays cannot do more
      { id = "deterrence", text = "Deterrence kept", var = "deterrence_low", best = 65, worst = 20, weight = 1 },
    },
    -- The other actors keep their objectives from scripts/lib/baseline.lua; eight weeks move some of
    -- the marks. The allies start stronger here (proxy_capability 55) and have little time to rebuild:
    -- what counts is whether they end above or below where they began (B2, B10, C3)
    proxies = { change = { strength = { worst = 50 } } },
    -- hope and the world's attention have little time to build, and a movement can dent the regime by
    -- the end, not break it (A4, A16, A19, A23, A44)
    protesters = {
      change = {
        regime_shaken = { best = 80, worst = 86 },
        hope = { best = 47 },
        watched = { best = 35 },
        economy_stopped = { best = -1.5, worst = 1.6 },
      },
    },
    -- Israel starts 42 weeks from a breakout, and only weeks of delay can be won in so short a game (A32, A33)
    israel = { change = { breakout = { best = 55, worst = 42 } } },
  },
  debrief = {
    "What did you spend your political capital on, and what did the other side do at the same time?",
    "Open a Why? for one of the other side's moves. Which rule decided it, and which source backs the rule?",
    "What would have happened if you had pushed harder, or conceded more? Try it.",
  },
  injects = {
    { id = "mediator_push", text = "Oman proposes a text both sides could sign.",
      -- C6 is the Gulf's ties; Oman's mediation is the Oman talks 2025 record's (the facilitator lists the tags)
      sources = { "C6" }, effects = { "talks_progress += 10" } },
  },
  events = {
    { id = "irgc_display", text = "The IRGC's aerospace commander parades new missiles and mocks the talks.",
      sources = { "B13" }, chance = 0.7,
      when = function(w) return w.turn() == 3 end,
      apply = function(w) w.add("faction_hardline", 0.12); w.add("hawk_pressure", 8) end },
    { id = "second_round", text = "A second round of talks is set in Rome.",
      sources = { "C3", "Oman talks 2025" }, chance = 1,
      when = function(w) return w.turn() == 2 end,
      apply = function(w) w.add("talks_progress", 5) end },
  },
}
