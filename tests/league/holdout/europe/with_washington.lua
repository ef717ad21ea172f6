-- List the regime's enforcers every week and mediate when talks are open; never protest the tariffs.
local league = require("league")
return league.always { europe = { "eu_sanctions", "eu_mediate" } }
