-- attack: a backtracking pattern on a long string (Lua's matcher runs no VM instruction: hours)
-- expect: instruction budget exceeded
return {
  decide = function(view)
    local s = string.rep("a", 30000)
    s:find(string.rep("a*", 30) .. "b")
    return {}
  end,
}
