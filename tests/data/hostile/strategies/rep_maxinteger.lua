-- attack: (''):rep(math.maxinteger) built an empty string math.maxinteger times, where no hook could stop it
-- expect: empty rep returned at once: 0 0
return {
  decide = function(view)
    local a, b = (""):rep(math.maxinteger), (""):rep(1e15, "")
    error("empty rep returned at once: " .. #a .. " " .. #b)
  end,
}
