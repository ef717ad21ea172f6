-- The action catalogue. Each action: who may take it (actors), its track,
-- political-capital cost, prerequisites and immediate effects (applied by the
-- engine), CAMEO Goldstein weight (-10..10), escalation score (Rivera et al.
-- 2024: -2 de-escalation, 0 status quo, 4 posturing, 12 non-violent
-- escalation, 28 violent, 60 nuclear), public or secret, factions that back
-- or oppose it, and the source paragraphs it rests on.
--
-- requires: "variable op number", op one of < <= > >= == ~=
-- effects:  "variable op number [~ sd]", op one of = += -= *= >= (at least) <= (at most);
--           "intel ACTOR *= x" shrinks the acting actor's error about ACTOR's variables.
return {
  -- United States: diplomacy ------------------------------------------------
  { id = "offer_talks", actors = "us", track = "talks", name = "Offer talks by letter",
    text = "A public invitation to negotiate, with the threat of pressure behind it.",
    cost = 1, goldstein = 7, escalation = -2, requires = { "talks < 2" },
    effects = { "t_engage_us >= 0.5", "talks >= 1" }, backs = { "dealmakers" }, opposes = { "hawks" },
    sources = { "C2", "B3", "B6" } },
  { id = "us_backchannel", actors = "us", track = "talks", name = "Send a message through the envoy",
    text = "Witkoff passes a private message to Araghchi.", secret = true,
    cost = 0, goldstein = 3, escalation = 0, effects = { "t_engage_us >= 0.5" },
    sources = { "A25", "A26" } },
  { id = "direct_talks", actors = "us", track = "talks", name = "Hold direct talks",
    cost = 1, goldstein = 7, escalation = -2, requires = { "talks >= 1", "talks < 3" },
    effects = { "t_engage_us >= 1" }, backs = { "dealmakers" }, sources = { "C1", "C3" } },
  { id = "nuclear_only", actors = "us", track = "terms", name = "Limit the demands to the nuclear file",
    cost = 1, goldstein = 4, escalation = -2, requires = { "demands > 0" },
    effects = { "demands = 0" }, backs = { "dealmakers" }, opposes = { "hawks" },
    sources = { "B7", "C5" } },
  { id = "broaden_demands", actors = "us", track = "terms", name = "Add missiles and proxies to the demands",
    cost = 1, goldstein = -3, escalation = 4, requires = { "demands < 2" },
    effects = { "demands += 1" }, backs = { "hawks" }, sources = { "B7", "C1", "C4" } },
  { id = "cancel_talks", actors = "us", track = "talks", name = "Cut off all talks",
    cost = 1, goldstein = -4, escalation = 12, requires = { "talks >= 1", "talks < 3" },
    effects = { "talks = 0", "talks_progress *= 0.6", "relief = 0" }, backs = { "hawks" },
    sources = { "A2", "A9" } },
  { id = "offer_relief", actors = "us", track = "terms", name = "Put sanctions relief on the table",
    cost = 2, goldstein = 6, escalation = -2, requires = { "talks >= 1", "relief < 1" },
    effects = { "relief = 1" }, backs = { "dealmakers" }, opposes = { "hawks" }, sources = { "C3" } },
  { id = "oil_deal", actors = "us", track = "economy", name = "Propose Iranian crude for nuclear limits",
    cost = 1, goldstein = 6, escalation = -2, requires = { "talks >= 2", "relief < 1" },
    effects = { "talks_progress += 6", "relief = 1" }, backs = { "dealmakers" }, sources = { "C7" } },
  { id = "us_sign", actors = "us", track = "talks", name = "Sign the agreement",
    cost = 2, goldstein = 8, escalation = -2, requires = { "talks_progress >= 80" },
    effects = { "t_sign_us = 1" }, backs = { "dealmakers" }, opposes = { "hawks" }, sources = { "C3", "C7" } },
  { id = "ultimatum", actors = "us", track = "terms", name = "Issue a public ultimatum",
    text = "A public deadline: comply or be hit. Backing down later will cost more the longer it stands.",
    cost = 1, goldstein = -7, escalation = 12, requires = { "ultimatum == 0" },
    effects = { "ultimatum = 1", "credibility += 3", "audience_cost >= 10" }, backs = { "hawks" },
    sources = { "A13", "B6", "Fearon 1994" } },
  { id = "drop_ultimatum", actors = "us", track = "terms", name = "Quietly drop the ultimatum",
    cost = 1, goldstein = 2, escalation = -2, requires = { "ultimatum == 1" },
    effects = { "ultimatum = 0", "t_backdown = 1" }, opposes = { "hawks" }, sources = { "Fearon 1994" } },
  -- United States: economy ---------------------------------------------------
  { id = "tighten_sanctions", actors = "us", track = "economy", name = "Tighten sanctions",
    cost = 1, goldstein = -8, escalation = 12, requires = { "sanctions < 10" },
    effects = { "sanctions += 1", "enforcement += 0.1" }, backs = { "hawks" }, sources = { "A28", "C2" } },
  { id = "secondary_tariffs", actors = "us", track = "economy", name = "Tariff Iran's trading partners 25%",
    cost = 1, goldstein = -8, escalation = 12, requires = { "secondary_tariff < 25" },
    effects = { "secondary_tariff = 25", "alliance_cohesion -= 4" }, backs = { "hawks" },
    sources = { "A39", "A40", "A41", "A42" } },
  { id = "enforce_sanctions", actors = "us", track = "economy", name = "Chase sanctions-busting tankers",
    cost = 1, goldstein = -5, escalation = 4, effects = { "enforcement += 0.25" }, backs = { "hawks" },
    -- A41 is the tariffs' aim (isolate Tehran), C2 maximum pressure; chasing tankers is not in the
    -- articles: the 2021-2024 record shows exports recovering when enforcement lapses
    sources = { "A41", "C2", "2021-2024 record" } },
  { id = "ease_sanctions", actors = "us", track = "economy", name = "Ease sanctions",
    cost = 1, goldstein = 5, escalation = -2, requires = { "sanctions >= 1" },
    effects = { "sanctions -= 1", "enforcement -= 0.1", "secondary_tariff = 0" }, backs = { "dealmakers" },
    opposes = { "hawks" }, sources = { "C3", "C7" } },
  -- United States: information -----------------------------------------------
  { id = "encourage_protesters", actors = "us", track = "information", name = "Tell protesters help is on its way",
    text = "Raises hope in the street, and hands Tehran its foreign-plot story.",
    cost = 1, goldstein = -4, escalation = 4,
    effects = { "t_encourage = 1", "alliance_cohesion -= 2", "narrative += 2" }, backs = { "hawks" },
    sources = { "A4", "A5", "A7", "A24" } },
  { id = "condemn_killings", actors = "us", track = "information", name = "Condemn the killing of protesters",
    cost = 0, goldstein = -2, escalation = 0, requires = { "protest_deaths >= 50" },
    effects = { "condemnation += 4" }, sources = { "A6" } },
  { id = "support_internet", actors = "us", track = "information", name = "Fund satellite internet for Iranians",
    cost = 1, goldstein = -2, escalation = 4, effects = { "internet += 0.2" },
    sources = { "A42", "A46", "GL D-2 2022" } },
  { id = "us_intel", actors = "us", track = "intelligence", name = "Surge intelligence collection on Iran",
    secret = true, cost = 1, goldstein = 0, escalation = 0,
    effects = { "intel iran *= 0.5", "intel protesters *= 0.6" }, sources = { "C8" } },
  -- United States: military --------------------------------------------------
  { id = "deploy_forces", actors = "us", track = "military", name = "Send a carrier group (show of force)",
    cost = 1, goldstein = -5, escalation = 4, requires = { "posture < 5" },
    effects = { "posture += 1", "credibility += 2" }, backs = { "hawks" },
    -- B3: the threat behind the talks made concrete; the articles report no deployment as such
    sources = { "B3" } },
  { id = "stand_down", actors = "us", track = "military", name = "Pull forces back",
    cost = 1, goldstein = 3, escalation = -2, requires = { "posture >= 1" },
    effects = { "posture -= 1" }, opposes = { "hawks" },
    -- A27: the critics' warning that the posture risks the region; no withdrawal is reported
    sources = { "A27" } },
  { id = "strike_proxies", actors = "us", track = "military", name = "Strike the Houthis and militias",
    cost = 1, goldstein = -10, escalation = 28, requires = { "posture >= 1" },
    effects = { "proxy_capability -= 12 ~ 4", "proxy_activity *= 0.3", "proxy_deterred += 12 ~ 4", "credibility += 4",
                "escalation >= 5" },
    backs = { "hawks" }, sources = { "C3", "A26" } },
  { id = "strike_nuclear", actors = "us", track = "military", name = "Strike Iran's nuclear sites",
    text = "Bunker-busters on Fordow and Natanz: months of delay, true damage unknown.",
    cost = 2, goldstein = -10, escalation = 28, requires = { "posture >= 2" },
    effects = { "strike_damage += 45 ~ 15", "covert_progress *= 0.5", "t_struck = 1", "strikes_on_iran += 1",
                "escalation >= 7", "ultimatum = 0", "audience_cost = 0", "credibility += 10",
                "alliance_cohesion -= 6", "stockpile_60 *= 0.85" },
    backs = { "hawks" }, opposes = { "dealmakers" }, sources = { "A31", "A32", "A33", "C8" } },
  { id = "strike_campaign", actors = "us", track = "military", name = "Launch a broad strike campaign",
    text = "Hitting Iran 'at levels never hit before': military, nuclear and economic targets.",
    cost = 3, goldstein = -10, escalation = 28, requires = { "posture >= 3" },
    effects = { "strike_damage += 60 ~ 15", "t_struck = 1", "strikes_on_iran += 3", "escalation >= 8",
                "deterrence -= 15", "proxy_capability -= 10", "proxy_deterred += 10", "ultimatum = 0", "audience_cost = 0",
                "alliance_cohesion -= 10" },
    backs = { "hawks" }, opposes = { "dealmakers" }, sources = { "A26", "A12" } },
  { id = "green_light_israel", actors = "us", track = "military", name = "Green-light an Israeli strike",
    cost = 1, goldstein = -6, escalation = 4, effects = { "israel_readiness += 30" }, backs = { "hawks" },
    sources = { "B3", "C8" } },

  -- Iran: diplomacy ------------------------------------------------------------
  { id = "accept_talks", actors = "iran", track = "talks", name = "Send Araghchi to the talks",
    cost = 1, goldstein = 7, escalation = -2, requires = { "talks >= 1" },
    effects = { "t_engage_iran >= 1" }, backs = { "pragmatic" }, opposes = { "hardline" },
    sources = { "B14", "C3" } },
  { id = "iran_backchannel", actors = "iran", track = "talks", name = "Keep the Araghchi-Witkoff channel open",
    secret = true, cost = 0, goldstein = 3, escalation = 0, effects = { "t_engage_iran >= 0.5" },
    backs = { "pragmatic" }, sources = { "A25", "A26", "B14" } },
  { id = "reject_talks", actors = "iran", track = "talks", name = "Denounce the talks as deception",
    cost = 0, goldstein = -4, escalation = 4,
    effects = { "narrative += 3", "talks_progress -= 5" }, backs = { "leader", "hardline" },
    opposes = { "pragmatic" }, sources = { "B13", "C2" } },
  { id = "nuclear_concession", actors = "iran", track = "nuclear", name = "Offer an enrichment cap and inspectors",
    cost = 2, goldstein = 6, escalation = -2, requires = { "talks >= 1", "iaea_access < 3" },
    effects = { "enrichment <= 1", "iaea_access += 1", "talks_progress += 8", "deterrence -= 4" },
    backs = { "pragmatic" }, opposes = { "hardline" }, sources = { "C8", "B9" } },
  { id = "refuse_missile_terms", actors = "iran", track = "diplomacy", name = "Refuse any limit on missiles or allies",
    cost = 0, goldstein = -2, escalation = 0, requires = { "demands >= 1" },
    effects = { "narrative += 4", "deterrence += 2" }, backs = { "leader", "hardline" },
    sources = { "B9", "B10", "C5" } },
  { id = "iran_sign", actors = "iran", track = "talks", name = "Sign the agreement",
    cost = 2, goldstein = 8, escalation = -2, requires = { "talks_progress >= 80" },
    effects = { "t_sign_iran = 1" }, backs = { "pragmatic" }, opposes = { "hardline" }, sources = { "C3", "C7" } },
  { id = "gulf_outreach", actors = "iran", track = "diplomacy", name = "Reach out to Riyadh and Abu Dhabi",
    cost = 1, goldstein = 5, escalation = -2, effects = { "gulf_ties += 6" }, backs = { "pragmatic", "leader" },
    sources = { "C6" } },
  { id = "court_china", actors = "iran", track = "economy", name = "Court Beijing to keep buying oil",
    cost = 1, goldstein = 4, escalation = 0, effects = { "china_compliance -= 0.08" },
    backs = { "leader", "hardline", "pragmatic" }, sources = { "A39", "A41", "2021-2024 record" } },
  -- Iran: domestic -------------------------------------------------------------
  { id = "crackdown", actors = "iran", track = "domestic", name = "Use live fire against protesters",
    text = "Clears the streets for a while, at the price of deaths, condemnation and later anger.",
    cost = 1, goldstein = -10, escalation = 4, requires = { "protest >= 0.5" },
    effects = { "t_repression = 1", "condemnation += 6" }, backs = { "leader", "hardline" },
    opposes = { "pragmatic" }, sources = { "A43", "A45", "A48" } },
  { id = "blackout", actors = "iran", track = "domestic", name = "Shut down the internet",
    cost = 1, goldstein = -4, escalation = 0, effects = { "internet = 0.05", "condemnation += 3", "gdp_growth -= 0.3" },
    backs = { "hardline" }, opposes = { "pragmatic" }, sources = { "A42", "A46" } },
  { id = "foreign_plot", actors = "iran", track = "information", name = "Blame foreign-backed rioters; declare mourning",
    cost = 0, goldstein = -2, escalation = 0, effects = { "hope -= 6", "narrative += 3", "cohesion += 2" },
    backs = { "leader", "hardline" }, sources = { "A24", "A35", "A36", "A37" } },
  { id = "economic_relief", actors = "iran", track = "domestic", name = "Announce subsidies and a wage rise",
    cost = 1, goldstein = 2, escalation = 0, effects = { "t_concession = 1", "inflation += 1.5" },
    -- A20, A23: the grievance it answers; no such relief is reported (A24); Lichbach 1987: concessions calm
    backs = { "pragmatic", "leader" }, sources = { "A20", "A23", "Lichbach 1987" } },
  { id = "reforms", actors = "iran", track = "domestic", name = "Promise reforms and an inquiry into the killings",
    cost = 2, goldstein = 4, escalation = 0, effects = { "t_concession = 1", "grievance -= 4", "cohesion -= 3" },
    -- A19, A23: the demands it answers; no such promise is reported; Lichbach 1987: concessions calm
    backs = { "pragmatic" }, opposes = { "hardline" }, sources = { "A19", "A23", "Lichbach 1987" } },
  -- Iran: military -------------------------------------------------------------
  { id = "military_exercise", actors = "iran", track = "military", name = "Hold air-defence exercises",
    text = "Like Eqtedar-1403: test defences against strikes on the nuclear sites.",
    cost = 1, goldstein = -2, escalation = 4, effects = { "deterrence += 4", "narrative += 1" },
    backs = { "hardline" }, sources = { "B5" } },
  { id = "missile_display", actors = "iran", track = "military", name = "Parade missiles and threaten",
    cost = 0, goldstein = -7, escalation = 4, effects = { "deterrence += 3", "hawk_pressure += 2" },
    backs = { "hardline" }, sources = { "B13" } },
  { id = "threaten_retaliation", actors = "iran", track = "military", name = "Warn of strikes on US bases and shipping",
    cost = 0, goldstein = -7, escalation = 4, effects = { "deterrence += 2", "oil_premium += 2" },
    backs = { "hardline" }, sources = { "A26" } },
  { id = "strike_us_bases", actors = "iran", track = "military", name = "Fire missiles at US bases",
    cost = 2, goldstein = -10, escalation = 28,
    effects = { "us_casualties += 8 ~ 8", "t_us_hit = 1", "t_iran_hit = 1", "attacks_on_us += 1", "escalation >= 7",
                "deterrence += 5", "hawk_pressure += 10" },
    backs = { "hardline" }, opposes = { "pragmatic" }, sources = { "A26" } },
  { id = "token_retaliation", actors = "iran", track = "military", name = "Telegraphed, token retaliation",
    text = "Missiles announced in advance at an empty base: face saved, door to a ceasefire left open.",
    cost = 1, goldstein = -6, escalation = 4, requires = { "strikes_on_iran >= 1" },
    effects = { "deterrence += 3", "narrative += 2", "t_token = 1" }, backs = { "leader" },
    sources = { "A26", "June 2025 record" } },
  { id = "harass_shipping", actors = "iran", track = "military", name = "Seize tankers and harass shipping",
    cost = 1, goldstein = -7, escalation = 12, effects = { "hormuz_flow -= 2 ~ 1", "oil_premium += 4" },
    backs = { "hardline" }, sources = { "A26" } },
  { id = "close_hormuz", actors = "iran", track = "military", name = "Mine and close the Strait of Hormuz",
    cost = 3, goldstein = -10, escalation = 28, requires = { "escalation >= 6" },
    effects = { "hormuz_flow -= 14 ~ 3", "escalation >= 9", "gulf_ties -= 20", "china_compliance += 0.2" },
    -- A26 threatens the shipping lanes; closing the strait outright goes beyond it: EIA 2024 for the flow at stake
    backs = { "hardline" }, opposes = { "pragmatic" }, sources = { "A26", "EIA 2024" } },
  { id = "strike_israel", actors = "iran", track = "military", name = "Launch missiles at Israel",
    cost = 2, goldstein = -10, escalation = 28, requires = { "escalation >= 5" },
    effects = { "israel_readiness += 30", "escalation >= 8", "deterrence += 3" }, backs = { "hardline" },
    opposes = { "pragmatic" }, sources = { "A26" } },
  -- Iran: proxies --------------------------------------------------------------
  { id = "activate_proxies", actors = "iran", track = "proxies", name = "Unleash the proxies",
    cost = 1, goldstein = -6, escalation = 12, effects = { "proxy_activity += 4", "proxy_control -= 0.05" },
    backs = { "hardline" }, sources = { "B10", "C3" } },
  { id = "restrain_proxies", actors = "iran", track = "proxies", name = "Quds Force calls for restraint",
    cost = 1, goldstein = 3, escalation = -2, effects = { "proxy_activity *= 0.4", "proxy_control += 0.05", "narrative -= 2" },
    backs = { "pragmatic", "leader" }, sources = { "B14" } },
  { id = "deny_proxies", actors = "iran", track = "information", name = "Deny having proxies in the region",
    cost = 0, goldstein = 1, escalation = 0, effects = { "narrative -= 1" }, backs = { "pragmatic" },
    opposes = { "hardline" }, sources = { "B14", "B10" } },
  -- Iran: nuclear --------------------------------------------------------------
  { id = "expand_enrichment", actors = "iran", track = "nuclear", name = "Expand 60% enrichment",
    cost = 1, goldstein = -5, escalation = 12, requires = { "enrichment < 2" },
    effects = { "enrichment = 2", "iaea_access -= 1" }, backs = { "hardline" }, opposes = { "pragmatic" },
    sources = { "IAEA 2025", "B9" } },
  { id = "freeze_enrichment", actors = "iran", track = "nuclear", name = "Freeze enrichment",
    cost = 2, goldstein = 5, escalation = -2, requires = { "enrichment > 0" },
    effects = { "enrichment = 0", "talks_progress += 5", "deterrence -= 3" }, backs = { "pragmatic" },
    opposes = { "hardline" }, sources = { "C8", "B9" } },
  { id = "covert_work", actors = "iran", track = "nuclear", name = "Pursue weaponisation in secret",
    text = "Hedging while talking: progress towards a device, and a risk of being found out.",
    secret = true, cost = 1, goldstein = -3, escalation = 0, effects = { "t_covert = 1" },
    backs = { "hardline" }, opposes = { "pragmatic" }, sources = { "C8", "A33" } },
  { id = "full_inspections", actors = "iran", track = "nuclear", name = "Grant inspectors full access",
    cost = 2, goldstein = 6, escalation = -2, requires = { "iaea_access < 3" },
    effects = { "iaea_access = 3", "talks_progress += 5", "deterrence -= 4" }, backs = { "pragmatic" },
    opposes = { "hardline" }, sources = { "C8", "IAEA 2025", "B9" } },
  { id = "declare_weapon", actors = "iran", track = "nuclear", name = "Test a device and declare a weapon",
    cost = 3, goldstein = -10, escalation = 60, requires = { "covert_progress >= 100", "stockpile_60 >= 42" },
    effects = { "weapon = 1", "deterrence = 100", "sanctions = 10", "enforcement >= 0.9", "alliance_cohesion += 15" },
    -- the articles stop at secret work and its discovery (C8): a declared weapon is the model's end state
    backs = { "hardline" }, opposes = { "pragmatic" }, sources = { "C8", "B9", "model" } },

  -- Israel -------------------------------------------------------------------
  { id = "israel_prepare", actors = "israel", track = "military", name = "Prepare strike packages",
    cost = 1, goldstein = -3, escalation = 4, effects = { "israel_readiness += 15" }, sources = { "B3" } },
  { id = "israel_strike", actors = "israel", track = "military", name = "Strike Iran's nuclear sites",
    cost = 2, goldstein = -10, escalation = 28, requires = { "israel_readiness >= 60" },
    effects = { "strike_damage += 35 ~ 15", "covert_progress *= 0.6", "t_struck = 1", "strikes_on_iran += 1", "escalation >= 7",
                "israel_readiness -= 40" }, sources = { "C8", "A31" } },
  { id = "israel_sabotage", actors = "israel", track = "intelligence", name = "Sabotage and spy on the programme",
    secret = true, cost = 1, goldstein = -3, escalation = 0,
    -- C8: Israel's intelligence watches the programme; sabotage itself is not in the articles (the outside
    -- record is Natanz 2020-2021). The order does the damage an operation does against sites not on guard
    -- (16); the nuclear step (dynamics.c, sabotage_update) makes it sabotage_damage less what the guards
    -- Iran posted after earlier operations prevented (site_vigilance), puts the sites on guard again, and
    -- may trace the operation to Israel
    effects = { "intel iran *= 0.5", "strike_damage += 16", "t_sabotage = 1" }, sources = { "C8", "Natanz 2020-2021 record" } },
  { id = "israel_strike_hezbollah", actors = "israel", track = "military", name = "Strike Hezbollah",
    cost = 1, goldstein = -10, escalation = 28, requires = { "proxy_activity >= 2" },
    effects = { "proxy_capability -= 10", "proxy_activity *= 0.5", "escalation >= 6" }, sources = { "B10", "B2" } },
  { id = "israel_hold", actors = "israel", track = "military", name = "Hold fire at Washington's request",
    -- C1: a President who prefers talks to strikes; Israel holding at his request is not in the articles
    cost = 0, goldstein = 1, escalation = -2, effects = { "israel_readiness -= 5" }, sources = { "C1" } },

  -- Protesters -----------------------------------------------------------------
  { id = "mass_protest", actors = "protesters", track = "street", name = "Call nationwide protests",
    cost = 1, goldstein = -1, escalation = 0, effects = { "hope += 4" }, sources = { "A14", "A19" } },
  { id = "general_strike", actors = "protesters", track = "economy", name = "Bazaar and oil-worker strikes",
    cost = 2, goldstein = -1, escalation = 0, effects = { "gdp_growth -= 1", "oil_exports -= 0.1", "hope += 1.5" },
    -- A23: the economic anger behind it; the articles report no strikes as such. Its crowds stay home and
    -- its strikers, unpaid in a 70% inflation (A22), cannot hold out long: it lifts hope less than a march
    -- (1.5 against 4; the size is the model's: at 3 striking every week was as good as any plan)
    sources = { "A23", "A22" } },
  { id = "appeal_abroad", actors = "protesters", track = "information", name = "Appeal to the world for help",
    cost = 1, goldstein = 0, escalation = 0, effects = { "condemnation += 4", "hope += 2" }, sources = { "A50", "A51" } },
  { id = "go_quiet", actors = "protesters", track = "street", name = "Stay home, mourn and wait",
    cost = 0, goldstein = 0, escalation = 0, effects = { "hope -= 2" }, sources = { "A43", "A46" } },

  -- IRGC -------------------------------------------------------------------------
  { id = "deploy_basij", actors = "irgc", track = "domestic", name = "Send the Basij into the streets",
    cost = 1, goldstein = -6, escalation = 0, requires = { "protest >= 1" },
    effects = { "fear += 8", "security_loyalty -= 0.01" },
    -- A48, A49: the apparatus that holds the streets, sent against crowds (none to break up below 1% of
    -- the people); A48: a regime that holds on only by force is said to be finished, and every week set
    -- against their own people wears on the ranks (the size, a quarter of a bonus's gain, is the model's),
    -- so the fear it buys fades while the cost to loyalty must be paid back
    sources = { "A48", "A49", "model" } },
  { id = "purge_officers", actors = "irgc", track = "domestic", name = "Purge wavering officers",
    cost = 1, goldstein = -3, escalation = 0, requires = { "security_loyalty < 0.9" },
    effects = { "security_loyalty += 0.04", "security_loyalty <= 0.9", "cohesion -= 3" },
    -- A49 gives the IRGC's hold, not how it keeps it: purges and bonuses are the model's. A purge removes
    -- the wavering; it cannot make the ranks more loyal than they are in quiet times (0.9, A49), and it
    -- costs the elite's unity (B10, B11: fissures in the security bureaucracy)
    sources = { "A49", "B10", "B11", "model" } },
  { id = "pay_bonuses", actors = "irgc", track = "economy", name = "Pay bonuses to the security forces",
    cost = 1, goldstein = 0, escalation = 0, effects = { "security_loyalty += 0.03", "inflation += 2" },
    -- A49: the ranks' loyalty; A20, A22: paid from a collapsing budget, the bonuses feed the inflation
    -- that drives the unrest (the size, about 17 points of inflation if paid every week, is the model's)
    sources = { "A49", "A20", "A22", "model" } },
  { id = "aerospace_show", actors = "irgc", track = "military", name = "Aerospace Force missile show",
    cost = 1, goldstein = -7, escalation = 4, effects = { "deterrence += 1.5", "hawk_pressure += 2" },
    -- B13: the displays and the commander's threats; like Tehran's own parade (missile_display) they
    -- hand Washington's hawks their case against a deal (C1)
    sources = { "B13", "C1" } },

  -- Proxies ------------------------------------------------------------------------
  { id = "proxy_attack_us", actors = "proxies", track = "military", name = "Militia drone attack on a US base",
    cost = 1, goldstein = -10, escalation = 28, requires = { "proxy_capability >= 20" },
    effects = { "us_casualties += 3 ~ 3", "t_us_hit = 1", "attacks_on_us += 1", "proxy_activity += 3",
                "narrative += 1.5", "proxy_control -= 0.06" },
    -- C3, A26 name the militias and the threat; their attacks on US forces are the 2024 record's;
    -- B10, B14: each attack shows the axis alive and Tehran's calls for restraint unheeded
    sources = { "C3", "A26", "2024 record", "B10", "B14" } },
  { id = "houthi_shipping", actors = "proxies", track = "military", name = "Houthis attack Red Sea shipping",
    cost = 1, goldstein = -9, escalation = 12, requires = { "proxy_capability >= 15" },
    effects = { "oil_premium += 3", "proxy_activity += 2", "narrative += 1", "proxy_control -= 0.04" },
    sources = { "C3", "2024 record", "B10", "B14" } },
  { id = "proxy_rearm", actors = "proxies", track = "logistics", name = "Rearm and regroup",
    cost = 1, goldstein = -2, escalation = 0, effects = { "proxy_capability += 5" }, sources = { "B10" } },
  { id = "proxy_pause", actors = "proxies", track = "military", name = "Observe a pause",
    cost = 0, goldstein = 2, escalation = -2, effects = { "proxy_activity *= 0.5" }, sources = { "B14" } },

  -- Europe ---------------------------------------------------------------------------
  { id = "eu_condemn", actors = "europe", track = "diplomacy", name = "Condemn the crackdown",
    cost = 0, goldstein = -2, escalation = 0, requires = { "protest_deaths >= 50" },
    effects = { "condemnation += 5" }, sources = { "A45", "A48" } },
  { id = "eu_snapback", actors = "europe", track = "economy", name = "Trigger the UN snapback",
    cost = 2, goldstein = -6, escalation = 12, requires = { "snapback == 0" },
    -- UN sanctions back (E3 snapback 2025); what it does for Europe's say in Washington is eu_sanctions'
    -- to model (it added 5 points of allies' support, a figure no source gives)
    effects = { "snapback = 1", "sanctions += 1" }, sources = { "E3 snapback 2025", "IAEA 2025" } },
  { id = "eu_mediate", actors = "europe", track = "diplomacy", name = "Offer European good offices",
    cost = 1, goldstein = 5, escalation = -2, requires = { "talks >= 1", "talks < 3" },
    -- A5, A27, A55: allies uneasy with Washington's line; European mediation itself is not in the articles.
    -- eu_offices keeps Europe's part in the talks for its objective
    effects = { "talks_progress += 2", "eu_offices += 2" }, sources = { "A5", "A27", "A55" } },
  { id = "eu_sanctions", actors = "europe", track = "economy", name = "Sanction the regime's enforcers",
    text = "EU listings of IRGC units and officials: Europe stands with Washington's pressure and keeps its say there.",
    cost = 1, goldstein = -3, escalation = 0,
    -- EU sanctions 2022-2024: the listings themselves; A5, A42: allies uneasy with Washington's course, the
    -- tariffs alienating them. That acting with Washington wins back a point of allies' support a week
    -- (against the 0.8 a week the reported tariff costs) is a model assumption.
    effects = { "alliance_cohesion += 1" }, sources = { "EU sanctions 2022-2024", "A5", "A42" } },
  { id = "eu_protest_tariffs", actors = "europe", track = "economy", name = "Protest the US secondary tariffs",
    cost = 1, goldstein = -1, escalation = 0, requires = { "secondary_tariff > 0" },
    effects = { "alliance_cohesion -= 2" }, sources = { "A42" } },

  -- China ------------------------------------------------------------------------------
  { id = "china_buy", actors = "china", track = "economy", name = "Keep buying discounted Iranian crude",
    cost = 1, goldstein = 2, escalation = 0, effects = { "china_compliance -= 0.1" },
    sources = { "A39", "A41", "2021-2024 record" } },
  { id = "china_comply", actors = "china", track = "economy", name = "Cut purchases to dodge US tariffs",
    cost = 1, goldstein = -1, escalation = 0, effects = { "china_compliance += 0.15" }, sources = { "A41" } },
  { id = "china_restraint", actors = "china", track = "diplomacy", name = "Call for restraint and dialogue",
    cost = 0, goldstein = 4, escalation = -2, effects = { "escalation -= 0.2" }, sources = { "A26", "China 2025 record" } },

  -- Gulf states --------------------------------------------------------------------------
  { id = "gulf_mediate", actors = "gulf", track = "diplomacy", name = "Oman and Qatar host indirect talks",
    cost = 1, goldstein = 6, escalation = -2, effects = { "mediation = 1" }, sources = { "C6", "Oman talks 2025" } },
  { id = "gulf_deny_airspace", actors = "gulf", track = "military", name = "Deny airspace for strikes on Iran",
    cost = 1, goldstein = 3, escalation = -2, effects = { "gulf_ties += 4", "alliance_cohesion -= 2", "israel_readiness -= 10" },
    -- C6: the Gulf's new ties with Tehran; denying airspace is not in the articles
    sources = { "C6" } },
  { id = "gulf_pump", actors = "gulf", track = "economy", name = "Pump more oil to calm prices",
    cost = 1, goldstein = 3, escalation = 0, effects = { "oil_premium -= 3" }, sources = { "EIA 2024" } },
  { id = "gulf_host_us", actors = "gulf", track = "military", name = "Host more US forces",
    cost = 1, goldstein = -2, escalation = 4, effects = { "posture += 0.5", "gulf_ties -= 5" }, sources = { "C6", "A26" } },
  { id = "gulf_shuttle", actors = "gulf", track = "diplomacy", name = "Carry messages between the delegations",
    text = "Oman's envoys shuttle between the two sides' rooms: each round narrows the gaps.",
    cost = 1, goldstein = 5, escalation = -2, requires = { "mediation >= 1", "talks >= 1" },
    -- C6 and the 2025 Oman talks: Oman hosted the 2025 rounds and carried the messages between the envoys;
    -- a round's worth of progress is the model's (as much as Europe's good offices)
    effects = { "talks_progress += 2" }, sources = { "C6", "Oman talks 2025" } },
}
