-- An error whose __tostring never returns: the message handler runs it.
error(setmetatable({}, { __tostring = function() while true do end end }))
