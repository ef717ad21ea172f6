-- Hit US bases only after Iran or the militias were struck; shipping while no talks are under way; rearm always.
local league = require("league")
return { decide = function(v)
  local list = { "proxy_rearm" }
  if v.t_struck > 0 or v.last.strike_proxies or v.last.israel_strike_hezbollah or v.last.israel_strike then
    list[#list + 1] = "proxy_attack_us"
  elseif v.talks == 0 then
    list[#list + 1] = "houthi_shipping"
  end
  return league.take(v, list)
end }
