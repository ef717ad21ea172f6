-- A function that runs n loop iterations, for the per-call budget test.
return function(n)
  local x = 0
  for i = 1, n do x = x + i end
  return x
end
