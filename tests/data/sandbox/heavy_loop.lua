-- Each iteration is a handful of instructions but 60 KB of work inside
-- the string library; `tick` (given by the test) counts the iterations.
return function(tick)
  local s = string.rep("x", 60000)
  while true do
    local t = s:upper()
    tick(#t)
  end
end
