-- Takes a random handful of the actions it may take this turn, within its capital.
return {
  decide = function(view)
    local pool, orders, capital = {}, {}, view.capital
    for _, action in ipairs(view.actions) do pool[#pool + 1] = action end
    for _ = 1, math.random(0, 4) do
      if #pool == 0 then break end
      local action = table.remove(pool, math.random(#pool))
      if view.cost[action] <= capital then
        orders[#orders + 1] = { action = action }
        capital = capital - view.cost[action]
      end
    end
    return orders
  end,
}
