-- attack: a mod's actor standing in for the game's Iran does not compile: the game's own Iran plays
-- core
-- expect: is switched off for this game
-- expect: actors/iran.lua:2:
-- check: actors/iran.lua:2:
return { name = "override_broken_actor", version = "1.0", api = 1, author = "a hostile student", licence = "CC0-1.0" }
