-- Pay bonuses only when loyalty is below 0.9; send the Basij only when 3% or more are in the streets.
local league = require("league")
return { decide = function(v)
  local list = {}
  if v.security_loyalty < 0.9 then list[#list + 1] = "pay_bonuses" end
  if v.protest >= 3 then list[#list + 1] = "deploy_basij" end
  return league.take(v, list)
end }
