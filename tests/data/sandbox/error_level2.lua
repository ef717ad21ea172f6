-- An error blamed on the caller (level 2): a place that is on the stack.
local function check(x) if not x then error("check failed", 2) end end
check(false)
