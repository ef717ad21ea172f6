-- attack: the same backtracking match, caught by pcall and tried again
-- expect: instruction budget exceeded
return {
  decide = function(view)
    local s = string.rep("a", 5000)
    while true do pcall(string.match, s, "(.-)(.-)(.-)(.-)b") end
  end,
}
