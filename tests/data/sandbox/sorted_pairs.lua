-- pairs must visit keys in a fixed order: numbers ascending, then strings
-- bytewise, then booleans, whatever order they were inserted in.
local t = {}
t.zeta = 1; t[10] = 1; t.alpha = 1; t[2] = 1; t.Beta = 1; t[-1.5] = 1
t.b = 1; t[true] = 1; t.aa = 1; t[1] = 1; t.a = 1; t[false] = 1
for i = 1, 40 do t["k" .. (i * 7919 % 97)] = i end
local keys = {}
for k in pairs(t) do keys[#keys + 1] = tostring(k) end
return table.concat(keys, ",")
