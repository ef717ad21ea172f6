-- An actor with no noise, so its first orders in jan2026 are known: see
-- tests/unit/test_ai.c for what each rule is there to show.
local ai = require("ai")

local function always() return true end

return ai.actor {
  actor = "us",
  temperament = { noise = 0, threshold = 1, orders = 2, leaning = { deploy_forces = 0.6, strike_nuclear = 50 } },
  rules = {
    { id = "t.never", when = function() return false end, favours = { ultimatum = 9 },
      reason = "never fires", sources = { "A1" } },
    { id = "t.b", when = always, favours = { offer_talks = 2, us_backchannel = 0.5 }, reason = "b", sources = { "A1" } },
    { id = "t.a", when = always, favours = { offer_talks = 2, us_backchannel = 0.4 }, reason = "a", sources = { "A1" } },
    { id = "t.c", when = function(v) return v.turn == 1 end, favours = { offer_talks = 1 }, reason = "c",
      sources = { "A1" } },
    { id = "t.d", when = always, favours = { offer_talks = 0.5 }, reason = "d", sources = { "A1" } },
    { id = "t.e", when = always, favours = { offer_talks = 0.7, deploy_forces = 0.5 }, reason = "e",
      sources = { "A1" } },
    { id = "t.f", when = always, favours = { us_backchannel = 1.5 }, reason = "f", sources = { "A1" } },
    { id = "t.g", when = always, favours = { tighten_sanctions = 1.2, cancel_talks = -3 }, reason = "g",
      sources = { "A1" } },
  },
}
