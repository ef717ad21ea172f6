-- Talks and intelligence every week, no relief ever, signs whatever text is
-- ready, strikes only weapons work that has been found.
local league = require("league")

local function wanted(v)
  local list = { "us_sign", "us_intel" }
  if v.covert_detected >= 1 then list[#list + 1] = "strike_nuclear" end
  for _, a in ipairs({ "offer_talks", "direct_talks", "us_backchannel" }) do list[#list + 1] = a end
  return list
end

return { decide = function(view) return league.take(view, wanted(view)) end }
