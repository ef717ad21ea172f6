-- A noisy US whose rules' conditions are written as functions; its twin writes
-- them the other way. The two must play the same games (tests/unit/test_ai.c).
local ai = require("ai")

return ai.actor {
  actor = "us",
  temperament = { noise = 0.6, threshold = 1, orders = 3 },
  rules = {
    { id = "w.weak", when = function(v) return v.regime_stability < 60 and v.grievance >= 45 end, favours = { tighten_sanctions = 2 },
      reason = "w.weak", sources = { "A1" } },
    { id = "w.stockpile", when = function(v) return v.stockpile_60 > 250 end, favours = { us_intel = 1.5, deploy_forces = 1 },
      reason = "w.stockpile", sources = { "A1" } },
    { id = "w.talk", when = function(v) return v.talks < 1 and v.escalation <= 6 end, favours = { offer_talks = 2 },
      reason = "w.talk", sources = { "A1" } },
    { id = "w.covert", when = function(v) return v.covert_progress ~= 0 end, favours = { strike_nuclear = 3 },
      reason = "w.covert", sources = { "A1" } },
    { id = "w.hope", when = function(v) return v.hope == 20 end, favours = { support_internet = 1 },
      reason = "w.hope", sources = { "A1" } },
    { id = "w.never", when = function(v) return v.escalation >= 0 and v.escalation > 10 end, favours = { ultimatum = 9 },
      reason = "w.never", sources = { "A1" } },
    { id = "w.always", when = function() return true end, favours = { condemn_killings = 1 },
      reason = "w.always", sources = { "A1" } },
  },
}
