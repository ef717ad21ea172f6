return {
  { id = "huge", once = true, when = function(w) return true end,
    apply = function(w)
      local junk = string.rep("\1", 60000)
      for i = 1, 200 do w.state()[i] = junk .. i end
    end },
}
