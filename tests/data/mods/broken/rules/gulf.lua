return {
  { id = "broken.no_reason",
    when = function(v) return true end,
    favours = { gulf_mediate = 1 },
    sources = { "C6" } },
  { id = "broken.typo",
    when = function(v) return true end,
    favours = { gulf_mediat = 1 },
    reason = "A typo in the action.",
    sources = { "C6" } },
}
