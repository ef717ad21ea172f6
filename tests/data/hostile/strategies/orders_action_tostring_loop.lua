-- attack: an action that is a table whose __tostring loops (the engine quotes the action in its message)
-- expect: order 1 names unknown action 'table'
return {
  decide = function(view)
    return { { action = setmetatable({}, { __tostring = function() while true do end end }) } }
  end,
}
