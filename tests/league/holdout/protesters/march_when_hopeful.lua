-- March while hope outweighs fear, otherwise appeal abroad; a strike every third week.
local league = require("league")
return { decide = function(v)
  local list = {}
  if v.hope >= v.fear then list[#list + 1] = "mass_protest" end
  if v.turn % 3 == 0 then list[#list + 1] = "general_strike" end
  list[#list + 1] = "appeal_abroad"
  return league.take(v, list)
end }
