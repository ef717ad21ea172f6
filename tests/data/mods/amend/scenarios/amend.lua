-- Israel's objectives from scripts/lib/baseline.lua with one changed, one dropped and one added; the
-- Gulf's deal measured by the outcome instead; Europe's list replaced whole, as a list always does.
return {
  id = "amend",
  name = "Objectives changed by id",
  start = "2025-04-12",
  turns = 4,
  briefing = "Four weeks to check the objectives a scenario changes by id.",
  objectives = {
    us = { { id = "calm", text = "The crisis kept calm", var = "escalation", best = 2, worst = 8 } },
    iran = { { id = "relief", text = "Sanctions relief", var = "sanctions", best = 5, worst = 10 } },
    israel = {
      change = { breakout = { best = 55, worst = 42, weight = 4 } },
      drop = { "spared" },
      add = { { id = "calm", text = "The crisis kept calm", var = "escalation", best = 2, worst = 8, weight = 2 } },
    },
    gulf = { change = { deal = { outcome = "agreement" } } },
    europe = { { id = "settlement", text = "A negotiated settlement", outcome = "agreement" } },
  },
}
