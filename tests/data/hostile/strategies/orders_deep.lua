-- attack: orders nested a hundred thousand deep, in the list, in an order and in its rules
-- expect: order 1 names unknown action
local deep = {}
for i = 1, 100000 do deep = { deep, action = deep, rules = deep } end
return {
  decide = function(view)
    return { deep, { action = "offer_talks", rules = deep } }
  end,
}
