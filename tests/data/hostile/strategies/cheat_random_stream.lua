-- attack: drain math.random to shift the world's luck (it draws from the actor's own stream)
-- cheat
-- expect: drew 100000 numbers
return {
  decide = function(view)
    for i = 1, 100000 do math.random() end
    error("drew 100000 numbers")
  end,
}
