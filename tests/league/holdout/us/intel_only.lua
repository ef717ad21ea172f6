-- Watch and speak: intelligence, the envoy's channel and condemning the killing, nothing else.
local league = require("league")
return { decide = function(v) return league.take(v, { "us_intel", "us_backchannel", "condemn_killings" }) end }
