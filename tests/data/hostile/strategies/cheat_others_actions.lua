-- attack: order another actor's actions, more orders than allowed, and a forged sink
-- cheat
-- expect: decide: order 1 names unknown action 'nil'
local ai = require("ai")
local inner = ai.actor { actor = "us", rules = {} }
return {
  decide = function(view)
    inner.decide(view, setmetatable({}, { __name = "redline.sink" }))
    if view.turn == 1 then
      local t = {}
      for i = 1, 50 do t[i] = { action = "nuclear_concession" } end
      return t
    end
    return { { rules = { "us.anything" } } }
  end,
}
