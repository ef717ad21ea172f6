-- A rule's condition names a variable that does not exist.
local ai = require("ai")

return ai.actor {
  actor = "us",
  rules = {
    { id = "b.typo", when = { "talks < 1", "escalatoin >= 5" }, favours = { offer_talks = 2 },
      reason = "typo", sources = { "A1" } },
  },
}
