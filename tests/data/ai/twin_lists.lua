-- A noisy US whose rules' conditions are written as lists of conditions; its twin writes
-- them the other way. The two must play the same games (tests/unit/test_ai.c).
local ai = require("ai")

return ai.actor {
  actor = "us",
  temperament = { noise = 0.6, threshold = 1, orders = 3 },
  rules = {
    { id = "w.weak", when = { "regime_stability < 60", "grievance >= 45" }, favours = { tighten_sanctions = 2 },
      reason = "w.weak", sources = { "A1" } },
    { id = "w.stockpile", when = { "stockpile_60 > 250" }, favours = { us_intel = 1.5, deploy_forces = 1 },
      reason = "w.stockpile", sources = { "A1" } },
    { id = "w.talk", when = { "talks < 1", "escalation <= 6" }, favours = { offer_talks = 2 },
      reason = "w.talk", sources = { "A1" } },
    { id = "w.covert", when = { "covert_progress ~= 0" }, favours = { strike_nuclear = 3 },
      reason = "w.covert", sources = { "A1" } },
    { id = "w.hope", when = { "hope == 20" }, favours = { support_internet = 1 },
      reason = "w.hope", sources = { "A1" } },
    { id = "w.never", when = { "escalation >= 0", "escalation > 10" }, favours = { ultimatum = 9 },
      reason = "w.never", sources = { "A1" } },
    { id = "w.always", when = { }, favours = { condemn_killings = 1 },
      reason = "w.always", sources = { "A1" } },
  },
}
