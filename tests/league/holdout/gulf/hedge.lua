-- Host more US forces in the first two weeks to show where it stands, then mediate; pump when oil passes $90.
local league = require("league")
return { decide = function(v)
  if v.turn <= 2 then return league.take(v, { "gulf_host_us", "gulf_mediate" }) end
  local list = { "gulf_mediate", "gulf_shuttle" }
  if v.oil_price > 90 then list[#list + 1] = "gulf_pump" end
  return league.take(v, list)
end }
