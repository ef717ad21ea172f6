-- Asks for one enormous string: string.rep refuses it before building it.
local s = string.rep("x", 1 << 30)
return #s
