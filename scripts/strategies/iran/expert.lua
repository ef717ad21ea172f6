-- A thoughtful Iran: keep the regime safe first; talk, but only about the
-- nuclear file; trade limits and inspectors for relief, never give them
-- first and never sign away the missiles or the allies; answer a strike with
-- a telegraphed, token blow; keep weapons work out of a watched programme;
-- use force on the street only when it is needed, and consistently.
local league = require("league")

local function wanted(v)
  local list = {}
  local function add(action) list[#list + 1] = action end
  -- a text worth signing: relief on the table, nothing beyond the nuclear file
  if v.talks_progress >= 80 and v.demands < 1 and v.relief >= 1 and v.escalation < 6 then add("iran_sign") end
  -- struck: answer, but telegraphed and token, so Washington can step back
  if v.t_struck > 0 then add("token_retaliation") end
  -- the street: clear it when it threatens the regime, then keep it quiet with relief, not swings
  if v.protest > 3 or v.protest > 2 and v.regime_stability < 45 then
    add("crackdown")
  elseif v.protest < 2 and v.inflation > 50 and v.last.crackdown == nil then
    add("economic_relief")
  end
  -- the talks
  if v.talks >= 1 and v.demands < 3 then add("accept_talks") end
  if v.demands >= 1 then add("refuse_missile_terms") end
  if v.relief >= 1 and v.talks >= 2 and v.iaea_access < 3 and v.talks_progress >= 50 then add("full_inspections") end
  if v.demands < 1 and v.t_engage_us >= 1 and v.iaea_access < 2 and v.last.nuclear_concession == nil then
    add("nuclear_concession")
  end
  if v.deterrence < 75 and v.escalation < 6 then add("military_exercise") end
  if v.talks >= 2 then add("restrain_proxies") end
  -- keep buyers and neighbours close, and the missiles visible without provoking
  if v.secondary_tariff > 0 or v.china_compliance > 0.35 then add("court_china") end
  if v.deterrence < 50 and v.escalation < 6 then add("missile_display") end
  if v.gulf_ties < 60 then add("gulf_outreach") end
  add("iran_backchannel")
  return list
end

return { decide = function(view) return league.take(view, wanted(view)) end }
