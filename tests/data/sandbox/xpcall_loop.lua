-- Same as pcall_loop.lua, with xpcall and a handler that returns normally.
return function(tick)
  local caught = 0
  while true do
    xpcall(function() while true do end end, function(e) caught = caught + 1; return e end)
    tick()
  end
end
