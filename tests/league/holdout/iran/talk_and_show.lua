-- Talk, refuse anything beyond the nuclear file, and keep the air defences on show.
local league = require("league")
return { decide = function(v)
  if v.demands >= 1 then return league.take(v, { "refuse_missile_terms", "accept_talks", "military_exercise", "iran_backchannel" }) end
  return league.take(v, { "iran_sign", "accept_talks", "military_exercise", "iran_backchannel", "nuclear_concession", "economic_relief" })
end }
