-- attack: an event's when that builds a gigabyte string every turn
-- expect: stopped
-- check: stopped
return { name = "when_huge_string", version = "1.0", api = 1, author = "a hostile student", licence = "CC0-1.0" }
