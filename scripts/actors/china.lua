-- China: the largest buyer of Iranian oil and the target of the secondary
-- tariffs (A39-A41).
local ai = require("ai")

return ai.actor {
  actor = "china",
  temperament = { noise = 0.5, threshold = 1, orders = 2 },
  rules = {
    { id = "china.keep_buying",
      when = function(v) return v.secondary_tariff < 25 or v.oil_price > 80 end,
      favours = { china_buy = 2 },
      reason = "Discounted Iranian crude is too good to give up.",
      sources = { "A39", "A41" } },
    { id = "china.bend_to_tariffs",
      when = { "secondary_tariff >= 25" },
      favours = { china_comply = 1.8, china_buy = 1 },
      reason = "A 25% tariff on trade with the US makes refiners cut Iranian purchases.",
      sources = { "A39", "A41" } },
    { id = "china.restraint",
      when = { "escalation >= 6" },
      favours = { china_restraint = 2 },
      reason = "Beijing calls for restraint when war threatens its oil.",
      -- A47 says only that the world is divided; A26 is the threat to the shipping lanes, and Beijing's
      -- calls for restraint after the June 2025 strikes are the record (issue 16's citation review)
      sources = { "A26", "China 2025 record" } },
  },
}
