-- Keep the packages ready and sabotage every third week; strike the sites only if secret weapons
-- work is exposed or breakout looks under 20 weeks away.
local league = require("league")
return { decide = function(v)
  if (v.covert_detected >= 1 or v.breakout_weeks < 20) and v.can.israel_strike then
    return league.take(v, { "israel_strike", "israel_sabotage" })
  end
  local list = {}
  if v.turn % 3 == 0 then list[#list + 1] = "israel_sabotage" end
  if v.israel_readiness < 70 then list[#list + 1] = "israel_prepare" end
  return league.take(v, list)
end }
