-- attack: change the ai module behind its read-only proxy, for the actors built with it
-- cheat
-- expect: this table is read-only
local ai = require("ai")
return {
  decide = function(view)
    local _, real = pairs(ai)
    local ok, e = pcall(function() real.actor = function() error("hijacked") end end)
    error("ai: " .. tostring(e))
  end,
}
