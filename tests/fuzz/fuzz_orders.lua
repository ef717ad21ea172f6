-- The rest of the strategy fuzz_orders.c writes: `input` (the fuzz input,
-- defined above this) read as a little program that builds the value decide
-- returns. Each byte picks what comes next; bytes past the end read as 0.
-- Nothing here is bounded by hand: a loop or a huge value is the engine's to
-- stop (the budget, the memory cap), and the harness checks it names this file.
local pos = 0
local function byte()
  pos = pos + 1
  return input:byte(pos) or 0
end

local kept = {}             -- values kept from one turn to the next
local the_view              -- this turn's view
local value

local numbers = { 0, 1, -1, 2^53, -2^63, math.maxinteger, math.mininteger, 0/0, 1/0, -1/0, 0.5, 1e308, -0.0 }
local function number() return numbers[byte() % #numbers + 1] end

local function text()
  local kind = byte() % 6
  if kind == 0 and the_view then
    local actions = the_view.actions
    return actions[byte() % (#actions + 1) + 1]          -- a real action id, or nil past the end
  elseif kind == 1 then
    return "action"
  elseif kind == 2 then
    return "rules"
  elseif kind == 3 then
    return input:sub(pos, pos + byte())                  -- the input's own bytes: any UTF-8 or none
  elseif kind == 4 then
    return string.rep("x", byte() * 257)
  end
  return "tighten_sanctions"
end

-- A metamethod's body: what the engine meets if it runs one.
local function method(depth)
  local kind = byte() % 7
  if kind == 0 then return function() error("metamethod error") end
  elseif kind == 1 then return function() while true do end end
  elseif kind == 2 then return function() error(setmetatable({}, { __tostring = function() while true do end end })) end
  elseif kind == 3 then local v = value(depth + 1) return function() return v end
  elseif kind == 4 then return function(...) return ... end
  elseif kind == 5 then return function() return string.rep("y", 60000) .. string.rep("z", 60000) end
  end
  return value(depth + 1)                                -- not a function at all
end

local events = { "__index", "__newindex", "__len", "__eq", "__lt", "__le", "__concat", "__close", "__call",
  "__tostring", "__name", "__pairs", "__metatable", "__mode", "__gc", "__unm", "__add", "__idiv" }

local function table_of(depth)
  local t = {}
  for _ = 1, byte() % 8 do
    local k = value(depth + 1)
    if k ~= nil and k == k then t[k] = value(depth + 1) end
  end
  for i = 1, byte() % 5 do t[i] = value(depth + 1) end
  return t
end

local function order(depth)
  local o = { action = text() }
  if byte() % 2 == 1 then o.rules = value(depth + 1) end
  return o
end

function value(depth)
  if depth > 40 then return nil end
  local kind = byte() % 16
  if kind == 0 then return nil
  elseif kind == 1 then return byte() % 2 == 0
  elseif kind == 2 then return number()
  elseif kind == 3 then return text()
  elseif kind == 4 then return table_of(depth)
  elseif kind == 5 then
    local t, mt = table_of(depth), {}
    for _ = 1, byte() % 4 + 1 do mt[events[byte() % #events + 1]] = method(depth) end
    local ok, with = pcall(setmetatable, t, mt)
    return ok and with or t
  elseif kind == 6 then return order(depth)
  elseif kind == 7 then
    local list = {}
    for i = 1, byte() % 6 do list[i] = order(depth) end
    return list
  elseif kind == 8 then return method(depth)
  elseif kind == 9 then                                  -- kept, and changed, from turn to turn
    local slot = byte() % 4 + 1
    kept[slot] = kept[slot] or {}
    kept[slot][#kept[slot] + 1] = value(depth + 1)
    return kept[slot]
  elseif kind == 10 then return the_view
  elseif kind == 11 then return the_view and the_view[text()]
  elseif kind == 12 then                                 -- deep nesting
    local t = {}
    for _ = 1, byte() * 64 do t = { t, action = "talks" } end
    return t
  elseif kind == 13 then local t = {} t[1] = t t.action = t return t
  elseif kind == 14 then return select(byte() % 3 + 1, print, string.rep, math.huge)
  end
  return kept[byte() % 4 + 1]
end

return {
  decide = function(view, ...)
    the_view = view
    pos = 0
    local result = value(0)
    the_view = nil
    return result, ...
  end,
}
