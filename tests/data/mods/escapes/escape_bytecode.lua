-- A strategy that tries to compile and run a chunk (bytecode or text).
return { decide = function(view)
  local f = load("\27LuaT\0\25\147\r\n\26\n\4\8\8xV\0\0\0\0\0\0\0\0\0\0\0\40\119\64")
  return {}
end }
