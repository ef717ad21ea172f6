-- attack: a string that doubles at every gsub ("%0%0") until it is too long to hold, again and again under pcall
-- expect: instruction budget exceeded
return {
  decide = function(view)
    while true do
      pcall(function() local s = "ab" while true do s = s:gsub(".", "%0%0") end end)
    end
  end,
}
