-- Iran: the Supreme Leader's office weighing the IRGC and hardliners against
-- the pragmatists (B11-B14), caught in a double bind (B9, B10): talks on
-- American terms would give up deterrence and the axis, refusing them risks
-- attack; relief needs concessions, and concessions made cheaply invite
-- bigger demands (C4).
local ai = require("ai")

return ai.actor {
  actor = "iran",
  temperament = { noise = 0.6, threshold = 1, orders = 3 },
  rules = {
    -- talks --------------------------------------------------------------------
    { id = "iran.reject_coercion",
      when = { "ultimatum >= 1", "demands >= 2" },
      favours = { reject_talks = 3, accept_talks = -2 },
      reason = "Talks offered under threat and on sweeping terms are a deception and coercion.",
      sources = { "B13", "C2" } },
    { id = "iran.refuse_surrender",
      when = { "demands >= 1" },
      favours = { refuse_missile_terms = 2.5, iran_sign = -1.5 },
      reason = "Giving up missiles and allies would end deterrence and betray the axis: talk, but refuse those terms.",
      sources = { "B9", "B10", "C5" } },
    { id = "iran.never_the_axis",
      when = { "demands >= 2" },
      favours = { iran_sign = -2, nuclear_concession = -1 },
      reason = "A deal that drops the allies would split the regime's own supporters.",
      sources = { "B10", "B11" } },
    { id = "iran.keep_backchannel",
      when = { "escalation < 9" },
      favours = { iran_backchannel = 1.2 },
      reason = "Keep the envoys' channel open, whatever the public rhetoric.",
      sources = { "A26", "B14" } },
    { id = "iran.nuclear_only_talks",
      when = { "talks >= 1", "demands < 1" },
      favours = { accept_talks = 3 },
      reason = "Talks limited to the nuclear file can bring relief without giving up deterrence.",
      sources = { "C3", "C7", "B14" } },
    { id = "iran.talk_but_refuse",
      when = { "talks >= 1", "demands >= 1", "demands < 3" },
      favours = { accept_talks = 1.8 },
      reason = "Araghchi keeps talking, to bring Washington back to the nuclear file.",
      sources = { "B14", "C5" } },
    { id = "iran.opening_offer",
      when = function(v)
        return v.demands < 1 and v.t_engage_us >= 1 and v.relief < 1 and v.iaea_access < 2 and v.last.nuclear_concession == nil
          and (v.faction_pragmatic >= 0.24 or v.oil_exports < 1 or v.inflation > 60)
      end,
      favours = { nuclear_concession = 2.3 },
      reason = "Washington talks on the nuclear file alone and the pragmatists, or the economy, carry the day: "
        .. "open with a cap and some inspectors, and see what it gives.",
      sources = { "B14", "C3", "C8" } },
    { id = "iran.before_the_window_closes",
      when = function(v)
        return v.demands < 1 and v.talks >= 1 and v.relief < 1 and v.iaea_access < 2 and v.last.nuclear_concession == nil
          and v.turns - v.turn <= 1
      end,
      favours = { nuclear_concession = 2.3 },
      reason = "Time is short and the threat of strikes has not gone away: put a cap and inspectors on the table "
        .. "while Washington still talks on the nuclear file alone.",
      sources = { "C7", "C8", "model" } },
    { id = "iran.relief_on_table",
      when = { "relief >= 1", "talks >= 1" },
      favours = { accept_talks = 2 },
      reason = "Real sanctions relief is on offer: the pragmatists get their chance.",
      sources = { "C3", "B14" } },
    { id = "iran.limits_for_relief",
      when = function(v)
        return v.relief >= 1 and v.talks >= 2 and v.sanctions >= 6 and (v.ultimatum >= 1 or v.oil_exports < 1.1)
      end,
      favours = { nuclear_concession = 1.5, full_inspections = 1.6, freeze_enrichment = 1.2 },
      reason = "Under pressure, with relief on the table, trade enrichment limits and inspectors for it.",
      sources = { "C8", "B6", "C3" } },
    { id = "iran.inspectors_to_close",
      when = { "talks_progress >= 70", "relief >= 1", "iaea_access < 2" },
      favours = { full_inspections = 3, iran_sign = -2 },
      reason = "Relief is on the table and the last thing missing is the inspectors: let them back in before signing.",
      sources = { "C8", "IAEA 2025", "C3" } },
    { id = "iran.sign",
      when = { "talks_progress >= 75" },
      favours = { iran_sign = 2, accept_talks = -3 },
      reason = "The text is ready: a deal would end the crisis.",
      sources = { "C3", "C7" } },
    { id = "iran.sign_for_relief",
      when = { "talks_progress >= 75", "relief >= 1" },
      favours = { iran_sign = 3 },
      reason = "Relief is written into the text: the economy cannot wait.",
      sources = { "C3", "A20" } },
    { id = "iran.hardliners_block",
      when = { "faction_hardline > 0.45" },
      favours = { accept_talks = -0.5, nuclear_concession = -1.5, iran_sign = -1, missile_display = 1 },
      reason = "With the hardliners dominant, concessions are off the table.",
      sources = { "B11", "B13" } },
    { id = "iran.distrust_after_strikes",
      when = { "strikes_on_iran >= 1", "talks < 2" },
      favours = { reject_talks = 0.8, accept_talks = -0.5 },
      reason = "The strikes deepened the rift: talking now looks like weakness.",
      sources = { "A34", "B13" } },
    -- the nuclear hedge --------------------------------------------------------
    { id = "iran.hedge",
      when = function(v)
        return v.talks >= 1 and v.faction_hardline > 0.33 and v.iaea_access < 2 and v.credibility < 52
          and v.israel_readiness < 60
      end,
      favours = { covert_work = 1.3 },
      reason = "Washington's threats ring hollow and Israel is not poised to strike: the hardliners keep weapons "
        .. "work going in secret while talking.",
      -- C8: Mossad would likely find the work and that would almost certainly bring military action;
      -- B3, B5: Israel presses for strikes on the sites and Tehran reads the threat as real
      sources = { "C8", "A33", "B3", "B5" } },
    -- Weapons work found is struck (C8): Tehran rebuilds in secret after strikes only when Washington's threats
    -- ring hollow or the hardliners have the upper hand, not while a credible US might strike again.
    { id = "iran.rebuild_after_strikes",
      when = function(v)
        return (v.strike_damage > 30 and (v.credibility < 50 or v.faction_hardline > 0.42) or v.t_struck > 0)
          and v.iaea_access < 2
      end,
      favours = { covert_work = 1.5, expand_enrichment = 1 },
      reason = "After the strikes, rebuild, perhaps under the radar.",
      sources = { "A33" } },
    { id = "iran.regime_change_means_bomb",
      when = { "demands >= 3", "iaea_access < 2" },
      favours = { covert_work = 1.2 },
      reason = "If Washington wants the regime gone, only a weapon would keep it.",
      -- B6, B7: regime security comes first and regime change is the threatened alternative; C8: secret
      -- work while talking is a risk. That Tehran sees a weapon as its guarantee is the model's ("model")
      sources = { "B6", "B7", "C8", "model" } },
    { id = "iran.race_when_cornered",
      when = function(v)
        return v.faction_hardline > 0.45 and v.covert_detected < 1 and v.iaea_access < 2
          and (v.strikes_on_iran >= 2 or v.demands >= 3 or v.ultimatum >= 1 and v.audience_cost > 30)
      end,
      favours = { covert_work = 2.5 },
      reason = "Struck, threatened with regime change and with the hardliners in charge: only a weapon would keep "
        .. "the regime safe. Race for it, in secret.",
      -- as iran.regime_change_means_bomb: the sources give the pressure (B6), the secret path (C8, A33),
      -- not a decision to race for a weapon ("model")
      sources = { "B6", "C8", "A33", "model" } },
    { id = "iran.so_close",
      when = { "covert_progress > 55", "covert_progress < 100", "covert_detected < 1", "iaea_access < 2" },
      favours = { covert_work = 2.5 },
      reason = "The device is close and nobody has found the work: finish it.",
      sources = { "C8", "A33" } },
    { id = "iran.watched",
      when = function(v) return v.covert_detected >= 1 or v.iaea_access >= 2 end,
      favours = { covert_work = -2 },
      reason = "Inspectors or spies are watching: secret work now would be found and struck.",
      sources = { "C8" } },
    { id = "iran.declare_when_ready",
      when = { "covert_progress >= 100", "stockpile_60 >= 42" },
      -- declaring takes the week's whole political capital: it must outrank the talks, or it never comes
      favours = { declare_weapon = 7 },
      reason = "The device is ready and nobody has found it: declare it and be safe from regime change.",
      -- the articles stop at secret work and its discovery (C8); declaring a weapon is the model's end state
      sources = { "C8", "B6", "model" } },
    { id = "iran.declare_when_cornered",
      when = { "covert_progress >= 100", "strikes_on_iran >= 2" },
      favours = { declare_weapon = 2 },
      reason = "Cornered and struck, with a device ready: declare it.",
      sources = { "C8", "model" } },
    -- the street (jan2026) ---------------------------------------------------------
    { id = "iran.crush_protests",
      when = function(v) return v.protest > 3 or (v.protest > 1 and v.regime_stability < 45) end,
      favours = { crackdown = 3, blackout = 2 },
      reason = "Protests threaten the regime: live fire and an internet blackout.",
      sources = { "A42", "A43", "A45", "A46" } },
    { id = "iran.foreign_plot",
      when = function(v) return v.last.encourage_protesters ~= nil or (v.protest > 2 and v.demands >= 3) end,
      favours = { foreign_plot = 3 },
      reason = "Outside encouragement lets Tehran call the protests foreign-backed chaos.",
      sources = { "A24", "A35", "A36", "A37" } },
    { id = "iran.relief_when_quiet",
      when = { "protest < 2", "inflation > 50" },
      favours = { economic_relief = 1.5 },
      reason = "With the streets quiet, buy calm with subsidies before the next wave.",
      -- A20, A23: the economy drives the anger; the articles report no relief from Tehran (A24: it refused
      -- to address the crisis); that concessions lower dissent is Lichbach 1987's
      sources = { "A20", "A23", "Lichbach 1987" } },
    -- strength and retaliation ----------------------------------------------------
    { id = "iran.exercises_under_threat",
      when = function(v) return v.posture >= 3 or v.ultimatum >= 1 or v.deterrence < 45 end,
      favours = { military_exercise = 1.5, missile_display = 1.5 },
      reason = "Under threat of an air campaign, test the defences and show the missiles.",
      sources = { "B5", "B13" } },
    { id = "iran.keep_deterrence_seen",
      when = { "deterrence < 55", "escalation < 5" },
      favours = { military_exercise = 1.2 },
      reason = "Talks or not, the defences must be seen to work: hold exercises so nobody doubts the answer to a "
        .. "strike.",
      sources = { "B5", "B9" } },
    { id = "iran.retaliate",
      when = { "t_struck > 0" },
      favours = { token_retaliation = 3, strike_us_bases = 2, strike_israel = 1, activate_proxies = 1 },
      reason = "Iran was attacked: it must answer, as Ghalibaf warned.",
      sources = { "A26", "June 2025 record" } },
    { id = "iran.answer_israel",
      when = function(v) return v.last.israel_strike ~= nil end,
      favours = { strike_israel = 5, token_retaliation = -1 },
      reason = "Israel bombed the nuclear sites: answer with missiles on Israel itself, as in June 2025.",
      -- A26: Ghalibaf names the occupied territories and Israeli bases among the targets
      sources = { "A26", "June 2025 record" } },
    { id = "iran.hardline_retaliation",
      when = { "t_struck > 0", "faction_hardline > 0.5" },
      favours = { strike_us_bases = 2, strike_israel = 1, harass_shipping = 1.5, token_retaliation = -1.5 },
      reason = "With the hardliners ascendant after the strikes, the answer must hurt.",
      sources = { "A26", "B13" } },
    { id = "iran.step_back_from_war",
      when = { "escalation >= 8" },
      favours = { strike_us_bases = -2, strike_israel = -2, close_hormuz = -1, token_retaliation = 1.5 },
      reason = "A war with the United States would threaten the regime itself: answer, but keep it token.",
      sources = { "B6", "June 2025 record" } },
    { id = "iran.threaten",
      when = { "escalation >= 4" },
      favours = { threaten_retaliation = 1.5 },
      reason = "Warn that any attack brings strikes on US bases, Israel and shipping.",
      sources = { "A26" } },
    { id = "iran.restrain_while_talking",
      when = function(v) return v.talks >= 2 or v.t_engage_us >= 1 end,
      favours = { restrain_proxies = 2, deny_proxies = 1 },
      reason = "While negotiating, the Quds Force calls for restraint and officials deny having proxies.",
      sources = { "B14" } },
    { id = "iran.proxies_when_attacked",
      when = { "t_struck > 0", "talks < 2" },
      favours = { activate_proxies = 2 },
      reason = "Attacked with no talks to protect, turn the proxies loose.",
      -- B10: the proxies are a duty of the regime; B14: it restrains them while it negotiates; A26: attack
      -- will be answered. (C3, once cited, reports US strikes on the Houthis, not Tehran unleashing them.)
      sources = { "B10", "B14", "A26" } },
    { id = "iran.hormuz_in_war",
      when = { "escalation >= 8", "strikes_on_iran >= 2" },
      favours = { close_hormuz = 2, harass_shipping = 2 },
      reason = "Under a strike campaign, threaten the world's oil through Hormuz.",
      sources = { "A26" } },
    -- the economy and the neighbours ------------------------------------------------
    { id = "iran.ride_it_out",
      when = { "sanctions >= 8", "security_loyalty > 0.8", "demands >= 2" },
      favours = { court_china = 1, refuse_missile_terms = 1, accept_talks = -1 },
      reason = "Tehran has outlasted pressure before: adapt and endure rather than yield.",
      sources = { "A52", "A48", "A49" } },
    { id = "iran.gulf_ties",
      when = { "gulf_ties < 70" },
      favours = { gulf_outreach = 1.2 },
      reason = "Deepen the new ties with Saudi Arabia and the UAE.",
      sources = { "C6" } },
    { id = "iran.court_china",
      when = function(v) return v.secondary_tariff > 0 or v.china_compliance > 0.4 end,
      favours = { court_china = 1.5 },
      reason = "US tariffs target Iran's buyers: keep Beijing buying.",
      -- A39, A41 name no buyer: that China buys most of Iran's crude is the 2021-2024 record
      sources = { "A39", "A41", "2021-2024 record" } },
  },
}
