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
    covert_progress = 0, covert_detected = 0, iaea_access = { 1, "IAEA 2025" }, strike_damage = 0, site_vigilance = 0,
    iran_resolve = { 60, "B9, B10" }, strikes_on_iran = 0, attacks_on_us = 0, weapon = 0,
    israel_readiness = { 50, "B3" }, proxy_capability = { 55, "B10" }, proxy_control = { 0.7, "B14" },
    proxy_activity = { 2, "C3" }, proxy_deterred = 0, snapback = 0, china_compliance = { 0.3, "A39-A41" },
    gulf_ties = { 45, "C6" }, mediation = 0,
    -- the story's records start empty (the lowest stability from the top: the first week sets it)
    bomb_progress = 0, deal_value = 0, relief_unearned = 0, oil_mean = 0, stability_low = 100, escalation_peak = 0,
    china_crude = 0, penalty_cost = 0, eu_offices = 0,
    deterrence_low = 0,   -- set from deterrence as the scenario loads
  },
  -- Every actor is scored, so that a class can hand any of them to a team: what each wants, read
  -- from the game's story (records and the state at the end), as the sources describe it. A
  -- scenario's own list for an actor replaces these; the US and Iran have theirs in each scenario.
  objectives = {
    israel = {
      -- The bomb itself is no_secret_work's worst case (a declared weapon is 100 on bomb_progress), so
      -- it has no objective of its own: one that read 100 in nearly every game whatever Israel did.
      -- C8, A33: the secret weapons work Iran did in this game, whatever a strike or a find later undid
      { id = "no_secret_work", text = "No secret weapons work", var = "bomb_progress", best = 0, worst = 30, weight = 4 },
      -- A32, A33, C8: strikes and sabotage meant to push the programme back; full at 70 weeks, about what a
      -- strike and well-timed operations win in a game (85 was reached only by weekly sabotage without limit)
      { id = "breakout", text = "Breakout kept far off", var = "breakout_weeks", best = 70, worst = 40, weight = 6 },
      -- B2, B5: Israel's campaign against Iran's allies (left alone, they rebuild to about 80 in the model).
      -- Its weight is the least: in the model the allies end weak only after a regional war, so at a weight
      -- like the others' it paid Israel for starting one (always_strike came within 23 points of the AI)
      { id = "proxies_weak", text = "Iran's allies weakened", var = "proxy_capability", best = 40, worst = 85, weight = 1 },
      -- The cost of war. A26: Tehran names the occupied territories and Israeli bases among the targets
      -- of its answer to an attack; June 2025 record: Iran's missile barrages on Israel after its strikes.
      -- The ladder reaches rung 8 when Iran fires on Israel (half marks) and 9 in a regional war (none).
      -- The heaviest weight: a war that spares Israel nothing is not redeemed by what the strikes destroy
      { id = "spared", text = "Israel spared Iran's missiles", var = "escalation_peak", best = 7, worst = 9, weight = 8 },
    },
    protesters = {
      -- A19, A44, A53: a movement against the system itself; what counts is how firm the regime stands at the end
      { id = "regime_shaken", text = "The regime shaken", var = "regime_stability", best = 70, worst = 82, weight = 1 },
      -- A4, A50, A51: hope that change is coming, which marches keep alive and staying home lets fade
      { id = "hope", text = "Hope kept alive", var = "hope", best = 64, worst = 15, weight = 1 },
      -- A16, A45, A47: the world's eyes on Tehran, which the movement's appeals abroad draw
      { id = "watched", text = "The world watching", var = "condemnation", best = 56, worst = 15, weight = 1 },
      -- A19, A23: strikes that close the bazaar and stop the oil fields, the movement's weapon against the regime's purse
      { id = "economy_stopped", text = "The country brought to a standstill", var = "gdp_growth", best = -3, worst = 2, weight = 1 },
    },
    irgc = {
      -- A48, A49: the system it guards, as it stands at the end (its pay, purges and the Basij move it)
      { id = "regime_stands", text = "The Islamic Republic stands firm", var = "regime_stability", best = 85, worst = 55, weight = 3 },
      -- A49: the depth of control rests on the ranks' loyalty. None at 0.88, just under the 0.9 of quiet
      -- times: what counts is what its pay and purges add to the loyalty it has anyway (at 0.8, quiet-time
      -- loyalty was worth half marks, and an IRGC that did nothing came within 22 points of the AI)
      { id = "ranks_hold", text = "The ranks hold", var = "security_loyalty", best = 1, worst = 0.88, weight = 2 },
      -- B13: the missile and air power it displays
      { id = "deterrence", text = "Deterrence kept", var = "deterrence_low", best = 80, worst = 20, weight = 1 },
    },
    proxies = {
      -- B2, B10, C3: the allies' strength after Israel's and the US's campaigns, rebuilt or spent
      { id = "strength", text = "Strength kept", var = "proxy_capability", best = 90, worst = 20, weight = 2 },
      -- B10: the axis-of-resistance narrative that binds them to Tehran
      { id = "axis_holds", text = "The axis of resistance holds", var = "narrative", best = 65, worst = 20, weight = 1 },
      -- B14: the Quds Force calls for restraint; they would rather keep their own say. Tehran's grip at the
      -- end, which its calls raise and their own strikes loosen, each only while repeated (proxy_grip_drift):
      -- a point or two below its usual level (0.7) when they act on their own, well above when they obey
      { id = "own_hand", text = "Their own hand", var = "proxy_control", best = 0.55, worst = 0.85, weight = 1 },
    },
    europe = {
      -- A5, A28, A55: allies and critics want diplomacy, not unilateral force; Europe's good offices
      { id = "settlement", text = "A negotiated settlement", outcome = "agreement", weight = 2 },
      -- A5, A28, A55: Europe's own part in the talks, the progress its good offices added (eu_offices)
      { id = "broker", text = "Europe's good offices in the talks", var = "eu_offices", best = 50, worst = 0, weight = 2 },
      -- A5, A42: allies alarmed and alienated by Washington's course; acting with it keeps them heard
      { id = "heard", text = "Allies heard in Washington", var = "alliance_cohesion", best = 60, worst = 30, weight = 2 },
      -- A27, A30: critics fear a wider conflict
      { id = "no_war", text = "No regional war", var = "escalation_peak", best = 5, worst = 8, weight = 1 },
    },
    china = {
      -- A41, 2021-2024 record: Chinese refiners take most of Iran's crude, at a discount; what China
      -- bought on average over the weeks (Iran's exports less the share buyers forgo to honour the
      -- sanctions). Full at 0.6 mb/d, about what it takes while honouring enough to be spared most
      -- of Washington's penalties; nothing at 0.3, what a Beijing that honours them in full keeps
      { id = "crude", text = "Discounted Iranian crude bought", var = "china_crude", best = 0.65, worst = 0.3, weight = 2 },
      -- A39, A41, Refiners 2025 record: the tariff on Iran's partners and the listing of refiners fall
      -- on whoever keeps buying, the harder the more openly (penalty_cost, averaged over the weeks);
      -- honouring enough of the sanctions keeps Beijing clear. It read buyers' compliance before,
      -- which the tariff alone pushes to its full mark: a passive Beijing was "safe" under it
      { id = "tariff_safe", text = "Clear of Washington's penalties on Iran's buyers", var = "penalty_cost",
        best = 2.5, worst = 15, weight = 3 },
      -- C7: an importer's interest in cheap oil; Iranian crude on the market lowers the price
      { id = "cheap_oil", text = "Oil kept cheap", var = "oil_mean", best = 70, worst = 85, weight = 1 },
    },
    gulf = {
      -- A26, A30: neighbours who would be the battlefield (US bases and shipping lanes among Tehran's targets)
      { id = "no_war", text = "No regional war", var = "escalation_peak", best = 6, worst = 9.5, weight = 2 },
      -- C6: Iran's growing ties with Saudi Arabia and the UAE
      { id = "ties", text = "Ties with Tehran kept", var = "gulf_ties", best = 80, worst = 45, weight = 3 },
      -- C6 and the 2025 Oman talks: Gulf mediators carrying the talks to a deal, and what it secures (0
      -- without one; the Strait, which the Gulf cannot keep open itself, is no_war's). Any deal is worth 40
      -- (deal_base); it is full only at 80, with inspectors back, enrichment capped and Iran's missiles or
      -- allies covered, which the Gulf, within their reach (A26), wants bound too (model; the 2015 record:
      -- Riyadh and Abu Dhabi faulted a deal confined to the nuclear file). It was full at 40: 100 in every
      -- game with a deal, 0 in every other
      { id = "deal", text = "A deal struck in the talks", var = "deal_value", best = 80, worst = 0, weight = 2 },
    },
  },
}
