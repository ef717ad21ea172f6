-- attack: xpcall with a message handler that never returns (it used to run where no hook could stop it)
-- expect: instruction budget exceeded
return {
  decide = function(view)
    xpcall(function() error("first") end, function(e) while true do end end)
    return {}
  end,
}
