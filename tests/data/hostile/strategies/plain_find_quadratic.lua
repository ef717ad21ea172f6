-- attack: a plain find whose every candidate almost matches (n times m comparisons)
-- expect: instruction budget exceeded
return {
  decide = function(view)
    local hay, needle = string.rep("a", 60000), string.rep("a", 30000) .. "b"
    while true do hay:find(needle, 1, true) end
  end,
}
