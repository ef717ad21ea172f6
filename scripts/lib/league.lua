-- Helpers for the standard league's strategies (scripts/strategies/): orders
-- from a list of actions in order of preference, within the turn's capital.
local league = {}

-- The actions of `wanted` that can be taken now, best first, as many as the
-- political capital and the four orders a turn allow.
function league.take(view, wanted)
  local orders, capital = {}, view.capital
  for _, action in ipairs(wanted) do
    if #orders == 4 then break end
    if view.can[action] and view.cost[action] <= capital then
      orders[#orders + 1] = { action = action }
      capital = capital - view.cost[action]
    end
  end
  return orders
end

-- Up to `most` actions drawn at random from `pool` (which it empties as it
-- draws), each kept if the capital left allows it; added to `orders`.
function league.draw(view, pool, orders, capital, most)
  for _ = 1, most do
    if #pool == 0 then break end
    local action = table.remove(pool, math.random(#pool))
    if view.cost[action] <= capital then
      orders[#orders + 1] = { action = action }
      capital = capital - view.cost[action]
    end
  end
  return orders
end

-- A strategy that always takes, for whichever actor it plays, the actions
-- listed for that actor, in that order of preference (none for an actor it
-- has no list for).
function league.always(lists)
  return {
    decide = function(view)
      return league.take(view, lists[view.actor] or {})
    end,
  }
end

-- What the actors beyond the two main sides do when they make peace: hold
-- fire, pause, mediate, appeal or call for restraint. Strategies that talk
-- add their own lists for the US and Iran to these.
league.peacemakers = {
  israel = { "israel_hold" },
  protesters = { "appeal_abroad" },
  proxies = { "proxy_pause" },
  europe = { "eu_mediate" },
  china = { "china_restraint" },
  gulf = { "gulf_mediate" },
}

-- The lists of `base` with those of `lists` over them.
function league.with(base, lists)
  local all = {}
  for actor, list in pairs(base) do all[actor] = list end
  for actor, list in pairs(lists) do all[actor] = list end
  return all
end

return league
