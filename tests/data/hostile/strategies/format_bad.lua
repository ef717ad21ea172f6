-- attack: string.format with a huge width, and with a result past the cap
-- expect: invalid conversion
-- expect: a string longer than the 64 KB scripts may make
return {
  decide = function(view)
    local ok, e = pcall(string.format, "%99999d", 1)
    local big = string.rep("x", 40000)
    if view.turn > 1 then return { string.format("%s%s", big, big) } end
    error(e)
  end,
}
