-- attack: numeric for loops at the edges of the integers (they must end, not wrap around)
-- expect: the loops ended after 3 and 3 steps
return {
  decide = function(view)
    local a, b = 0, 0
    for i = math.maxinteger - 2, math.maxinteger do a = a + 1 end
    for i = math.mininteger + 2, math.mininteger, -1 do b = b + 1 end
    error("the loops ended after " .. a .. " and " .. b .. " steps")
  end,
}
