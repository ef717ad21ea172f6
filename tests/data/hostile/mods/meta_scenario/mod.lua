-- attack: a scenario whose table raises an error from __index when the engine reads it
-- scenario: meta_scenario
-- expect: boom from the scenario's __index
-- check: boom from the scenario's __index
return { name = "meta_scenario", version = "1.0", api = 1, author = "a hostile student", licence = "CC0-1.0" }
