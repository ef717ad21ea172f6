-- Talk and sign, and pursue weaponisation in secret all the while.
local league = require("league")
return { decide = function(v)
  return league.take(v, { "iran_sign", "accept_talks", "covert_work", "iran_backchannel", "nuclear_concession" })
end }
