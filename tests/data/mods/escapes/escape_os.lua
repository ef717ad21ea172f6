-- A strategy that tries to run a program.
return { decide = function(view)
  os.execute("echo escaped > /tmp/redline-escaped")
  return {}
end }
