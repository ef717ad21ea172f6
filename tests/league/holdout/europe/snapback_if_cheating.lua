-- Snap the UN sanctions back if covert work is exposed or enrichment expands; otherwise mediate,
-- condemn killings and protest the US tariffs when they fall on European trade.
local league = require("league")
return { decide = function(v)
  local list = {}
  if v.covert_detected >= 1 or v.enrichment >= 2 then list[#list + 1] = "eu_snapback" end
  for _, a in ipairs({ "eu_mediate", "eu_condemn", "eu_protest_tariffs" }) do list[#list + 1] = a end
  return league.take(v, list)
end }
