-- Asks for one enormous string in a single allocation.
local s = string.rep("x", 1 << 30)
return #s
