-- Rouhani's line: talk, give limits and inspectors early, restrain the
-- proxies and sign as soon as a text is ready.
local league = require("league")

local function wanted(v)
  return { "iran_sign", "accept_talks", "nuclear_concession", "full_inspections", "freeze_enrichment",
           "restrain_proxies" }
end

return { decide = function(view) return league.take(view, wanted(view)) end }
