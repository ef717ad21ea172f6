-- attack: the script's table hides decide behind a __index that loops
-- expect: expected the script to return a table with decide
-- expect: module_metatable.lua
return setmetatable({}, { __index = function() while true do end end })
