-- attack: select('#') and select(n) with a million values, and a negative index past the start
-- expect: index out of range
return {
  decide = function(view)
    local t = {}
    for i = 1, 1000 do t[i] = i end
    select(-1000000, table.unpack(t))
    return { select("#", table.unpack(t, 1, 1e8)) }
  end,
}
