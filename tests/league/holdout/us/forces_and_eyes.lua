-- Forces in theatre and intelligence every week; the envoy's channel only;
-- a broad strike campaign the moment weapons work is found, and nothing else.
local league = require("league")

local function wanted(v)
  local list = { "us_intel" }
  if v.covert_detected >= 1 then
    list[#list + 1] = "strike_campaign"
    list[#list + 1] = "strike_nuclear"
  end
  if v.posture < 3 then list[#list + 1] = "deploy_forces" end
  list[#list + 1] = "us_backchannel"
  return list
end

return { decide = function(view) return league.take(view, wanted(view)) end }
