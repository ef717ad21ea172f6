-- Buy Iranian crude only while there is no US tariff on its buyers; cut purchases once there is.
-- Calls for restraint whenever the ladder passes rung 5.
local league = require("league")
return { decide = function(v)
  local list = {}
  if v.secondary_tariff > 0 then list[#list + 1] = "china_comply" else list[#list + 1] = "china_buy" end
  if v.escalation > 5 then list[#list + 1] = "china_restraint" end
  return league.take(v, list)
end }
