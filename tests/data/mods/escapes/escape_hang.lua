-- A strategy that tries to hang the game, catching the stop with pcall.
return { decide = function(view)
  while true do pcall(function() while true do end end) end
end }
