local ai = require("ai")

return ai.actor {
  actor = "us",
  temperament = { leaning = { strike_nucleer = 1 } },
  rules = {},
}
