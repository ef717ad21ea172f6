-- attack: decide is a table with a __call that loops
-- expect: expected the script to return a table with decide
-- expect: decide_callable_table.lua
return { decide = setmetatable({}, { __call = function() while true do end end }) }
