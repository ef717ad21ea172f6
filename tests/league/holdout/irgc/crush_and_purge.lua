-- The Basij against any crowd, a purge when loyalty slips below 0.88, and a missile show when Iran is struck.
local league = require("league")
return { decide = function(v)
  local list = { "deploy_basij" }
  if v.security_loyalty < 0.88 then list[#list + 1] = "purge_officers" end
  if v.t_struck > 0 or v.last.israel_strike or v.last.strike_nuclear then list[#list + 1] = "aerospace_show" end
  return league.take(v, list)
end }
