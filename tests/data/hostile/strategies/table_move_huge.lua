-- attack: table.move({}, 1, 1e15, 2): a loop of 10^15 steps inside the library
-- expect: instruction budget exceeded
return { decide = function(view) table.move({}, 1, 1e15, 2) return {} end }
