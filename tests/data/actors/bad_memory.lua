-- An actor whose decide eats memory until it is stopped.
return {
  decide = function(view)
    local hoard = {}
    local i = 0
    while true do
      i = i + 1
      hoard[i] = string.rep("m", 4096) .. i
    end
  end,
}
