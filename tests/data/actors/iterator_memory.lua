-- A US that keeps a string iterator from when it was loaded and takes one
-- step of it in the first week of every game: what it remembers between
-- games is only the iterator's place, in a userdata of the engine's (no
-- table or upvalue of its own changes).
local next_action = ("deploy_forces enforce_sanctions"):gmatch("%S+")
return {
  decide = function(view)
    if view.turn == 1 then
      local action = next_action()
      if action and view.can[action] then
        return { { action = action } }
      end
    end
    return {}
  end,
}
