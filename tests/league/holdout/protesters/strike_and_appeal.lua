-- Close the bazaar and the oil fields and appeal to the world every week; no marches.
local league = require("league")
return league.always { protesters = { "general_strike", "appeal_abroad" } }
