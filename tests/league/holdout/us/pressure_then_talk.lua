-- Six weeks of maximum economic pressure to build leverage, then talks on
-- the nuclear file and a signature as soon as the text is ready.
local league = require("league")

local function wanted(v)
  if v.turn <= 6 then
    return { "tighten_sanctions", "secondary_tariffs", "enforce_sanctions", "offer_talks" }
  end
  return { "us_sign", "offer_talks", "direct_talks", "nuclear_only", "drop_ultimatum" }
end

return { decide = function(view) return league.take(view, wanted(view)) end }
