-- Mirrors Tehran: talks answer talks, pressure answers stalling, a strike on
-- US forces is answered in kind once, then talks again.
local league = require("league")

local function wanted(v)
  if v.t_us_hit > 0 then return { "strike_proxies", "us_backchannel" } end
  if v.talks_progress >= 75 then return { "us_sign", "direct_talks" } end
  if v.last.accept_talks ~= nil or v.last.iran_backchannel ~= nil then
    return { "direct_talks", "nuclear_only", "us_backchannel" }
  end
  return { "offer_talks", "enforce_sanctions", "us_backchannel" }
end

return { decide = function(view) return league.take(view, wanted(view)) end }
