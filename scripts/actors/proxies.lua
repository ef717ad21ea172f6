-- Hezbollah, the Houthis and Iraqi militias: capability and Tehran's control
-- (B10, B14, C3).
local ai = require("ai")

return ai.actor {
  actor = "proxies",
  temperament = { noise = 0.5, threshold = 1, orders = 1 },
  rules = {
    { id = "proxies.answer_for_iran",
      when = function(v) return (v.t_struck > 0 or v.last.activate_proxies ~= nil) and v.last.strike_campaign == nil end,
      favours = { proxy_attack_us = 2.5, houthi_shipping = 2 },
      reason = "Iran is attacked and calls on its allies: hit US forces and shipping.",
      sources = { "B10", "C3", "A26" } },
    { id = "proxies.heed_restraint",
      when = function(v) return v.last.restrain_proxies ~= nil end,
      favours = { proxy_pause = 3, proxy_attack_us = -3 },
      reason = "The Quds Force calls for restraint and calm.",
      sources = { "B14" } },
    { id = "proxies.pause_after_punishment",
      when = function(v) return v.last.strike_proxies ~= nil or v.last.strike_campaign ~= nil end,
      favours = { proxy_pause = 2.5, proxy_rearm = 1.5, proxy_attack_us = -2 },
      reason = "A heavy US strike makes the militias pause and regroup.",
      sources = { "C3" } },
    { id = "proxies.emboldened",
      when = function(v)
        return v.last.proxy_attack_us ~= nil and v.last.strike_proxies == nil and v.last.strike_campaign == nil
      end,
      favours = { proxy_attack_us = 3, houthi_shipping = 1 },
      reason = "The last attack went unanswered: keep hitting the Americans.",
      sources = { "C3", "B10" } },
    { id = "proxies.rearm",
      when = { "proxy_capability < 40" },
      favours = { proxy_rearm = 2 },
      reason = "After heavy losses, rebuild.",
      sources = { "B10" } },
    { id = "proxies.red_sea",
      when = { "proxy_activity >= 3", "escalation >= 5" },
      favours = { houthi_shipping = 1.5 },
      reason = "The Houthis keep up attacks on shipping while the crisis runs hot.",
      sources = { "C3" } },
  },
}
