-- attack: reasons (rules) whose __len and __index loop, behind a real order
-- expect: accept_talks
return {
  decide = function(view)
    local rules = setmetatable({}, { __len = function() while true do end end, __index = function() while true do end end })
    if view.turn >= 3 then error("ordered accept_talks with looping reasons and the game went on") end
    return { { action = "accept_talks", rules = rules } }
  end,
}
