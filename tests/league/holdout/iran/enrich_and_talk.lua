-- Talk every week and give nothing: enrichment expanded, missile terms
-- refused; sign only a text that carries relief.
local league = require("league")

local function wanted(v)
  local list = {}
  if v.relief >= 1 then list[#list + 1] = "iran_sign" end
  for _, a in ipairs({ "accept_talks", "iran_backchannel", "expand_enrichment", "refuse_missile_terms" }) do
    list[#list + 1] = a
  end
  return list
end

return { decide = function(view) return league.take(view, wanted(view)) end }
