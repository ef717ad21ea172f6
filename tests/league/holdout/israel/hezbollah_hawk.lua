-- Strike Hezbollah whenever allowed, sabotage every other week, never the nuclear sites themselves.
local league = require("league")
return { decide = function(v)
  local list = { "israel_strike_hezbollah" }
  if v.turn % 2 == 1 then list[#list + 1] = "israel_sabotage" end
  return league.take(v, list)
end }
