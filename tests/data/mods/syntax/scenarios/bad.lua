-- A scenario with a syntax error on line 4.
return {
  id = "bad",
  name = "Bad" start = "2025-01-01",
}
