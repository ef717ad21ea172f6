-- A strategy of its own that asks an ai actor and passes its orders on:
-- decide's orders come back to it as a table. Its rules are listed so that
-- the orders' reasons are known.
local ai = require("ai")

local inner = ai.actor {
  actor = "us",
  temperament = { noise = 0 },
  rules = {
    { id = "w.talk", when = function() return true end, favours = { offer_talks = 2 }, reason = "talk",
      sources = { "A1" } },
  },
}

return {
  actor = "us",
  rules = inner.rules,
  decide = function(view)
    local orders = inner.decide(view)
    assert(type(orders) == "table" and orders[1].action == "offer_talks" and orders[1].rules[1] == "w.talk")
    return orders
  end,
}
