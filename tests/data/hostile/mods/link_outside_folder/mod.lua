-- attack: the mod's events folder is a link to a folder outside the mod
-- core
-- expect: is a link to a file outside its mod's folder
-- check: is a link to a file outside its mod's folder
return { name = "link_outside_folder", version = "1.0", api = 1, author = "a hostile student", licence = "CC0-1.0" }
