-- attack: table.concat over 10^12 items an __index function makes up
-- expect: instruction budget exceeded
return {
  decide = function(view)
    table.concat(setmetatable({}, { __index = function() return "" end }), "", 1, 1e12)
    return {}
  end,
}
