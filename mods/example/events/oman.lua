-- Oman's invitation, and a custom event: "oman_mediation" is raised when the
-- invitation is accepted. This mod answers it below; any other mod can too,
-- with an event of its own that says on = "oman_mediation".
return {
  { id = "oman_invitation", scenarios = { "muscat" },
    text = "Oman invites both sides' envoys to Muscat.", sources = { "C6" },
    once = false, chance = 0.5,
    when = function(w)
      return w.get("talks") < 3 and w.get("escalation") < 7 and w.turn() % 3 == 0
    end,
    apply = function(w)
      w.raise("oman_mediation", { strength = 1 + w.get("mediation") })
    end },

  { id = "oman_mediation_round", scenarios = { "muscat" },
    on = "oman_mediation",
    apply = function(w, data)
      local state = w.state()             -- kept from turn to turn, saved with the game
      state.rounds = (state.rounds or 0) + 1
      w.set("talks", math.max(w.get("talks"), 1))
      w.add("talks_progress", 3 * data.strength)
      w.news(string.format("Omani mediation: %d rounds of indirect talks so far.", state.rounds))
    end },
}
