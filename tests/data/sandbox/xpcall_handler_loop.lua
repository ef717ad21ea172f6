-- A message handler that never returns, for an ordinary error.
xpcall(function() error("first") end, function(e) while true do end end)
return 1
