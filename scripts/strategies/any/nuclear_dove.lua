-- Talks about the nuclear file only, offers what a nuclear deal needs, and signs.
local league = require("league")

return league.always(league.with(league.peacemakers, {
  us = { "us_sign", "nuclear_only", "offer_talks", "direct_talks", "drop_ultimatum", "offer_relief", "oil_deal",
         "us_backchannel" },
  iran = { "iran_sign", "accept_talks", "nuclear_concession", "refuse_missile_terms", "full_inspections",
           "iran_backchannel" },
}))
