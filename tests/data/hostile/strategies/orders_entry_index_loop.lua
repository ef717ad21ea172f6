-- attack: an order whose __index loops for ever when the engine reads its action
-- expect: order 1 has a metatable
return {
  decide = function(view)
    return { setmetatable({}, { __index = function() while true do end end }) }
  end,
}
