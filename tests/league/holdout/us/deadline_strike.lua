-- A deadline from the first week with talks on offer; if Tehran has not come
-- to direct talks within a month, forces in and a strike on the nuclear sites.
local league = require("league")

local function wanted(v)
  if v.talks_progress >= 80 then return { "us_sign", "direct_talks" } end
  if v.talks >= 2 then return { "direct_talks", "nuclear_only", "us_intel" } end
  if v.turn <= 4 then return { "ultimatum", "offer_talks", "deploy_forces", "us_intel" } end
  return { "strike_nuclear", "deploy_forces", "offer_talks", "us_intel" }
end

return { decide = function(view) return league.take(view, wanted(view)) end }
