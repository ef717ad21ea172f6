-- A mod with a problem of every kind redline check looks for (test_mods.sh).
return {
  name = "broken",
  version = "0.1",
  api = 1,
  author = "tests",
  licence = "CC0-1.0",
}
