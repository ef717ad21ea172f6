-- attack: a million orders in one turn
-- expect: stopped
return {
  decide = function(view)
    local t = {}
    for i = 1, 1e6 do t[i] = { action = "accept_talks" } end
    return t
  end,
}
