-- Reports the type of every name the test asks about, as seen from a script:
-- return { probe = function(path) ... end } walks "a.b" paths from _ENV
-- (through tables, and the world, which is a userdata).
local function probe(path)
  local value = _ENV
  for part in string.gmatch(path, "[^.]+") do
    if type(value) ~= "table" and type(value) ~= "userdata" then return "nil" end
    value = value[part]
  end
  return type(value)
end
return { probe = probe }
