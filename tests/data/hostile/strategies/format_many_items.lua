-- attack: string.format('%s') of sixty thousand pieces, each a 64 KB string, in one call
-- expect: a string longer than the 64 KB scripts may make
return {
  decide = function(view)
    local big, args = string.rep("z", 65000), {}
    for i = 1, 200 do args[i] = big end
    return { { action = string.format(string.rep("%s", 200), table.unpack(args)) } }
  end,
}
