return { name = "alpha", version = "1", api = 1, author = "tests", licence = "CC0-1.0", load_after = { "gamma", "not_installed" } }
