-- attack: an event's when that builds a gigabyte string every turn
-- expect: string.rep: the result would be longer than the 64 KB a string in a script may hold
-- check: string.rep: the result would be longer than the 64 KB
return { name = "when_huge_string", version = "1.0", api = 1, author = "a hostile student", licence = "CC0-1.0" }
