-- Bonuses every week and a missile show every fourth week; the Basij stay in barracks.
local league = require("league")
return { decide = function(v)
  local list = { "pay_bonuses" }
  if v.turn % 4 == 0 then list[#list + 1] = "aerospace_show" end
  return league.take(v, list)
end }
