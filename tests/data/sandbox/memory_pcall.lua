-- Grows memory inside pcall, swallowing every failed allocation; `tick` as
-- in pcall_loop.lua.
return function(tick)
  local t = {}
  while true do
    pcall(function() t[#t + 1] = string.rep("y", 60000) .. #t end)
    tick()
  end
end
