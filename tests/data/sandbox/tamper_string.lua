-- Vandalises this script's own copies of the libraries and leaves a global.
string.upper = nil
string.rep = function() return "hijacked" end
table.concat = nil
math.floor = nil
leaked_global = "from tamper_string.lua"
return { upper = type(string.upper) }
