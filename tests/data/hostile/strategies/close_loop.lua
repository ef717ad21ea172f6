-- attack: a to-be-closed variable whose __close loops while the budget's stop unwinds the stack
-- expect: instruction budget exceeded
return {
  decide = function(view)
    local guard <close> = setmetatable({}, { __close = function() while true do end end })
    while true do end
  end,
}
