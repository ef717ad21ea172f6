-- Inspectors and a cap only once relief is on the table; talk meanwhile;
-- a strike answered with a telegraphed, token salvo.
local league = require("league")

local function wanted(v)
  if v.t_struck > 0 or v.last.strike_nuclear ~= nil or v.last.strike_campaign ~= nil then
    return { "token_retaliation", "iran_backchannel" }
  end
  local list = { "iran_sign", "accept_talks" }
  if v.relief >= 1 then
    list[#list + 1] = "full_inspections"
    list[#list + 1] = "nuclear_concession"
  end
  list[#list + 1] = "iran_backchannel"
  list[#list + 1] = "economic_relief"
  return list
end

return { decide = function(view) return league.take(view, wanted(view)) end }
