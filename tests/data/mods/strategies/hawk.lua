-- A side that presses hard whichever side it plays.
return {
  decide = function(view)
    local orders, capital = {}, view.capital
    local wants = view.actor == "us" and { "tighten_sanctions", "deploy_forces", "ultimatum", "strike_nuclear" }
                                      or { "expand_enrichment", "missile_display", "threaten_retaliation", "reject_talks" }
    for _, a in ipairs(wants) do
      if view.can[a] and view.cost[a] <= capital then
        orders[#orders + 1] = { action = a }
        capital = capital - view.cost[a]
      end
    end
    return orders
  end,
}
