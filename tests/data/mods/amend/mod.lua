-- A scenario that changes other actors' objectives by id instead of giving their lists (test_mods.c, test_mods.sh).
return { name = "amend", version = "1", api = 1, author = "tests", licence = "CC0-1.0" }
