-- Random legal moves, except that it signs whenever a text is ready and
-- talks more often than chance: games that reach agreements, played with
-- no sense at all of when a deal should be signed.
return {
  decide = function(view)
    local pool, orders, capital = {}, {}, view.capital
    for _, sign in ipairs({ "us_sign", "iran_sign" }) do
      if view.can[sign] and view.cost[sign] <= capital then
        orders[#orders + 1] = { action = sign }
        capital = capital - view.cost[sign]
      end
    end
    for _, action in ipairs(view.actions) do pool[#pool + 1] = action end
    for _, talk in ipairs({ "direct_talks", "accept_talks", "offer_talks" }) do
      if view.can[talk] and math.random() < 0.7 then pool[#pool + 1] = talk; pool[#pool + 1] = talk end
    end
    return require("league").draw(view, pool, orders, capital, math.random(0, 3))
  end,
}
