-- setmetatable is allowed for plain metatables, refused for finalizers.
local plain_ok = pcall(setmetatable, {}, { __index = { x = 1 } })
local t = setmetatable({}, { __index = { x = 1 } })
local gc_ok, gc_err = pcall(setmetatable, {}, { __gc = function() end })
local protected = setmetatable({}, { __metatable = "locked" })
local relock_ok, relock_err = pcall(setmetatable, protected, {})
return { plain_ok = plain_ok, inherited = t.x, gc_ok = gc_ok, gc_err = tostring(gc_err),
         relock_ok = relock_ok, relock_err = tostring(relock_err) }
