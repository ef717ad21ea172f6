-- Stand by the protesters (internet, condemnation) and talk on the nuclear
-- file all the same; sign whatever text is ready.
local league = require("league")

local function wanted(v)
  return { "us_sign", "support_internet", "condemn_killings", "offer_talks", "direct_talks",
           "nuclear_only", "us_backchannel" }
end

return { decide = function(view) return league.take(view, wanted(view)) end }
