-- Host the talks and carry the messages every week; pump oil when the risk premium passes $10.
local league = require("league")
return { decide = function(v)
  local list = { "gulf_mediate", "gulf_shuttle" }
  if v.oil_premium > 10 then list[#list + 1] = "gulf_pump" end
  return league.take(v, list)
end }
