-- attack: a mod's scenario standing in for the game's tutorial fails when loaded: the game's own is played
-- core
-- expect: is switched off for this game (its scenario is played from scripts/scenarios/tutorial.lua instead)
-- expect: a broken stand-in
-- check: a broken stand-in
return { name = "override_broken_scenario", version = "1.0", api = 1, author = "a hostile student", licence = "CC0-1.0" }
