-- An event whose condition names no variable.
return {
  { id = "bad_when", text = "Never.", sources = { "A1" },
    when = { "escalation >= 5", "protests < 3" } },
}
