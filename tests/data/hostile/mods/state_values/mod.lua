-- attack: ten tables each holding the next ten times over, six deep: a million values for the save to write out
-- save: yes
-- expect: holds more values than a save keeps (100,000)
-- check: state_values
return { name = "state_values", version = "1.0", api = 1, author = "a hostile student", licence = "CC0-1.0" }
