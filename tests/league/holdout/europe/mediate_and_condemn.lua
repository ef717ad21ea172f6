-- Mediate every week there are talks, and condemn whenever protesters have been killed.
local league = require("league")
return league.always { europe = { "eu_mediate", "eu_condemn" } }
