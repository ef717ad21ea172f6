-- Iranian civil society: grievance, mobilisation and fear (A14-A23, A43).
-- It plays for its objectives (scripts/lib/baseline.lua; jan2026, letter2025
-- and the tutorial set their own): the regime shaken, hope kept alive, the
-- world watching and the country brought to a standstill by strikes (with,
-- in jan2026, the lives its crowds lose). A week's capital buys either a
-- march and an appeal abroad, or a strike. So the movement marches and
-- appeals, and strikes in turn while the world is enforcing its sanctions on
-- Tehran's oil, when a standstill at home adds to the squeeze from abroad,
-- but not under live fire or a blackout, when strikers can neither dare nor
-- organise (A42, A43, A46); its last weeks go to the streets and the
-- cameras, since hope and the world's attention fade and what counts is
-- where they stand at the end.
local ai = require("ai")

return ai.actor {
  actor = "protesters",
  temperament = { noise = 0.3, threshold = 1, orders = 2 },
  rules = {
    { id = "protesters.march",
      when = function(v) return true end,
      favours = { mass_protest = 2 },
      reason = "Marches keep hope alive: call the country out again.",
      sources = { "A14", "A19", "A44" } },
    { id = "protesters.economic_anger",
      when = function(v) return v.inflation > 50 or v.rial > 1200 end,
      favours = { mass_protest = 0.5 },
      reason = "The currency's collapse and prices beyond reach bring people out.",
      sources = { "A19", "A20", "A21", "A22" } },
    { id = "protesters.appeal_abroad",
      when = function(v) return true end,
      favours = { appeal_abroad = 2 },
      reason = "Ask the world to keep its eyes on Tehran: the killing is harder under its gaze.",
      sources = { "A16", "A45", "A50", "A51" } },
    { id = "protesters.strike",
      when = function(v) return v.turn <= v.turns - 2 and v.oil_exports > 1.05 and v.enforcement >= 0.6
        and v.fear < 65 and v.internet >= 0.3
        and ((v.hope > 52 and v.condemnation > 38) or v.last.general_strike == nil) end,
      favours = { general_strike = 4 },
      reason = "The world is squeezing Tehran's oil sales: strike at home too, and bring the country to a standstill.",
      sources = { "A19", "A23", "A42", "A46", "A51" } },
  },
}
