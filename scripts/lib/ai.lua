-- The decision helper every actor script uses. Rules that fire vote for the
-- actions they favour; the actor's temperament adds standing preferences and
-- a little seeded noise keeps it from being predictable. The best actions are
-- taken, at most one per track, within the actor's political capital, and
-- each order carries the rules that chose it.
--
-- Deciding leaves nothing behind in what the actor keeps: a batch starts a
-- game from the scripts as loaded, without loading them again, only while
-- the last game left them exactly as they were.
local M = {}

-- Each rule's favours as one flat list, action, weight, action, weight...,
-- in the order of the action names, so deciding walks arrays only.
local function prepare(rules)
  local prepared = {}
  for i = 1, #rules do
    local list = {}
    for action, weight in pairs(rules[i].favours) do
      list[#list + 1] = action
      list[#list + 1] = weight
    end
    prepared[i] = list
  end
  return prepared
end

-- Insert key k with value x into the parallel lists keys, values, kept from
-- the highest value down (ties by key), and return the new length.
local function insert_ranked(keys, values, n, k, x)
  local at = n + 1
  while at > 1 and (values[at - 1] < x or (values[at - 1] == x and keys[at - 1] > k)) do
    keys[at], values[at] = keys[at - 1], values[at - 1]
    at = at - 1
  end
  keys[at], values[at] = k, x
  return n + 1
end

-- Empty the first n slots of each list given.
local function clear(n, a, b)
  for k = 1, n do
    a[k] = nil
    if b then b[k] = nil end
  end
end

-- The ids of the (at most four) rules among fired[1..nfired] that favour
-- action most.
local function reasons(rules, fired, nfired, action)
  local ids, weights, n = {}, {}, 0
  for f = 1, nfired do
    local rule = rules[fired[f]]
    local weight = rule.favours[action]
    if weight and weight > 0 then n = insert_ranked(ids, weights, n, rule.id, weight) end
  end
  for k = n, 5, -1 do ids[k] = nil end
  return ids
end

function M.actor(spec)
  local rules = spec.rules
  local prepared = prepare(rules)
  local temperament = spec.temperament or {}
  local noise = temperament.noise or 0.5
  local threshold = temperament.threshold or 1
  local most = temperament.orders or 2
  local leaning = temperament.leaning or {}

  -- Working lists, made once and emptied before a decision returns: growing
  -- them afresh for every decision would cost more than deciding, and a
  -- decision must leave nothing behind.
  local fired, score, scored, ranked, utility = {}, {}, {}, {}, {}

  local function decide(view)
    -- the rules that fire, and the score of each action open to the actor
    -- that they favour, listed in the order first favoured
    local nfired, nscored, can = 0, 0, view.can
    for i = 1, #rules do
      if rules[i].when(view) then
        nfired = nfired + 1
        fired[nfired] = i
        local list = prepared[i]
        for j = 1, #list, 2 do
          local action = list[j]
          if can[action] then
            local s = score[action]
            if not s then
              nscored = nscored + 1
              scored[nscored] = action
              s = 0
            end
            score[action] = s + list[j + 1]
          end
        end
      end
    end
    -- those good enough, best first (the noise is drawn in that order)
    local ncand = 0
    for k = 1, nscored do
      local action = scored[k]
      local u = score[action] + (leaning[action] or 0) + noise * (2 * math.random() - 1)
      if u >= threshold then ncand = insert_ranked(ranked, utility, ncand, action, u) end
      score[action] = nil
    end
    -- at most one per track, within the capital
    local orders, capital = {}, view.capital
    local tracks, costs = view.track, view.cost
    for i = 1, ncand do
      if #orders >= most then break end
      local action = ranked[i]
      local track, cost = tracks[action], costs[action]
      local free = cost <= capital
      for k = 1, #orders do
        if tracks[orders[k].action] == track then free = false end
      end
      if free then
        capital = capital - cost
        orders[#orders + 1] = { action = action, rules = reasons(rules, fired, nfired, action) }
      end
    end
    clear(nfired, fired)
    clear(nscored, scored)
    clear(ncand, ranked, utility)
    return orders
  end

  -- a mod's rules/ACTOR.lua adds rules once the actor is built: the loader
  -- calls this afterwards
  local function rules_added() prepared = prepare(rules) end

  return { actor = spec.actor, rules = rules, temperament = temperament, decide = decide, rules_added = rules_added }
end

return M
