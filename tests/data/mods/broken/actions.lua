return {
  { id = "broken_action", actors = "irn", track = "diplomacy", name = "A broken action",
    cost = 9, effects = { "sancions += 1" }, sources = { "C6" } },
}
