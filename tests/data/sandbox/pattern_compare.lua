-- What string.find, match, gmatch and gsub give for one case, as a string:
-- the sandbox's bounded matcher and Lua's own must give the same.
local function show(ok, ...)
  if not ok then return "error: " .. tostring((...)) end
  local out = {}
  for i = 1, select("#", ...) do
    local v = select(i, ...)
    out[i] = type(v) .. ":" .. tostring(v)
  end
  return table.concat(out, ",")
end

local replacements = { "[%0]", "%1-%2", "%%", "x", "%", "%3" }
local lookup = { a = "A", b = false, ab = "AB" }

return function(fn, s, p, init, which)
  if fn == "gmatch" then
    return show(pcall(function()
      local out = {}
      for a, b in string.gmatch(s, p, init) do
        out[#out + 1] = tostring(a) .. "|" .. tostring(b)
        if #out > 40 then break end
      end
      return table.concat(out, ";")
    end))
  elseif fn == "gsub" then
    local repl = replacements[which % #replacements + 1]
    if which % 7 == 1 then repl = lookup end
    if which % 7 == 2 then repl = function(a, b) return b and (a .. "+" .. tostring(b)) or nil end end
    return show(pcall(string.gsub, s, p, repl, which % 5 == 0 and 2 or nil))
  end
  return show(pcall(string[fn], s, p, init, which % 3 == 0))
end
