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
  -- what pairs hands out as the table iterated is the proxy, never the data behind it
  pairs_state = function(t)
    local _, state = pairs(t)
    local wrote = pcall(function() state.a = 99 end)
    return tostring(rawequal(state, t)) .. "," .. tostring(wrote)
  end,
  raw_view = function(t) return tostring(next(t)) .. "," .. rawlen(t) end,
  -- a deep proxy: every table read through it, or walked by pairs, is read-only too
  deep_write = function(t) t.inner.x = 1 end,
  deep_pairs_write = function(t) for k, v in pairs(t) do if type(v) == "table" then v.x = 1 end end end,
  deep_read = function(t) return t.inner.x .. "," .. #t end,
}
