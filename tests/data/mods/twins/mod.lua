-- Two events with the same condition, one written as a list and one as a
-- function: they must fire on the same turns (tests/unit/test_mods.c).
return { name = "twins", version = "1.0", api = 1, author = "tests", licence = "CC0-1.0" }
