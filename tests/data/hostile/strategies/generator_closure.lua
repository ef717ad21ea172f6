-- attack: a generator without coroutines: a for-in loop over a closure that never returns nil
-- expect: instruction budget exceeded
return {
  decide = function(view)
    local n = 0
    for i in function() n = n + 1 return n end do end
  end,
}
