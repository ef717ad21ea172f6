-- Anything for relief: talk and hand out subsidies until relief is offered,
-- then give the cap, the inspectors and a freeze, and sign.
local league = require("league")

local function wanted(v)
  if v.relief >= 1 then
    return { "iran_sign", "accept_talks", "nuclear_concession", "full_inspections", "freeze_enrichment" }
  end
  return { "accept_talks", "iran_backchannel", "economic_relief", "gulf_outreach" }
end

return { decide = function(view) return league.take(view, wanted(view)) end }
