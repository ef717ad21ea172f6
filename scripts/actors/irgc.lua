-- The IRGC and the Basij: the repressive apparatus whose loyalty keeps the
-- regime standing (A48, A49) and whose aerospace arm threatens (B13). Scored on
-- the regime standing at the end, its ranks loyal and deterrence (baseline.lua).
local ai = require("ai")

return ai.actor {
  actor = "irgc",
  temperament = { noise = 0.3, threshold = 1, orders = 2 },
  rules = {
    { id = "irgc.hold_the_streets",
      -- the Basij frighten for a few weeks and wear on the ranks (actions.lua): sent when the crowds
      -- grow and the fear of the last deployment or crackdown has faded
      when = { "protest > 1", "fear < 60" },
      favours = { deploy_basij = 2.5 },
      reason = "Protests are spreading and fear has faded: send the Basij in.",
      sources = { "A48", "A49" } },
    { id = "irgc.keep_the_ranks",
      -- the ranks' loyalty is what keeps the regime (A49); the price is inflation (pay_bonuses), so the
      -- bonuses are paid as loyalty slips, and with more care while inflation runs above 50%
      when = function(v) return v.security_loyalty < 0.995 or v.inflation <= 50 and v.security_loyalty < 0.999 end,
      favours = { pay_bonuses = 2 },
      reason = "Loyalty is the regime's lifeline: keep the ranks paid.",
      sources = { "A49", "A20", "A22" } },
    { id = "irgc.purge_the_wavering",
      when = { "security_loyalty < 0.86" },
      favours = { purge_officers = 2.2 },
      reason = "Units are wavering: remove the officers who might defect, whatever it costs the elite's unity.",
      sources = { "A48", "A49", "B11" } },
    { id = "irgc.aerospace_threats",
      -- displays keep deterrence seen (B9, B13) but hand Washington's hawks their case against a deal
      -- (aerospace_show, C1): shown when deterrence has fallen well below its usual level or the
      -- crisis is near war, not to every US deployment (below 50, under its usual 55: at 45 the
      -- IRGC's deterrence ran low in the tutorial, where random play came within 0.1 points of the AI)
      when = function(v) return v.escalation >= 6 or v.deterrence < 50 end,
      favours = { aerospace_show = 1.5 },
      reason = "The Aerospace Force shows its missiles and its commander threatens.",
      sources = { "B9", "B13", "C1" } },
  },
}
