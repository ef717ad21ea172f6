-- attack: an event table whose __index loops when the engine reads its fields
-- expect: is switched off for this game
-- expect: instruction budget exceeded
-- check: instruction budget exceeded
return { name = "meta_events", version = "1.0", api = 1, author = "a hostile student", licence = "CC0-1.0" }
