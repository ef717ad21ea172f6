-- Talk on the nuclear file while squeezing exports (enforcement, tariffs) and watching the programme.
local league = require("league")
return { decide = function(v)
  if v.talks_progress >= 60 then return league.take(v, { "us_sign", "direct_talks", "us_backchannel", "us_intel" }) end
  return league.take(v, { "offer_talks", "direct_talks", "nuclear_only", "enforce_sanctions", "secondary_tariffs", "us_intel", "us_backchannel" })
end }
