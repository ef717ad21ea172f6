-- A well-behaved script: proves the sandbox still works.
local t = {}
for i = 1, 100 do t[i] = i * i end
return t[10] + #t
