-- Relief only once inspectors are back; talks otherwise, and every Iranian
-- blow answered once against the militias before going back to the table.
local league = require("league")

local function wanted(v)
  if v.t_us_hit > 0 or v.last.strike_us_bases ~= nil or v.last.harass_shipping ~= nil then
    return { "strike_proxies", "deploy_forces", "us_backchannel" }
  end
  if v.talks_progress >= 80 then return { "us_sign", "direct_talks" } end
  local list = { "offer_talks", "direct_talks" }
  if v.iaea_access >= 2 then list[#list + 1] = "offer_relief" end
  list[#list + 1] = "nuclear_only"
  list[#list + 1] = "us_backchannel"
  return list
end

return { decide = function(view) return league.take(view, wanted(view)) end }
