-- attack: a list of orders whose __index and __len raise errors when the engine reads them
-- expect: the list of orders has a metatable
return {
  decide = function(view)
    return setmetatable({}, { __index = function() error("boom from __index") end, __len = function() return 3 end })
  end,
}
