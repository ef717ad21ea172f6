-- attack: a mod's scenario standing in for the game's tutorial loops when loaded: the game's own is played
-- core
-- expect: is switched off for this game (its scenario is played from scripts/scenarios/tutorial.lua instead)
-- expect: instruction budget exceeded
-- check: instruction budget exceeded
return { name = "override_scenario_loops", version = "1.0", api = 1, author = "a hostile student", licence = "CC0-1.0" }
