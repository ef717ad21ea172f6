-- Crush the street and stonewall abroad: live fire, blackout, foreign plots,
-- talks denounced, missiles paraded.
local league = require("league")

local function wanted(v)
  return { "crackdown", "blackout", "foreign_plot", "reject_talks", "missile_display" }
end

return { decide = function(view) return league.take(view, wanted(view)) end }
