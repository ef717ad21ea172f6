-- An ai actor that keeps its memory in one of its own rules: the rule counts
-- the weeks it was asked and holds from the fifth on. Once loaded, the
-- engine lets go of the rules it read, but this script still reaches them,
-- so a batch must still notice what a game changed in them.
local ai = require("ai")

local rules
rules = {
  { id = "memory.patience", favours = { enforce_sanctions = 3 }, reason = "Five weeks of waiting is enough.",
    sources = { "A39" },
    when = function()
      rules[1].asked = (rules[1].asked or 0) + 1
      return rules[1].asked > 4
    end },
}

return ai.actor { actor = "us", temperament = { noise = 0 }, rules = rules }
