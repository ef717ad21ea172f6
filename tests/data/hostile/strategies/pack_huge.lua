-- attack: string.pack and string.unpack with sizes of gigabytes
-- expect: pack_huge.lua
return {
  decide = function(view)
    local notes = {}
    for _, f in ipairs({ function() return string.pack("c2000000000", "") end,
        function() return string.pack("s", string.rep("x", 60000)):rep(2) end,
        function() return string.unpack("c2000000000", "x") end,
        function() return string.pack(string.rep("i16", 10000), table.unpack({}, 1, 10000)) end }) do
      local ok, e = pcall(f)
      notes[#notes + 1] = ok and "ok" or tostring(e):sub(1, 40)
    end
    error(table.concat(notes, "; "))
  end,
}
