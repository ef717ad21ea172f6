-- A new action for the Gulf states (the actor that speaks for Oman and
-- Qatar). An action with the id of an existing one would replace it.
return {
  { id = "oman_shuttle", actors = "gulf", track = "diplomacy", name = "Oman's foreign minister shuttles between the capitals",
    text = "Muscat carries proposals back and forth, so that neither side has to be seen talking to the other.",
    news = "Oman's foreign minister shuttles between Washington and Tehran.",
    cost = 1, goldstein = 6, escalation = -2, requires = { "talks < 3", "escalation < 8" },
    effects = { "mediation = 1", "talks_progress += 2 ~ 1" },
    sources = { "C6" } },
}
