-- Two months of generous talks; if they have not got far by then, a
-- deadline, sanctions and force.
local league = require("league")

local function wanted(v)
  if v.talks_progress >= 75 then return { "us_sign", "direct_talks" } end
  if v.turn <= 8 or v.talks_progress >= 40 then
    return { "offer_talks", "direct_talks", "nuclear_only", "offer_relief" }
  end
  if v.ultimatum < 1 then return { "ultimatum", "tighten_sanctions", "deploy_forces" } end
  return { "enforce_sanctions", "secondary_tariffs", "strike_nuclear", "direct_talks" }
end

return { decide = function(view) return league.take(view, wanted(view)) end }
