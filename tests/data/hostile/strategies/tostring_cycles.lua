-- attack: tostring and concatenation of cyclic and huge tables, __name and __tostring tricks
-- expect: tostring_cycles.lua
return {
  decide = function(view)
    local t = {} t.self = t
    local named = setmetatable({}, { __name = string.rep("n", 1000) })
    local s = tostring(t) .. tostring(named):sub(1, 5)
    local ok, e = pcall(function() return t .. t end)
    error(e)
  end,
}
