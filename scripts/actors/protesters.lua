-- Iranian civil society: grievance, mobilisation and fear (A14-A23, A43).
local ai = require("ai")

return ai.actor {
  actor = "protesters",
  temperament = { noise = 0.6, threshold = 1, orders = 2 },
  rules = {
    { id = "protesters.economic_anger",
      when = function(v) return v.inflation > 50 or v.rial > 1200 end,
      favours = { mass_protest = 2 },
      reason = "The currency's collapse and prices beyond reach bring people out.",
      sources = { "A19", "A20", "A21", "A22" } },
    { id = "protesters.against_the_system",
      when = function(v) return v.protest_deaths > 300 and v.fear < 50 end,
      favours = { mass_protest = 2, general_strike = 1.5 },
      reason = "The killings have turned an economic protest into one against the system.",
      sources = { "A19", "A23" } },
    { id = "protesters.fear_and_silence",
      when = function(v) return v.fear > 50 or v.internet < 0.3 end,
      favours = { go_quiet = 3, mass_protest = -1.5 },
      reason = "Live fire and a blackout drive people home, for now.",
      sources = { "A43", "A46" } },
    { id = "protesters.appeal_abroad",
      when = function(v) return v.last.encourage_protesters ~= nil or v.hope > 40 end,
      favours = { appeal_abroad = 1.5 },
      reason = "Promises of help from abroad raise hopes of outside support.",
      sources = { "A4", "A50", "A51" } },
  },
}
