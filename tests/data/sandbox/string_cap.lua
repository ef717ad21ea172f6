-- A string just over the longest a script may make, built by concatenation.
local s = string.rep("x", 40000)
local t = s .. s
return #t
