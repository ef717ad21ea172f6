-- attack: utf8.char of the largest code points and of thousands of them at once
-- expect: value out of range
return {
  decide = function(view)
    local s = utf8.char(0x7FFFFFFF)
    local many = {}
    for i = 1, 200000 do many[i] = 0x7FFFFFFF end
    pcall(function() s = utf8.char(table.unpack(many)) end)
    return { { action = utf8.char(0x80000000) } }
  end,
}
