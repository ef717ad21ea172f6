-- attack: an error object whose __tostring loops, for the engine to print
-- expect: error_object_tostring_loop.lua:5: (error object is a table value)
return {
  decide = function(view)
    error(setmetatable({}, { __tostring = function() while true do end end }))
  end,
}
