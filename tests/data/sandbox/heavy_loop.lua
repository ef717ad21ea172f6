-- Each iteration is a handful of instructions but a megabyte of work inside
-- the string library; `tick` (given by the test) counts the iterations.
return function(tick)
  local s = string.rep("x", 1 << 20)
  while true do
    local t = s:upper()
    tick(#t)
  end
end
