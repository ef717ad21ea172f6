return { { id = "spoof_when", when = function(w) error("scripts/actors/iran.lua:12: not me", 0) end, apply = function(w) end } }
