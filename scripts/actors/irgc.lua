-- The IRGC and the Basij: the repressive apparatus whose loyalty keeps the
-- regime standing (A48, A49) and whose aerospace arm threatens (B13). Scored on
-- the regime standing at the end, its ranks loyal and deterrence (baseline.lua).
local ai = require("ai")

return ai.actor {
  actor = "irgc",
  temperament = { noise = 0.3, threshold = 1, orders = 2 },
  rules = {
    { id = "irgc.hold_the_streets",
      when = { "protest > 1" },
      favours = { deploy_basij = 2.5 },
      reason = "Protests are spreading: send the Basij in.",
      sources = { "A48", "A49" } },
    { id = "irgc.keep_the_ranks",
      -- every week: the ranks' loyalty is what keeps the regime (A49); the price is inflation (pay_bonuses)
      when = { "security_loyalty < 1.01" },
      favours = { pay_bonuses = 2 },
      reason = "Loyalty is the regime's lifeline: keep the ranks paid.",
      sources = { "A49" } },
    { id = "irgc.purge_the_wavering",
      when = { "security_loyalty < 0.8" },
      favours = { purge_officers = 2.2 },
      reason = "Units are wavering: remove the officers who might defect, whatever it costs the elite's unity.",
      sources = { "A48", "A49", "B11" } },
    { id = "irgc.aerospace_threats",
      when = function(v) return v.posture >= 3 or v.escalation >= 4 or v.deterrence < 50 end,
      favours = { aerospace_show = 1.5 },
      reason = "The Aerospace Force shows its missiles and its commander threatens.",
      sources = { "B13" } },
  },
}
