-- A well-behaved strategy: reads the view, keeps a memory, returns two orders.
local seen = 0
return {
  decide = function(view)
    seen = seen + 1
    local orders = {}
    for i, id in ipairs(view.actions) do
      if i % 3 == seen % 3 and #orders < 2 then orders[#orders + 1] = { action = id, rules = { "fuzz" } } end
    end
    return orders
  end,
}
