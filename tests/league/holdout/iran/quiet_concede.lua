-- Give the nuclear file away quietly: talks, a cap, full inspections, frozen enrichment; sign.
local league = require("league")
return { decide = function(v)
  return league.take(v, { "iran_sign", "accept_talks", "nuclear_concession", "full_inspections", "freeze_enrichment", "iran_backchannel", "economic_relief" })
end }
