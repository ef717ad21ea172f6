-- Saudi Arabia and the UAE, with Oman and Qatar as mediators (C6).
local ai = require("ai")

return ai.actor {
  actor = "gulf",
  temperament = { noise = 0.4, threshold = 1, orders = 2 },
  rules = {
    { id = "gulf.mediate",
      when = function(v) return v.talks >= 1 or v.escalation >= 5 end,
      favours = { gulf_mediate = 2 },
      reason = "Oman and Qatar offer their good offices.",
      -- C6 is the Gulf's ties with Tehran; Oman's mediation is the 2025 talks' record
      sources = { "C6", "Oman talks 2025" } },
    { id = "gulf.stay_out",
      when = { "escalation >= 6", "gulf_ties >= 50" },
      favours = { gulf_deny_airspace = 2 },
      reason = "With ties to Tehran mended, the Gulf states keep out of any strike.",
      sources = { "C6" } },
    { id = "gulf.calm_prices",
      when = { "oil_price > 90" },
      favours = { gulf_pump = 2.5 },
      reason = "Spare capacity calms an oil spike.",
      -- C7 is about Iranian crude; the Gulf's spare capacity is EIA's
      sources = { "EIA 2024" } },
    { id = "gulf.shelter",
      when = { "escalation >= 5", "gulf_ties < 40" },
      favours = { gulf_host_us = 1.2 },
      reason = "Feeling exposed, host more US forces.",
      -- A26: Tehran threatens the US bases in the region (B3 is Washington's threat, not the Gulf's fear)
      sources = { "A26", "C6" } },
  },
}
