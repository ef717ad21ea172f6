-- Buy one week, cut back the next, and call for restraint every week.
local league = require("league")
return { decide = function(v)
  if v.turn % 2 == 1 then return league.take(v, { "china_buy", "china_restraint" }) end
  return league.take(v, { "china_comply", "china_restraint" })
end }
