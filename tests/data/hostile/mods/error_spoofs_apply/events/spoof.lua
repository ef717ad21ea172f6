return { { id = "spoof_apply", once = true, when = function(w) return true end,
  apply = function(w) error("scripts/actors/iran.lua:12: not me", 2) end } }
