-- attack: table.insert at 1 into a table whose __len says 10^15 (and rawget answers every read: no VM step)
-- expect: instruction budget exceeded
return {
  decide = function(view)
    local t = setmetatable({}, { __len = function() return 1e15 end, __index = rawget })
    table.insert(t, 1, "x")
    return {}
  end,
}
