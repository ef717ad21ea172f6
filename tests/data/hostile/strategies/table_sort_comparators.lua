-- attack: table.sort with a comparator that errors, one that says yes to everything, and __lt that loops
-- expect: invalid order function for sorting
-- expect: from the comparator
-- expect: instruction budget exceeded
local function lt_loop() return setmetatable({}, { __lt = function() while true do end end }) end
return {
  decide = function(view)
    local t = {}
    for i = 1, 100 do t[i] = i end
    local _, e1 = pcall(table.sort, t, function() error("from the comparator") end)
    local _, e2 = pcall(table.sort, t, function() return true end)
    if view.turn > 1 then table.sort({ lt_loop(), lt_loop(), lt_loop() }) end
    error(e1 .. " / " .. e2)
  end,
}
