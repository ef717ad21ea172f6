-- attack: one list of orders returned every turn and changed between turns (and after it is returned)
-- expect: order 1 names unknown action 'changed'
local orders = { { action = "offer_talks" } }
return {
  decide = function(view)
    local handed = orders
    orders[1].action = view.turn > 1 and "changed" or "offer_talks"
    orders[2] = orders
    return handed
  end,
}
