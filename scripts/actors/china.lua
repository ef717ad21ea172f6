-- China: the largest buyer of Iranian oil and the target of the secondary
-- tariffs (A39-A41). Beijing hedges: it buys as much discounted crude as the
-- penalties in force let it, and honours enough of the sanctions to stay clear
-- of Washington's tariff on Iran's partners and its listings of refiners.
local ai = require("ai")

-- What Washington's penalties on Iran's buyers weigh now, in points of tariff:
-- the tariff in force and the enforcement that lists refiners (50 at full
-- enforcement, the buyer_penalty parameter).
local function penalty(v)
  return v.secondary_tariff + 50 * math.max(0, math.min(1, v.enforcement))
end

-- The share of its purchases Beijing forgoes: the heavier the penalties, the
-- more, since their cost grows faster than what it buys (tariff_reach: a buyer
-- taking half as much pays an eighth). Without penalties it buys freely; the
-- 2.8 is the model's, tuned so that Beijing neither gives up its crude nor
-- pays for it in full (league figures in the commit).
local function wanted(v)
  return 1 - math.min(1, 2.8 / math.sqrt(math.max(penalty(v), 1)))
end

return ai.actor {
  actor = "china",
  temperament = { noise = 0.4, threshold = 1, orders = 2 },
  rules = {
    { id = "china.keep_buying",
      when = function(v) return v.china_compliance > wanted(v) + 0.07 end,
      favours = { china_buy = 2 },
      reason = "Washington's penalties weigh lightly for now: discounted Iranian crude is too good to give up.",
      -- the articles never name China: Chinese refiners as Iran's buyers are the 2021-2024 record
      sources = { "2021-2024 record", "A41" } },
    { id = "china.bend_to_tariffs",
      when = function(v) return v.china_compliance < wanted(v) - 0.05 end,
      favours = { china_comply = 2 },
      reason = "Buying this openly invites Washington's tariff on Iran's partners and the listing of Chinese refiners: cut purchases for a while.",
      sources = { "A39", "A41", "Refiners 2025 record" } },
    { id = "china.restraint",
      when = { "escalation >= 6" },
      favours = { china_restraint = 2 },
      reason = "Beijing calls for restraint when war threatens its oil.",
      sources = { "A26", "China 2025 record" } },
  },
}
