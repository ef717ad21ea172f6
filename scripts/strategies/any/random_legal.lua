-- Takes a random handful of the actions it may take this turn, within its capital.
return {
  decide = function(view)
    local pool = {}
    for _, action in ipairs(view.actions) do pool[#pool + 1] = action end
    return require("league").draw(view, pool, {}, view.capital, math.random(0, 4))
  end,
}
