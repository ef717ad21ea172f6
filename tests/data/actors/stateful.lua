-- A US that remembers how many times it has decided, in an upvalue, and
-- tightens its line after the fourth week. Legal for a script; a saved game
-- must go on exactly as the unbroken game does.
local weeks = 0
return {
  decide = function(view)
    weeks = weeks + 1
    if weeks > 4 and view.can.enforce_sanctions then
      return { { action = "enforce_sanctions" } }
    end
    if view.can.deploy_forces then
      return { { action = "deploy_forces" } }
    end
    return {}
  end,
}
