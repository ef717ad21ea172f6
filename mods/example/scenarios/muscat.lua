-- The Muscat Channel: spring 2025, the letter has been sent and Oman offers
-- to carry messages (C2, C3, C6). Twelve weeks.
return {
  id = "muscat",
  name = "The Muscat Channel",
  version = 1,
  start = "2025-04-05",
  days_per_turn = 7,
  turns = 12,
  briefing = [[
The letter to Khamenei has been answered with a no to direct talks, but not to talks (C2). Oman's
foreign minister offers to carry messages between the envoys, as Muscat has done before (C6). Both
sides want relief from the pressure of the moment: Washington a limit on enrichment without a war,
Tehran relief from sanctions without giving up its missiles (C3, C5). Twelve weeks: can the channel
become a deal before the hawks on either side close it?]],
  sources = { "C2", "C3", "C5", "C6" },
  initial = {
    escalation = { 3.5, "C2: a letter under threat" },
    talks = { 0, "C2: no direct talks" }, talks_progress = 0,
    demands = { 1, "C4: missiles on the list" }, ultimatum = 0,
    mediation = { 1, "C6: Oman's offer" }, gulf_ties = { 55, "C6" },
    posture = { 3, "B3" }, israel_readiness = { 50, "B3" },
    stockpile_60 = { 300, "IAEA, spring 2025" },
  },
  capital = { us = 3, iran = 3, gulf = 3 },
  objectives = {
    us = {
      { id = "deal", text = "A deal signed", outcome = "agreement", weight = 3 },
      { id = "no_bomb", text = "No Iranian bomb", var = "weapon", best = 0, worst = 1, weight = 3 },
      { id = "calm", text = "No war", var = "escalation", best = 2, worst = 9, weight = 1 },
    },
    iran = {
      { id = "relief", text = "Sanctions relief", var = "sanctions", best = 4, worst = 10, weight = 3 },
      { id = "missiles", text = "Missiles kept off the table", var = "demands", best = 0, worst = 2, weight = 2 },
      { id = "no_strikes", text = "No strikes on the homeland", var = "strikes_on_iran", best = 0, worst = 1, weight = 2 },
    },
  },
}
