-- attack: gmatch of an empty pattern over a long string, and gsub growing it past the cap
-- expect: string.gsub: the result would be longer than the 64 KB a string in a script may hold
return {
  decide = function(view)
    local s, n = string.rep("ab", 20000), 0
    for _ in s:gmatch("") do n = n + 1 end
    assert(n == 40001)
    local t = s:gsub(".", "%0%0%0%0")
    return {}
  end,
}
