-- attack: a loop stopped by the budget inside xpcall, whose handler then loops where hooks are off
-- expect: instruction budget exceeded
return {
  decide = function(view)
    xpcall(function() while true do end end, function(e) while true do end end)
    return {}
  end,
}
