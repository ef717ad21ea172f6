-- attack: an event file that is a link to a file outside the mod's folder (anywhere on the disk)
-- core
-- expect: is a link to a file outside its mod's folder
-- check: is a link to a file outside its mod's folder
return { name = "link_outside_file", version = "1.0", api = 1, author = "a hostile student", licence = "CC0-1.0" }
