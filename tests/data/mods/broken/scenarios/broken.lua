return {
  id = "broken",
  name = "Broken on purpose",
  start = "2025-01-01",
  turn = 10,
  briefing = "Every line below has a problem.",
  initial = {
    rail = 1200,
    inflation = { 900, "made up" },
  },
  params = { sanction_bit = 0.5 },
  capital = { usa = 3 },
  objectives = {
    us = { { id = "popular", text = "Popular at home", var = "aproval", best = 60, worst = 30 } },
    iran = { { id = "win", text = "Win", outcome = "victory" } },
    israel = { change = { breakot = { best = 50 } } },
    gulf = { change = { ties = { best = "high" } } },
    europe = { change = { heard = { bset = 50 } } },
    china = { chnage = { crude = { best = 1 } } },
    irgc = { drop = { "ranks_hld" } },
    proxies = { { id = "strength", text = "Strength kept", var = "proxy_capability" }, change = {} },
  },
  events = {
    { id = "unsourced", text = "Something happens.", when = function(w) return true end },
  },
}
