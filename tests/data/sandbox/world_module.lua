-- The world module every script sees is read-only and cannot be replaced
-- for other scripts.
local ok, err = pcall(function() world.get = function() return 0 end end)
local replaced = pcall(function() world = nil end)
return { ok = ok, err = tostring(err), replaced_local = replaced }
