-- attack: string.gsub whose replacement function loops, inside C code the count cannot see between calls
-- expect: instruction budget exceeded
return {
  decide = function(view)
    return (string.rep("x", 60000):gsub(".", function(c) while true do end end))
  end,
}
