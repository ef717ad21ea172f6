-- China: the largest buyer of Iranian oil and the target of the secondary
-- tariffs (A39-A41). Beijing hedges: it buys enough discounted crude to keep
-- Iran's oil flowing, and honours enough of the sanctions to stay clear of
-- Washington's tariff on Iran's trading partners.
local ai = require("ai")

return ai.actor {
  actor = "china",
  temperament = { noise = 0.4, threshold = 1, orders = 2 },
  rules = {
    { id = "china.keep_buying",
      when = function(v) return v.china_compliance >= 0.55 or (v.china_compliance >= 0.48 and v.secondary_tariff < 25) end,
      favours = { china_buy = 2 },
      reason = "Buyers honour the sanctions enough for now: discounted Iranian crude is too good to give up.",
      -- the articles never name China: Chinese refiners as Iran's buyers are the 2021-2024 record
      sources = { "2021-2024 record", "A41" } },
    { id = "china.bend_to_tariffs",
      when = function(v) return v.china_compliance < 0.43 or (v.china_compliance < 0.5 and v.secondary_tariff >= 25) end,
      favours = { china_comply = 2 },
      reason = "Buying this openly invites Washington's tariff on Iran's trading partners, the more so once it stands: cut purchases for a while.",
      sources = { "A39", "A41" } },
    { id = "china.restraint",
      when = { "escalation >= 6" },
      favours = { china_restraint = 2 },
      reason = "Beijing calls for restraint when war threatens its oil.",
      sources = { "A26", "China 2025 record" } },
  },
}
