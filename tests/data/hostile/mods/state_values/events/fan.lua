return {
  { id = "fan", once = true, when = function(w) return true end,
    apply = function(w)
      local t = { "leaf" }
      for depth = 1, 6 do
        local wider = {}
        for i = 1, 10 do wider[i] = t end
        t = wider
      end
      w.state().tree = t
    end },
}
