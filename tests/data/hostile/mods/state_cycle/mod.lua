-- attack: a world.state() table that holds itself, and tables sharing each other at every level
-- save: yes
-- expect: is nested deeper than a save keeps (does a table hold itself?)
-- check: state_cycle
return { name = "state_cycle", version = "1.0", api = 1, author = "a hostile student", licence = "CC0-1.0" }
