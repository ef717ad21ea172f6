-- Europe (E3, Germany): good offices for a negotiated settlement, condemnation
-- of the killing, the snapback of UN sanctions, and sanctions on the regime's
-- enforcers when Washington stops listening (A5, A27, A42, A45, A48; the E3's
-- 2025 snapback; the EU's listings of 2022-2024).
local ai = require("ai")

return ai.actor {
  actor = "europe",
  temperament = { noise = 0.3, threshold = 1, orders = 2 },
  rules = {
    { id = "europe.good_offices",
      when = { "talks >= 1", "talks < 3" },
      favours = { eu_mediate = 3 },   -- 2.5 before: with its part in the talks scored, Europe mediates more surely
      reason = "Europe backs diplomacy over unilateral action: it offers its good offices while the sides talk.",
      -- A5: allies alarmed; A28: unilateral moves said to undermine diplomacy; A55: the unilateral approach
      -- criticised (A47 says only that the world is divided; no paragraph names Europe's mediation)
      sources = { "A5", "A28", "A55" } },
    { id = "europe.condemn",
      when = { "protest_deaths > 100" },
      favours = { eu_condemn = 1.5 },
      reason = "Live fire and a blackout draw European condemnation.",
      sources = { "A17", "A45", "A48" } },
    { id = "europe.snapback",
      when = function(v) return v.covert_detected >= 1 or (v.iaea_access < 1 and v.stockpile_60 > 300 and v.talks < 1) end,
      favours = { eu_snapback = 2 },
      reason = "Without inspectors and with a large stockpile, the E3 restore UN sanctions.",
      -- A48 is Merz on the regime's end, not the snapback: the E3's 2025 snapback is the record
      sources = { "E3 snapback 2025", "IAEA 2025" } },
    { id = "europe.snapback_deadline",
      when = function(v) return v.turn >= v.turns - 1 and v.talks < 1 end,
      favours = { eu_snapback = 3 },
      reason = "No talks and no agreement before the window closes: the E3 restore UN sanctions while they still can, standing with Washington.",
      -- the E3 triggered the snapback in August 2025, weeks before the mechanism was due to lapse, with no
      -- talks under way; A28: sanctions and unilateral moves undermine diplomacy, so while the sides still
      -- talk Europe does not snap back in the last weeks and sour the settlement it wants (it did while
      -- talks < 3: Europe 0.4-2.1 points under a strategy that never snapped back, 1,000 seeds)
      sources = { "E3 snapback 2025", "A28" } },
    -- last, so that its noise is drawn after the older rules' (the same draws for them as before)
    { id = "europe.sanction",
      when = { "alliance_cohesion < 63" },
      favours = { eu_sanctions = 1.5 },
      reason = "Washington listens less to allies who stand aside: Europe lists more of the regime's enforcers to keep its say.",
      -- A5, A42: allies alarmed and alienated by Washington's course; 60 is allies' support in quiet
      -- times (alliance_base), above which "heard" gains nothing: listing from 63 keeps a margin against
      -- the weeks it slips back (at 60, it ended below more often: Europe 0.8-2.2 points lower a scenario)
      sources = { "A5", "A42", "EU sanctions 2022-2024" } },
  },
}
