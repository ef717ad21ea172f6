-- attack: a list of orders whose __len never returns
-- expect: the list of orders has a metatable
return {
  decide = function(view)
    return setmetatable({}, { __len = function() while true do end end })
  end,
}
