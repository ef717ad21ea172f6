-- Grows memory inside pcall, swallowing every failed allocation.
local t = {}
while true do
  pcall(function() t[#t + 1] = string.rep("y", 100000) .. #t end)
end
