-- attack: 12 MB of control characters in world.state(): a 72 MB save the loader refuses (a class's autosave lost)
-- save: yes
-- expect: holds more text than a save keeps (64 MB)
-- check: state_huge
return { name = "state_huge", version = "1.0", api = 1, author = "a hostile student", licence = "CC0-1.0" }
