-- Keep buying while Washington's penalties have cost little (under 5% of trade); comply once they bite.
local league = require("league")
return { decide = function(v)
  if v.penalty_cost < 5 then return league.take(v, { "china_buy" }) end
  return league.take(v, { "china_comply" })
end }
