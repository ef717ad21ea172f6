-- A rule added to the Gulf states' own: in this mod's scenario, Oman
-- shuttles whenever there is something to carry.
return {
  { id = "example.oman_shuttles",
    scenarios = { "muscat" },
    when = function(v) return v.talks >= 1 or v.escalation >= 4 end,
    favours = { oman_shuttle = 2.5 },
    reason = "Oman keeps the channel alive by carrying messages itself.",
    sources = { "C6" } },
}
