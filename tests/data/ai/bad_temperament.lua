local ai = require("ai")

return ai.actor {
  actor = "us",
  temperament = { noyse = 0.2 },
  rules = {},
}
