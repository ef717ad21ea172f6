-- The IRGC and the Basij: the repressive apparatus whose loyalty keeps the
-- regime standing (A48, A49) and whose aerospace arm threatens (B13).
local ai = require("ai")

return ai.actor {
  actor = "irgc",
  temperament = { noise = 0.4, threshold = 1, orders = 2 },
  rules = {
    { id = "irgc.hold_the_streets",
      when = { "protest > 3" },
      favours = { deploy_basij = 2.5 },
      reason = "Protests are spreading: send the Basij in.",
      sources = { "A48", "A49" } },
    { id = "irgc.keep_the_ranks",
      when = { "security_loyalty < 0.8" },
      favours = { pay_bonuses = 2, purge_officers = 1.5 },
      reason = "Loyalty is the regime's lifeline: pay the ranks and remove the wavering.",
      sources = { "A49" } },
    { id = "irgc.aerospace_threats",
      when = function(v) return v.posture >= 3 or v.escalation >= 5 end,
      favours = { aerospace_show = 1.5 },
      reason = "The Aerospace Force shows its missiles and its commander threatens.",
      sources = { "B13" } },
  },
}
