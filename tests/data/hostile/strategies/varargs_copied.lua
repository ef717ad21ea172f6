-- attack: sixty thousand values passed on in every call, built by recursion with no library function
-- turns: 2
-- expect: processor time exceeded
local function grow(n, ...)
  if n == 0 then return ... end
  return grow(n - 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ...)
end
local function count(...) return select("#", ...) end
local function forever(...) while true do count(...) end end
return { decide = function(view) forever(grow(2000)) end }
