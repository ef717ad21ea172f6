-- The Houthis hit shipping every other week; otherwise rearm. Never US bases.
local league = require("league")
return { decide = function(v)
  if v.turn % 2 == 0 then return league.take(v, { "houthi_shipping", "proxy_rearm" }) end
  return league.take(v, { "proxy_rearm" })
end }
