-- attack: return a list holding false (the engine read it unprotected: Lua panic)
-- expect: order 1 is a boolean
return { decide = function(view) return { false } end }
