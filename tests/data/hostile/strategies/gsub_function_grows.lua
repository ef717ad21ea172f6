-- attack: string.gsub whose replacement function hands back 60 KB for every one of 60,000 matches
-- expect: the result would be longer than the 64 KB a string in a script may hold
return {
  decide = function(view)
    local big = string.rep("y", 60000)
    return (string.rep("x", 60000):gsub(".", function(c) return big end))
  end,
}
