-- attack: keep the view and its inner tables from turn 1 and read them on later turns, after they are done with
-- cheat
-- expect: view_kept.lua
local old, cost, last, actions
return {
  decide = function(view)
    if not old then
      old, cost, last, actions = view, view.cost, view.last, view.actions
      return {}
    end
    local seen = {}
    for _, read in ipairs({ function() return old.turn end, function() return cost.tighten_sanctions end,
        function() return next(last) end, function() return actions[1] end, function() return #actions end }) do
      local ok, v = pcall(read)
      seen[#seen + 1] = ok and tostring(v) or "refused"
    end
    error("old view read as " .. table.concat(seen, ","))
  end,
}
