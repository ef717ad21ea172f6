local ai = require("ai")

return ai.actor {
  actor = "us",
  temperament = { orders = 9 },
  rules = {},
}
