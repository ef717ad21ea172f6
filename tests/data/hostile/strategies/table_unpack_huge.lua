-- attack: table.unpack of ten million values, again and again
-- expect: instruction budget exceeded
return { decide = function(view) while true do pcall(table.unpack, {}, 1, 1e7) end end }
