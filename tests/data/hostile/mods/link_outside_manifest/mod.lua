-- attack: the mod's manifest is a link to a file outside the mod (the mod is left out whole)
-- core
-- expect: is a link to a file outside its mod's folder
-- check: is a link to a file outside its mod's folder
return { name = "link_outside_manifest", version = "1.0", api = 1, author = "a hostile student", licence = "CC0-1.0" }
