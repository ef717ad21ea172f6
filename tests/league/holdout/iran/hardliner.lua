-- The IRGC's line: no talks under threat, missiles on show, weapons work in
-- secret when nobody watches, and every strike answered in force.
local league = require("league")

local function wanted(v)
  if v.t_struck > 0 then return { "strike_us_bases", "activate_proxies", "harass_shipping" } end
  local list = { "missile_display", "military_exercise" }
  if v.iaea_access < 2 and v.covert_detected < 1 then list[#list + 1] = "covert_work" end
  if v.ultimatum >= 1 then list[#list + 1] = "reject_talks" end
  if v.protest > 2 then list[#list + 1] = "crackdown" end
  list[#list + 1] = "threaten_retaliation"
  return list
end

return { decide = function(view) return league.take(view, wanted(view)) end }
