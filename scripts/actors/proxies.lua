-- Hezbollah, the Houthis and Iraqi militias: capability and Tehran's control
-- (B10, B14, C3). They play for their objectives (scripts/lib/baseline.lua):
-- their strength, the axis's story and their own hand. After the setbacks of
-- 2024 (B2, B10) they rebuild; every attack on the Americans shows the axis
-- alive and Tehran's leash loose, but draws a US or Israeli strike that
-- costs them men and arms (B3, C3). So they answer when Iran is hit, keep
-- going while their blows go unanswered, pause when Tehran calls for calm or
-- the Americans hit back, and otherwise rearm.
local ai = require("ai")

return ai.actor {
  actor = "proxies",
  temperament = { noise = 0.5, threshold = 1, orders = 2 },
  rules = {
    { id = "proxies.rearm",
      -- rebuild to full strength, not to four-fifths of it: stopping at 80 left them 7-12 points under
      -- a group that simply rearmed every week (1,000 seeds)
      when = { "proxy_capability < 95" },
      favours = { proxy_rearm = 2 },
      reason = "After heavy losses, rebuild to full strength.",
      sources = { "B2", "B10" } },
    { id = "proxies.answer_for_iran",
      when = function(v)
        return (v.t_struck > 0 or v.last.activate_proxies ~= nil) and v.last.strike_campaign == nil
          and v.proxy_capability >= 30
      end,
      favours = { proxy_attack_us = 2.5, houthi_shipping = 2 },
      reason = "Iran is attacked and calls on its allies: hit US forces and shipping.",
      sources = { "B10", "C3", "A26" } },
    { id = "proxies.heed_restraint",
      when = function(v) return v.last.restrain_proxies ~= nil end,
      favours = { proxy_pause = 3, proxy_attack_us = -3, houthi_shipping = -3 },
      reason = "The Quds Force calls for restraint and calm.",
      sources = { "B14" } },
    { id = "proxies.pause_after_punishment",
      when = { "proxy_deterred >= 8" },
      favours = { proxy_pause = 2.5, proxy_attack_us = -3, houthi_shipping = -3 },
      reason = "A heavy US strike makes the militias pause and regroup.",
      sources = { "2024 record", "B3" } },
    { id = "proxies.emboldened",
      when = function(v) return v.last.proxy_attack_us ~= nil and v.proxy_deterred < 8 end,
      favours = { proxy_attack_us = 3, houthi_shipping = 1 },
      reason = "The last attack went unanswered: keep hitting the Americans.",
      sources = { "2024 record", "C3" } },
  },
}
