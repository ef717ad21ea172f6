-- attack: bytes that are not UTF-8 in world.state() and in world.news, for the JSON output and the save
-- save: yes
-- expect: wrote bytes that are not UTF-8
-- check: wrote bytes that are not UTF-8
return { name = "state_bad_utf8", version = "1.0", api = 1, author = "a hostile student", licence = "CC0-1.0" }
