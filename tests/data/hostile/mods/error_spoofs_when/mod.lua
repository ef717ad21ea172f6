-- attack: an error message from an event's when that blames another file and hides its own line
-- expect: events/spoof.lua:
-- expect: : scripts/actors/iran.lua:12: not me
-- check: : scripts/actors/iran.lua:12: not me
return { name = "error_spoofs_when", version = "1.0", api = 1, author = "a hostile student", licence = "CC0-1.0" }
