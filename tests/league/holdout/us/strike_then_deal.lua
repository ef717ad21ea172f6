-- Strike the nuclear sites in the first week, then talk on the nuclear file with relief offered.
local league = require("league")
return { decide = function(v)
  if v.turn <= 1 then return league.take(v, { "strike_nuclear", "us_intel" }) end
  if v.talks_progress >= 70 then return league.take(v, { "us_sign", "direct_talks" }) end
  return league.take(v, { "offer_talks", "direct_talks", "nuclear_only", "offer_relief", "us_intel" })
end }
