-- a link that stays inside the mod's folder is the mod's own file: it is read
-- expect: link_inside: read through a link inside the mod
-- check: link_inside
return { name = "link_inside", version = "1.0", api = 1, author = "a hostile student", licence = "CC0-1.0" }
