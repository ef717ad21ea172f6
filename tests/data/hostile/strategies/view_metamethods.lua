-- attack: every operator on the view's proxies (==, <, .., #, -, call, to-be-closed) and tostring
-- cheat
-- expect: view_metamethods.lua
local function try(notes, what, f)
  local ok, e = pcall(f)
  notes[#notes + 1] = what .. (ok and "=ok" or "=failed")
end
return {
  decide = function(view)
    local notes = {}
    try(notes, "eq", function() return view == view.cost end)
    try(notes, "lt", function() return view < view end)
    try(notes, "le", function() return view.cost <= view.last end)
    try(notes, "concat", function() return view .. "x" end)
    try(notes, "len", function() return #view + #view.actions end)
    try(notes, "unm", function() return -view end)
    try(notes, "call", function() return view() end)
    try(notes, "close", function() local v <close> = view end)
    try(notes, "tostring", function() return tostring(view) .. tostring(view.cost) end)
    try(notes, "index", function() return view[view] end)
    error(table.concat(notes, " "))
  end,
}
