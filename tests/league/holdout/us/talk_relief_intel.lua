-- Talks on the nuclear file from the first week, relief and crude on the table, intelligence on
-- the programme every week; sign once the text is most of the way there.
local league = require("league")
return { decide = function(v)
  if v.talks_progress >= 70 then return league.take(v, { "us_sign", "direct_talks", "us_intel", "us_backchannel" }) end
  return league.take(v, { "offer_talks", "direct_talks", "nuclear_only", "offer_relief", "us_intel", "us_backchannel", "oil_deal" })
end }
