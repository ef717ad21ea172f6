-- A strategy that tries to read a file.
return { decide = function(view)
  local f = io.open("/etc/passwd")
  return {}
end }
