error("scripts/actors/iran.lua:12: not me", 0)
