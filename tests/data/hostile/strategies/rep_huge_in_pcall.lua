-- attack: a gigabyte string.rep, again and again under pcall
-- expect: instruction budget exceeded
return {
  decide = function(view)
    while true do pcall(string.rep, "x", 1e9) end
  end,
}
