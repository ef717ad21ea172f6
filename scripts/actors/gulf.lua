-- Saudi Arabia and the UAE, with Oman and Qatar as mediators (C6). They are
-- scored on no regional war, their mended ties with Tehran and a deal struck
-- in the talks (scripts/lib/baseline.lua): so they host the talks, keep their
-- airspace out of any strike on Iran once one looms (the ladder high, or
-- Israel's strike packages ready), and take in more US forces only when Iran
-- shuts the Strait on them, at a cost to those ties.
-- Carrying messages between the delegations (gulf_shuttle) it leaves to a team that plays the Gulf:
-- played by the AI on every side too, it carried hammer2025's agreements past 70%.
local ai = require("ai")

return ai.actor {
  actor = "gulf",
  temperament = { noise = 0.4, threshold = 1, orders = 2 },
  rules = {
    { id = "gulf.mediate",
      when = function(v) return v.mediation < 1 and v.talks_progress < 80 end,
      favours = { gulf_mediate = 2.5 },
      reason = "Oman and Qatar offer their good offices.",
      -- C6 is the Gulf's ties with Tehran; Oman's mediation is the 2025 talks' record
      sources = { "C6", "Oman talks 2025" } },
    { id = "gulf.stay_out",
      when = function(v) return v.hormuz_flow >= 15 and (v.escalation >= 5 or v.israel_readiness >= 50) end,
      favours = { gulf_deny_airspace = 2 },
      reason = "A strike looms: having mended ties with Tehran, the Gulf states keep their airspace out of it.",
      -- C6 is the mended ties; the refusal itself is the Gulf states' 2024 record, made before any strike:
      -- from rung 5 or readiness 50 (6 and 60 before left the Gulf 2-4 points under a strategy that did so)
      sources = { "C6", "Gulf airspace 2024" } },
    { id = "gulf.calm_prices",
      when = { "oil_price > 90" },
      favours = { gulf_pump = 2.5 },
      reason = "Spare capacity calms an oil spike.",
      -- C7 is about Iranian crude; the Gulf's spare capacity is EIA's
      sources = { "EIA 2024" } },
    { id = "gulf.shelter",
      when = { "hormuz_flow < 15" },
      favours = { gulf_host_us = 2.5, gulf_deny_airspace = -2 },
      reason = "With the Strait being closed on them, host more US forces.",
      -- A26: Tehran names the shipping lanes and US bases among its targets
      sources = { "A26" } },
  },
}
