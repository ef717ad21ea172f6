-- A thoughtful US: talk on the nuclear file while keeping the pressure that
-- gives the talks their weight; answer concessions with relief, never give
-- relief first; sign only what inspectors can check; keep threats credible
-- but never start a war over one; watch for secret weapons work and strike
-- only when it is found; stand by protesters without talking to their killers.
local league = require("league")

local function wanted(v)
  local list = {}
  local function add(action) list[#list + 1] = action end
  local killing = v.last.crackdown ~= nil
  -- sign a verified deal, once the hawks in Congress are calm enough to let it through (signing itself
  -- stirs them); until then, give them some steel
  -- (with time running out, an unverified text is still better than none)
  -- (calming them takes weeks, so start while the text is still being written)
  local verified = v.iaea_access >= 2 or v.enrichment < 1 and v.stockpile_60 < 200 or v.turn >= v.turns - 1
  local hawks_restless = v.hawk_pressure > 58 and v.turn < v.turns - 6
  if v.talks_progress >= 75 and v.escalation < 6 and verified and not hawks_restless then add("us_sign") end
  if v.talks_progress >= 45 and hawks_restless then add("enforce_sanctions"); add("deploy_forces") end
  -- found out: strike the programme before it is finished
  if v.covert_detected >= 1 and v.covert_progress > 25 and v.strike_damage < 50 then
    add("deploy_forces"); add("strike_nuclear")
  end
  -- attacked: hit back at the proxies, not at Iran itself, to keep the ladder below war
  if v.t_us_hit > 0 then add("strike_proxies") end
  -- a token answer is an off-ramp: take it
  if v.last.token_retaliation ~= nil then add("direct_talks") end
  -- know what Iran is building: secret work is only stopped once it is found
  if v.iaea_access < 3 and v.covert_detected < 1 and (v.uncertainty.covert_progress > 8 or v.uncertainty.strike_damage > 8) then
    add("us_intel")
  end
  -- the nuclear file is what can be agreed
  if v.demands > 0 then add("nuclear_only") end
  if v.talks < 1 then add("offer_talks") end
  -- talk directly unless that means shaking hands over fresh graves
  if v.talks >= 1 and not killing then add("direct_talks") else add("us_backchannel") end
  -- relief answers concessions; if none comes after a month of real talks, crude back on the market
  -- (a shared interest) breaks the deadlock while the squeeze still hurts -- but only with two months
  -- left to get the inspectors back, or the relief is given for nothing and the deal is worth less
  local time_to_earn_it = v.turn >= 3 and v.turns - v.turn > 8
  if v.relief < 1 and v.talks >= 2 and v.demands < 1
      and (v.iaea_access >= 2 or v.enrichment < 1 or v.last.nuclear_concession ~= nil or time_to_earn_it) then
    add("oil_deal")
  end
  -- until then, squeeze while oil is cheap and the streets are quiet: a Tehran short of oil money has more
  -- reason to offer limits
  if v.relief < 1 and v.talks >= 1 and v.iaea_access < 2 and v.oil_price < 75 and v.protest < 2 then
    if v.enforcement < 0.9 then add("enforce_sanctions") end
    if v.secondary_tariff < 25 and v.oil_exports > 1.2 then add("secondary_tariffs") end
  end
  -- forces in theatre keep the threat believed, which keeps Tehran from hedging
  if v.posture < 4 and v.credibility < 60 and v.escalation < 6 then add("deploy_forces") end
  -- stand by the protesters
  if v.protest_deaths >= 50 then add("condemn_killings") end
  if v.internet < 0.5 then add("support_internet") end
  return list
end

return { decide = function(view) return league.take(view, wanted(view)) end }
