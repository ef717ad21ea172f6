-- A second mod that answers the example mod's custom event: mods combine.
return {
  name = "press", version = "1.0", api = 1, author = "tests", licence = "CC0-1.0",
  load_after = { "example" },
}
