-- A runtime error on line 4.
local function explode()
  local t = nil
  return t.field
end
return explode()
