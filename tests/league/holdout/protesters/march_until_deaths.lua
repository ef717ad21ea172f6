-- March every week until more than 1,000 have been killed, then stay home and appeal abroad.
local league = require("league")
return { decide = function(v)
  if v.protest_deaths > 1000 then return league.take(v, { "go_quiet", "appeal_abroad" }) end
  return league.take(v, { "mass_protest", "appeal_abroad" })
end }
