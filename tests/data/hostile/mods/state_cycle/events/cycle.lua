return {
  { id = "cycle", once = true, when = function(w) return true end,
    apply = function(w) local s = w.state() s.me = s end },
}
