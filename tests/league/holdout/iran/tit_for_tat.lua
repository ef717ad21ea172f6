-- Mirrors Washington: talks answer talks, a strike is answered once, and
-- terms beyond the nuclear file are refused.
local league = require("league")

local function wanted(v)
  if v.t_struck > 0 then return { "strike_us_bases", "iran_backchannel" } end
  if v.talks_progress >= 75 then return { "iran_sign", "accept_talks" } end
  local list = {}
  if v.demands >= 1 then list[#list + 1] = "refuse_missile_terms" end
  if v.t_engage_us > 0 or v.talks >= 1 then list[#list + 1] = "accept_talks" end
  list[#list + 1] = "iran_backchannel"
  list[#list + 1] = "missile_display"
  return list
end

return { decide = function(view) return league.take(view, wanted(view)) end }
