return {
  { id = "nan", once = true, when = function(w) return true end,
    apply = function(w) w.state().ratio = 0 / 0 w.state().limit = math.huge end },
}
