-- China: the largest buyer of Iranian oil and the target of the secondary
-- tariffs (A39-A41). Beijing hedges: it buys as much discounted crude as the
-- penalties in force let it, and honours enough of the sanctions to stay clear
-- of Washington's tariff on Iran's partners and its listings of refiners.
local ai = require("ai")

-- What Washington's penalties on Iran's buyers weigh now, in points of tariff
-- (P): the tariff in force and the enforcement that lists refiners (50 at full
-- enforcement, the buyer_penalty parameter). The share of its purchases Beijing
-- wants to forgo is W = 1 - min(1, 2.8 / sqrt(P)): the heavier the penalties,
-- the more, since their cost grows faster than what it buys (tariff_reach: a
-- buyer taking half as much pays an eighth). Without penalties it buys freely;
-- the 2.8 is the model's, tuned so that Beijing neither gives up its crude nor
-- pays for it in full (league figures in the commit). It buys more when its
-- compliance C is above W + 0.07 and cuts back when below W - 0.05; the rules
-- below are those two tests solved for P (W is 0 up to P = 2.8 * 2.8), so that
-- each is one expression the engine checks in C: a rule that calls a helper
-- runs Lua every week and had doubled a batch's time.

return ai.actor {
  actor = "china",
  temperament = { noise = 0.4, threshold = 1, orders = 2 },
  rules = {
    { id = "china.keep_buying",
      when = function(v)
        return v.china_compliance > 0.07 and (v.china_compliance >= 1.07 or
          v.secondary_tariff + 50 * v.enforcement < 2.8 * 2.8 / ((1.07 - v.china_compliance) * (1.07 - v.china_compliance)))
      end,
      favours = { china_buy = 2 },
      reason = "Washington's penalties weigh lightly for now: discounted Iranian crude is too good to give up.",
      -- the articles never name China: Chinese refiners as Iran's buyers are the 2021-2024 record
      sources = { "2021-2024 record", "A41" } },
    { id = "china.bend_to_tariffs",
      when = function(v)
        return v.china_compliance < 0.95 and
          v.secondary_tariff + 50 * v.enforcement > 2.8 * 2.8 / ((0.95 - v.china_compliance) * (0.95 - v.china_compliance))
      end,
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
