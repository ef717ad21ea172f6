return { name = "gamma", version = "1", api = 1, author = "tests", licence = "CC0-1.0" }
