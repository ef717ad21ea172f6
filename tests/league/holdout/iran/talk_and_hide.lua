-- Talk and court buyers while the weapons work goes on in secret; if it is
-- found, open the sites to the inspectors and keep talking.
local league = require("league")

local function wanted(v)
  if v.covert_detected >= 1 then
    return { "iran_sign", "accept_talks", "full_inspections", "gulf_outreach" }
  end
  return { "iran_sign", "accept_talks", "covert_work", "court_china", "gulf_outreach" }
end

return { decide = function(view) return league.take(view, wanted(view)) end }
