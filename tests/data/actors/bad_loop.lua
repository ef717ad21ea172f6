-- An actor whose decide never returns.
return {
  decide = function(view)
    local n = 0
    while true do n = n + 1 end
  end,
}
