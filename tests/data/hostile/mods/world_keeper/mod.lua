-- attack: an event keeps the world it was given and uses it on later turns and from another event's when
-- expect: world.add: conditions may only read the world
return { name = "world_keeper", version = "1.0", api = 1, author = "a hostile student", licence = "CC0-1.0" }
