-- attack: the script eats memory at its top level, when it is loaded, 64 KB at a time
-- expect: memory cap exceeded
local t = {}
for i = 1, 1e9 do t[i] = string.rep("x", 65000) .. i end
return { decide = function(view) return {} end }
