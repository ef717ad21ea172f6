-- Run after tamper_string.lua: its changes must not be visible here.
return { upper = type(string.upper), rep = string.rep("ab", 2), concat = type(table.concat),
         floor = type(math.floor), leaked = type(leaked_global), method = ("x"):rep(3) }
