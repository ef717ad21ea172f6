-- attack: an order whose rules list holds a hundred thousand junk values and itself; then check it was left alone
-- expect: the rules were left as they were
local rules = {}
for i = 1, 100000 do rules[i] = (i % 3 == 0) and rules or (i % 3 == 1 and i or "x") end
return {
  decide = function(view)
    if view.turn > 1 then
      assert(#rules == 100000 and rules[3] == rules and rules[2] == "x", "the engine changed the rules list")
      error("the rules were left as they were")
    end
    return { { action = view.actions[1], rules = rules } }
  end,
}
