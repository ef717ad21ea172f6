-- attack: an error object whose __tostring raises another error whose __tostring loops
-- expect: (error object is a table value)
local function nasty() return setmetatable({}, { __tostring = function() error(nasty()) end }) end
return { decide = function(view) error(nasty()) end }
