-- A mod whose events misbehave: each is stopped, named, and the game goes on.
return { name = "hostile", version = "1", api = 1, author = "tests", licence = "CC0-1.0" }
