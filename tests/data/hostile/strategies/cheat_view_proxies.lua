-- attack: reach the tables behind the view (pairs' second result, next, rawget, metatables) and change them
-- cheat
-- expect: this table is read-only
-- expect: the view is read-only
-- expect: next=nil
return {
  decide = function(view)
    local notes = {}
    local function try(what, f, ...)
      local ok, e = pcall(f, ...)
      notes[#notes + 1] = what .. "=" .. tostring(e):gsub("^.-:%d+: ", "")
    end
    local _, cost = pairs(view.cost)
    try("cost", function() cost.tighten_sanctions = 0 end)
    local _, actions = pairs(view.actions)
    try("actions", function() actions[1] = "strike_nuclear" end)
    try("view", function() view.regime_stability = 0 end)
    try("next", next, view)
    try("rawget", rawget, view, "turn")
    try("meta", getmetatable, view)
    try("setmeta", setmetatable, view.cost, {})
    try("last", function() local _, last = pairs(view.last) last.x = 1 end)
    error(table.concat(notes, "; "))
  end,
}
