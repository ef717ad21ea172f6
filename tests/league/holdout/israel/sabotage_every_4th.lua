-- Sabotage the programme every fourth week and otherwise hold fire as Washington asks: no strikes.
local league = require("league")
return { decide = function(v)
  if v.turn % 4 == 0 then return league.take(v, { "israel_sabotage" }) end
  return league.take(v, { "israel_hold" })
end }
