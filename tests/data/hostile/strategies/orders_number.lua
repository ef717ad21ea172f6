-- attack: return a list holding a number where an order should be (the engine read it unprotected: Lua panic)
-- expect: order 1 is a number
return { decide = function(view) return { 1 } end }
