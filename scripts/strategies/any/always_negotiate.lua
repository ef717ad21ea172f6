-- Talks every turn, through every channel it has, and signs whatever is ready.
local league = require("league")

return league.always(league.with(league.peacemakers, {
  us = { "us_sign", "direct_talks", "offer_talks", "us_backchannel" },
  iran = { "iran_sign", "accept_talks", "iran_backchannel" },
}))
