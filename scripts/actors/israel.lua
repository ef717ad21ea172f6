-- Israel: strike readiness and intelligence (B3, C8), a target of
-- retaliation (A26). It is scored on breakout kept far off, no secret work,
-- Iran's allies weak and Israel spared Iran's missiles (scripts/lib/baseline.lua).
local ai = require("ai")

return ai.actor {
  actor = "israel",
  temperament = { noise = 0.5, threshold = 1, orders = 2 },
  rules = {
    { id = "israel.strike_on_detection",
      when = function(v)
        return (v.covert_detected >= 1 and v.covert_progress > 20 or v.breakout_weeks < 12) and v.strike_damage < 50
      end,
      favours = { israel_strike = 4, israel_prepare = 2 },
      reason = "Weapons work is exposed or breakout is near: strike before it is too late.",
      sources = { "C8" } },
    { id = "israel.stockpile_red_line",
      when = function(v)
        return v.stockpile_60 > 380 and v.enrichment >= 1 and v.iaea_access < 2 and v.talks_progress < 60
          and v.strike_damage < 40
      end,
      favours = { israel_strike = 4, israel_prepare = 2 },
      reason = "A growing 60% stockpile out of inspectors' sight crosses Israel's red line.",
      -- B3: Israel presses for strikes on the nuclear sites; C8: hidden work draws military action;
      -- IAEA 2025: the stockpile and the inspectors' access
      sources = { "B3", "C8", "IAEA 2025" } },
    { id = "israel.prepare_under_tension",
      when = function(v) return (v.escalation >= 5 or v.stockpile_60 > 350) and v.israel_readiness < 75 end,
      favours = { israel_prepare = 1.5 },
      reason = "Israel presses for air strikes on the nuclear sites and readies them.",
      sources = { "B3" } },
    { id = "israel.sabotage_off_guard",
      -- An operation bites only where the sites are not on guard, and each one puts them on guard
      -- (site_vigilance, dynamics.c): strike again once the alarm has passed, not every week, when
      -- weekly operations would find little to hit and would likely be traced to Israel; the week after
      -- one the sites are on guard whatever the gauge reads (one operation's alert leaves it just under 30)
      when = function(v) return v.site_vigilance < 30 and v.last.israel_sabotage == nil end,
      favours = { israel_sabotage = 2 },
      reason = "Iran's sites are off guard again: an operation now sets the programme back, and is unlikely to be traced.",
      sources = { "C8", "Natanz 2020-2021 record" } },
    { id = "israel.watch_the_programme",
      -- the same operation is how Mossad looks (C8): when the picture of the weapons work has grown
      -- stale, look again even while the sites are on guard, or a breakout comes unseen
      when = function(v) return v.uncertainty.covert_progress > 8 and v.talks < 2 end,
      favours = { israel_sabotage = 1.5 },
      reason = "Mossad watches and sabotages; covert work would likely be found.",
      sources = { "C8" } },
    { id = "israel.hit_hezbollah",
      when = { "proxy_activity >= 4" },
      favours = { israel_strike_hezbollah = 2 },
      reason = "Proxy attacks are answered by hitting Hezbollah.",
      -- B2: Israel's attacks on Iran's proxy forces through 2024; B10: Hezbollah's setbacks
      sources = { "B2", "B10" } },
    { id = "israel.hold_for_talks",
      when = function(v) return v.talks >= 2 and v.covert_detected < 1 and (v.iaea_access >= 2 or v.enrichment < 1) end,
      favours = { israel_hold = 2, israel_strike = -2 },
      reason = "Washington is negotiating and inspectors are back: hold fire for now.",
      -- C1: Washington seeks a deal without strikes; C8: inspectors make hidden work likelier to be found
      sources = { "C1", "C8" } },
    { id = "israel.answer_missiles",
      when = function(v) return v.last.strike_israel ~= nil end,
      favours = { israel_strike = 3, israel_prepare = 2 },
      reason = "Iranian missiles on Israeli territory are answered, as in June 2025.",
      -- A26 is only Tehran's threat to fire on Israel; Israel's answer is the June 2025 record
      sources = { "June 2025 record", "A26" } },
  },
}
