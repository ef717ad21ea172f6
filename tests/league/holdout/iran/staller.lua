-- Keeps talking and never gives anything: no limits, no inspectors; signs
-- only a text with relief in it.
local league = require("league")

local function wanted(v)
  local list = {}
  if v.talks_progress >= 75 and v.relief >= 1 then list[#list + 1] = "iran_sign" end
  for _, a in ipairs({ "accept_talks", "iran_backchannel", "refuse_missile_terms", "court_china", "gulf_outreach" }) do
    list[#list + 1] = a
  end
  return list
end

return { decide = function(view) return league.take(view, wanted(view)) end }
