-- A strategy that tries to load a C library through package.
return { decide = function(view)
  local open = package.loadlib("/lib/x86_64-linux-gnu/libc.so.6", "system")
  return {}
end }
