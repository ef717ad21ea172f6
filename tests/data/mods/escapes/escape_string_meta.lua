-- A strategy that tries to change the string metatable every script shares.
return { decide = function(view)
  local mt = getmetatable("")
  mt.__index = function() return "pwned" end
  return {}
end }
