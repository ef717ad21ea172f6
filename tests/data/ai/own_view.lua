-- A strategy that hands an ai actor's decide a view of its own making: the
-- rule must read that table, not the game (talks never reach 3 in week 1),
-- though its when is one the engine could check in C.
local ai = require("ai")

local inner = ai.actor {
  actor = "us",
  temperament = { noise = 0 },
  rules = {
    { id = "o.talks", when = function(v) return v.talks >= 3 end, favours = { offer_talks = 2 }, reason = "talk",
      sources = { "A1" } },
  },
}

return {
  actor = "us",
  rules = inner.rules,
  decide = function(view)
    return inner.decide({ talks = 3, capital = view.capital })
  end,
}
