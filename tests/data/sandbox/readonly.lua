-- Functions the test calls with a read-only proxy as their argument.
return {
  read = function(t) return t.a end,
  len = function(t) return #t end,
  keys = function(t) local k = {} for key in pairs(t) do k[#k + 1] = tostring(key) end return table.concat(k, ",") end,
  write = function(t) t.a = 99 end,
  write_new = function(t) t.fresh = 1 end,
  setmt = function(t) setmetatable(t, {}) end,
  getmt = function(t) return tostring(getmetatable(t)) end,
  rawget = function(t) return tostring(rawget(t, "a")) end,
  nested_write = function(t) t.inner.x = 1 end,
}
