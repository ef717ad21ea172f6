-- Crack down on large protests, talk and sign; exercises and subsidies with what is left.
local league = require("league")
return { decide = function(v)
  local w = { "iran_sign", "accept_talks", "iran_backchannel" }
  if v.protest >= 2 then table.insert(w, 1, "crackdown") end
  table.insert(w, "military_exercise"); table.insert(w, "economic_relief")
  return league.take(v, w)
end }
