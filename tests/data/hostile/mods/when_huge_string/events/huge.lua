return {
  { id = "huge", once = false, when = function(w) return #string.rep("x", 1e9) > 0 end },
}
