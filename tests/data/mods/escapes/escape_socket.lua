-- A strategy that tries to open a socket through a C module.
return { decide = function(view)
  local socket = require("socket")
  socket.connect("example.com", 80)
  return {}
end }
