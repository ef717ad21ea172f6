-- The decision helper every actor script uses. Rules that fire vote for the
-- actions they favour; the actor's temperament adds standing preferences and
-- a little seeded noise keeps it from being predictable. The best actions are
-- taken, at most one per track, within the actor's political capital, and
-- each order carries the rules that chose it.
local M = {}

local function by_weight(a, b)
  if a[2] ~= b[2] then return a[2] > b[2] end
  return a[1] < b[1]
end

-- Turn each rule's favours table into a sorted list once, so deciding walks
-- arrays only.
local function prepare(rules)
  local prepared = {}
  for i = 1, #rules do
    local list = {}
    for action, weight in pairs(rules[i].favours) do
      list[#list + 1] = { action, weight }
    end
    prepared[i] = list
  end
  return prepared
end

local function score_rules(rules, prepared, view)
  local score, why, can = {}, {}, view.can
  for i = 1, #rules do
    local rule = rules[i]
    if rule.when(view) then
      local list = prepared[i]
      for j = 1, #list do
        local action, weight = list[j][1], list[j][2]
        if can[action] then
          score[action] = (score[action] or 0) + weight
          local reasons = why[action]
          if not reasons then reasons = {}; why[action] = reasons end
          reasons[#reasons + 1] = { rule.id, weight }
        end
      end
    end
  end
  return score, why
end

local function reasons_for(list)
  table.sort(list, by_weight)
  local ids = {}
  for k = 1, #list do
    if list[k][2] > 0 and #ids < 4 then ids[#ids + 1] = list[k][1] end
  end
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

  local function decide(view)
    -- mods may add rules to an actor after it is built (rules/ACTOR.lua)
    if #prepared ~= #rules then prepared = prepare(rules) end
    local score, why = score_rules(rules, prepared, view)
    local candidates = {}
    local actions = view.actions
    for i = 1, #actions do
      local action = actions[i]
      local s = score[action]
      if s then
        local utility = s + (leaning[action] or 0) + noise * (2 * math.random() - 1)
        if utility >= threshold then candidates[#candidates + 1] = { action, utility } end
      end
    end
    table.sort(candidates, by_weight)
    local orders, capital, used = {}, view.capital, {}
    local tracks, costs = view.track, view.cost
    for i = 1, #candidates do
      if #orders >= most then break end
      local action = candidates[i][1]
      local track, cost = tracks[action], costs[action]
      if cost <= capital and not used[track] then
        capital = capital - cost
        used[track] = true
        orders[#orders + 1] = { action = action, rules = reasons_for(why[action]) }
      end
    end
    return orders
  end

  return { actor = spec.actor, rules = rules, temperament = temperament, decide = decide }
end

return M
