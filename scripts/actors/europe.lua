-- Europe (E3, Germany): condemnation and the snapback (A45, A47, A48).
local ai = require("ai")

return ai.actor {
  actor = "europe",
  temperament = { noise = 0.4, threshold = 1, orders = 2 },
  rules = {
    { id = "europe.condemn",
      when = { "protest_deaths > 100" },
      favours = { eu_condemn = 2.5 },
      reason = "Live fire and a blackout draw European condemnation.",
      sources = { "A17", "A45", "A48" } },
    { id = "europe.images_out",
      when = { "protest_deaths > 500", "internet > 0.3" },
      favours = { eu_condemn = 1.5, eu_snapback = 0.5 },
      reason = "Footage of the dead reaches the world and hardens European opinion.",
      sources = { "A15", "A16", "A48" } },
    { id = "europe.snapback",
      when = function(v) return v.covert_detected >= 1 or (v.iaea_access < 1 and v.stockpile_60 > 300) end,
      favours = { eu_snapback = 2 },
      reason = "Without inspectors and with a large stockpile, the E3 restore UN sanctions.",
      -- A48 is Merz on the regime's end, not the snapback: the E3's 2025 snapback is the record
      sources = { "E3 snapback 2025", "IAEA 2025" } },
    { id = "europe.tariff_anger",
      when = function(v) return v.secondary_tariff > 0 and (v.turn <= 1 or v.last.secondary_tariffs ~= nil) end,
      favours = { eu_protest_tariffs = 1.5 },
      reason = "New tariffs on Iran's trading partners hit allies too: say so, once.",
      sources = { "A42" } },
    { id = "europe.good_offices",
      when = { "talks >= 1" },
      favours = { eu_mediate = 1.5 },
      reason = "Europe backs diplomacy over unilateral action.",
      -- A5: allies alarmed; A55: the unilateral approach criticised (A47 says only that the world is divided)
      sources = { "A5", "A27", "A55" } },
  },
}
