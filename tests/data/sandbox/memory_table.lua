-- Grows a table of distinct strings without end: the memory cap must stop it.
local t = {}
local i = 0
while true do
  i = i + 1
  t[i] = string.rep("x", 1000) .. i
end
