-- Default values for every variable of the world, so that a scenario need
-- only state what differs. Figures are for 2025 unless a scenario says
-- otherwise; each carries its source.
return {
  initial = {
    escalation = { 3, "CAMEO/Rivera ladder: sanctions and gestures" },
    oil_price = { 72, "Brent, 2025 average range 65-80 (C7)" },
    oil_premium = { 3, "modest standing premium" },
    hormuz_flow = { 20, "EIA 2024: about 20 mb/d" },
    condemnation = { 20, "model" },
    approval = { 44, "A29" }, hawk_pressure = { 50, "C1" }, credibility = { 50, "model" },
    ultimatum = 0, audience_cost = 0, alliance_cohesion = { 60, "A5" }, posture = { 2, "B3" },
    sanctions = { 8, "maximum pressure, C2" }, enforcement = { 0.6, "2024 record" }, secondary_tariff = 0,
    talks = 0, talks_progress = 0, demands = { 1, "B7" }, relief = 0, us_casualties = 0, us_resolve = { 60, "A26" },
    rial = { 900, "open-market rate, early 2025" }, rial_trend = { 40, "2024 record" },
    inflation = { 40, "2024 record" }, oil_exports = { 1.5, "EIA 2024" }, gdp_growth = { 0, "2024 record" },
    regime_stability = { 65, "A48, A49" }, security_loyalty = { 0.9, "A49" }, cohesion = { 65, "B11" },
    faction_leader = { 0.4, "B13" }, faction_hardline = { 0.35, "B11, B13" }, faction_pragmatic = { 0.25, "B14" },
    narrative = { 55, "B10" }, deterrence = { 55, "B9" },
    protest = { 0.5, "A14" }, protest_deaths = 0, grievance = { 40, "A19-A23" }, fear = { 20, "A43" },
    hope = { 20, "A51" }, internet = 1, last_policy = 0, inconsistency = 0,
    stockpile_60 = { 274.8, "IAEA, February 2025" }, enrichment = { 1, "IAEA 2025" }, breakout_weeks = 30,
    covert_progress = 0, covert_detected = 0, iaea_access = { 1, "IAEA 2025" }, strike_damage = 0,
    iran_resolve = { 60, "B9, B10" }, strikes_on_iran = 0, attacks_on_us = 0, weapon = 0,
    israel_readiness = { 50, "B3" }, proxy_capability = { 55, "B10" }, proxy_control = { 0.7, "B14" },
    proxy_activity = { 2, "C3" }, snapback = 0, china_compliance = { 0.3, "A39-A41" },
    gulf_ties = { 45, "C6" }, mediation = 0,
    -- the story's records start empty (the lowest stability from the top: the first week sets it)
    bomb_progress = 0, deal_value = 0, relief_unearned = 0, oil_mean = 0, stability_low = 100, escalation_peak = 0,
  },
}
