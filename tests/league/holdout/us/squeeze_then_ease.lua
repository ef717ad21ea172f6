-- Sanctions, tariffs and tanker-chasing until Tehran sits down at direct
-- talks; then ease the sanctions, narrow the terms and sign.
local league = require("league")

local function wanted(v)
  if v.talks >= 2 then
    return { "us_sign", "direct_talks", "ease_sanctions", "nuclear_only" }
  end
  return { "offer_talks", "tighten_sanctions", "secondary_tariffs", "enforce_sanctions" }
end

return { decide = function(view) return league.take(view, wanted(view)) end }
