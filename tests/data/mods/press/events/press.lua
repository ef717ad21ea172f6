return {
  { id = "press_reports", on = "oman_mediation",
    apply = function(w, data)
      local state = w.state()
      state.reports = (state.reports or 0) + 1
      w.news(string.format("The press reports on the Muscat talks (report %d, strength %d).", state.reports,
                           data.strength))
    end },
}
