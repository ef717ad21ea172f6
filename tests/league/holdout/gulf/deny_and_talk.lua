-- Deny airspace whenever Israel looks ready to strike or the ladder passes rung 5; otherwise mediate.
local league = require("league")
return { decide = function(v)
  local list = {}
  if v.israel_readiness >= 50 or v.escalation >= 5 then list[#list + 1] = "gulf_deny_airspace" end
  for _, a in ipairs({ "gulf_shuttle", "gulf_mediate" }) do list[#list + 1] = a end
  return league.take(v, list)
end }
