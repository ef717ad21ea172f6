-- attack: sort a table of half a million numbers built over several turns (n log n comparisons in C)
-- expect: instruction budget exceeded
local t = {}
return {
  decide = function(view)
    for i = 1, 200000 do t[#t + 1] = -#t end
    if #t >= 400000 then table.sort(t) end
    error("built " .. #t)
  end,
}
