-- The United States: the President between hawks and deal-makers (C1),
-- allies (A5, A42) and a public that prizes strength (A29). Its dilemmas:
-- pressure builds the leverage a good deal needs but can push Tehran's
-- hardliners up the ladder; a threat kept costs a war, a threat dropped
-- costs credibility; a deal brings cheap oil and inspectors, and the hawks'
-- anger.
local ai = require("ai")

return ai.actor {
  actor = "us",
  temperament = { noise = 0.6, threshold = 1, orders = 3 },
  rules = {
    -- talks and their terms ------------------------------------------------
    { id = "us.talks_under_threat",
      when = { "talks < 1", "escalation < 7" },
      favours = { offer_talks = 2.5, deploy_forces = 0.8 },
      reason = "Offer talks, with pressure and attack as the stated alternative.",
      sources = { "B3", "B6", "C1", "C2" } },
    { id = "us.keep_talking",
      when = { "talks >= 1", "t_engage_iran > 0" },
      favours = { direct_talks = 3, us_backchannel = 1 },
      reason = "Tehran is engaging: keep the talks going while they move.",
      sources = { "C1", "C3" } },
    { id = "us.envoy_channel",
      when = { "talks >= 1", "escalation >= 5" },
      favours = { us_backchannel = 1.5 },
      reason = "Even at high tension, messages pass through the envoys.",
      sources = { "A25", "A26" } },
    -- Cited for what the sources say: Tehran reads the broad terms as surrender (C5) and a loss of
    -- deterrence (B9), and its leadership opposes talks on them (B13). That narrowing the terms then
    -- wins a yes is the model's inference, not the sources' claim.
    { id = "us.nuclear_only_to_close",
      when = function(v)
        return v.talks >= 1 and v.demands > 0 and v.demands < 3
          and v.talks_progress < 60
          and v.hawk_pressure < 70 and v.last.crackdown == nil
      end,
      favours = { nuclear_only = 2 },
      reason = "Broad demands stall the talks and feed Tehran's hardliners; narrowing them to the nuclear file "
        .. "can get a yes.",
      sources = { "B9", "B13", "C5" } },
    { id = "us.take_the_no",
      when = function(v)
        return v.talks >= 1 and v.demands > 0 and v.demands < 3 and v.last.refuse_missile_terms ~= nil
          and (v.iaea_access < 3 or v.relief >= 1)
      end,
      favours = { nuclear_only = 1.5 },
      reason = "Tehran refuses any limit on its missiles and allies: a deal, if any, is on the nuclear file.",
      sources = { "C5", "B9", "B10" } },
    { id = "us.nuclear_track_after_uprising",
      when = function(v) return v.demands >= 3 end,
      favours = { nuclear_only = 2.5 },
      reason = "Regime change cannot be negotiated; the nuclear file can.",
      -- B7: regime change is the alternative to talks, not their subject; C5: Tehran would read it as
      -- surrender; A49: analysts see no quick collapse (A43, once cited, only reports order restored)
      sources = { "B7", "C5", "A49" } },
    { id = "us.push_when_weak",
      when = function(v)
        return v.talks >= 1 and v.demands < 3 and v.hawk_pressure > 45 and v.relief < 1
          and (v.iaea_access >= 3 or v.enrichment < 1 and v.last.freeze_enrichment ~= nil)
      end,
      favours = { broaden_demands = 2, nuclear_only = -3 },
      reason = "Tehran gives ground easily: Washington reads weakness and asks for the missiles too.",
      sources = { "C4", "B7" } },
    { id = "us.relief_for_limits",
      when = function(v)
        return v.talks >= 2 and v.relief < 1 and v.demands < 1
          and (v.iaea_access >= 2 or v.enrichment < 1 or v.last.nuclear_concession ~= nil)
      end,
      favours = { oil_deal = 2.5, offer_relief = 1 },
      reason = "Tehran has put limits and inspectors on the table: answer with relief, and crude back on the market.",
      sources = { "C3", "C7" } },
    { id = "us.relief_to_close",
      when = { "talks >= 2", "relief < 1", "demands < 1", "talks_progress >= 60", "iaea_access < 2" },
      favours = { offer_relief = 2 },
      reason = "The text is nearly ready but the inspectors are not back: put relief on the table to get them in.",
      sources = { "C3", "C8" } },
    { id = "us.crude_for_limits",
      when = { "talks >= 2", "oil_price > 75", "iaea_access >= 1", "demands < 1" },
      favours = { oil_deal = 2 },
      reason = "Lower oil prices are a shared interest: Iranian crude back on the market for nuclear limits.",
      sources = { "C7" } },
    { id = "us.sign_when_verified",
      when = function(v)
        return v.talks_progress >= 75 and v.escalation < 6
          and (v.iaea_access >= 2 or v.enrichment < 1 and v.stockpile_60 < 200)
      end,
      favours = { us_sign = 6, direct_talks = 1 },
      reason = "The text is ready and inspectors can check it, stockpile and all: sign, and keep the negotiators "
        .. "at the table in case a capital balks.",
      sources = { "C3", "C7", "C8" } },
    { id = "us.hawks_before_signing",
      when = function(v) return v.talks_progress >= 45 and v.hawk_pressure > 60 and v.turn < v.turns - 5 end,
      favours = { us_sign = -7, enforce_sanctions = 1.5, deploy_forces = 1, direct_talks = 1 },
      reason = "Congress's hawks would sink the text today: show them some steel, and sign when they are calmer "
        .. "(or when time runs short).",
      sources = { "C1", "A29" } },
    { id = "us.no_deal_without_inspectors",
      when = function(v)
        return v.talks_progress >= 65 and v.iaea_access < 2 and (v.enrichment >= 1 or v.stockpile_60 >= 200)
      end,
      favours = { us_sign = -3, direct_talks = 1, us_intel = 1 },
      reason = "A deal nobody can verify would not hold: keep talking until inspectors are in.",
      sources = { "C8", "IAEA 2025" } },
    { id = "us.squeeze_for_a_yes",
      when = function(v)
        return v.talks >= 1 and v.relief < 1 and v.iaea_access < 2 and v.oil_price < 80 and v.protest < 2
          and (v.oil_exports > 1 or v.enforcement < 0.5)
      end,
      favours = { enforce_sanctions = 1.6, secondary_tariffs = 1.1 },
      reason = "Keep up maximum pressure while talking, as long as oil stays cheap and the squeeze does not "
        .. "deepen a crisis in the streets: a squeezed Tehran has more reason to offer limits.",
      sources = { "C2", "C7", "A39", "A41", "A42" } },
    { id = "us.hawks_resist",
      when = { "hawk_pressure > 60" },
      favours = { offer_relief = -2, ease_sanctions = -2, nuclear_only = -1, tighten_sanctions = 1 },
      reason = "The hawks in Washington resist any concession to Tehran.",
      sources = { "C1" } },
    -- threats and credibility ------------------------------------------------
    { id = "us.keep_the_promise",
      when = function(v)
        return v.ultimatum >= 1 and v.audience_cost > 30 and v.talks < 2 and v.t_engage_iran < 1
      end,
      favours = { strike_nuclear = 2, strike_proxies = 1 },
      reason = "An ultimatum has stood for weeks and Tehran still will not talk; backing down now would cost more than acting.",
      sources = { "A13", "Fearon 1994" } },
    { id = "us.deadline_for_stonewalling",
      when = function(v)
        return v.ultimatum < 1 and v.audience_cost < 1 and v.credibility > 55 and v.talks < 2 and v.turn > 5
          and v.last.accept_talks == nil
      end,
      favours = { ultimatum = 1.3, deploy_forces = 1 },
      reason = "Tehran will not talk: set a public deadline, with military action as the alternative.",
      sources = { "B6", "A13" } },
    { id = "us.show_of_force",
      when = { "escalation >= 5", "posture < 3" },
      favours = { deploy_forces = 2 },
      reason = "Make the threat concrete with forces in the theatre.",
      -- B3 says the threat behind the talks was made concrete (Israel's push for strikes, the strikes on
      -- the Houthis); the articles report no deployments: forces in theatre are the model's lever for it
      sources = { "B3" } },
    { id = "us.look_strong",
      when = { "approval < 42", "us_casualties == 0" },
      favours = { deploy_forces = 1 },
      reason = "Supporters want strength abroad; a firm stance plays well at home.",
      -- A29 only: A55 (domestic policies praised, foreign ones criticised) does not say firmness abroad pays
      sources = { "A29" } },
    -- force --------------------------------------------------------------------
    { id = "us.answer_in_kind",
      when = function(v)
        return v.t_iran_hit > 0
      end,
      favours = { strike_nuclear = 4, deploy_forces = 0.5 },
      reason = "Iranian missiles on US forces are answered in kind, without yet going to war.",
      -- A26: Trump vows a strong answer if Tehran carries out its threat; C1 backs only the restraint
      -- (a President who prefers talks to strikes). That the answer is one strike, not a campaign, is the model's
      sources = { "A26", "C1" } },
    { id = "us.overwhelming_response",
      when = function(v)
        return v.attacks_on_us >= 2 and v.last.strike_us_bases ~= nil or v.last.close_hormuz ~= nil
      end,
      favours = { strike_campaign = 4, strike_nuclear = 2, deploy_forces = 0.5 },
      reason = "Tehran keeps hitting US forces, or closes Hormuz: hit it 'at levels never seen before'.",
      sources = { "A26" } },
    { id = "us.punish_the_militias",
      when = function(v) return v.last.proxy_attack_us ~= nil or v.last.houthi_shipping ~= nil end,
      favours = { strike_proxies = 3.5, deploy_forces = 0.3 },
      reason = "The militias Tehran arms hit US forces or shipping: strike them, as in Yemen.",
      sources = { "C3", "A26" } },
    { id = "us.step_back_from_war",
      when = { "escalation >= 8" },
      favours = { strike_nuclear = -3, strike_campaign = -3, us_backchannel = 1.5 },
      reason = "One more blow and this becomes the regional war nobody wants: hold, and talk through the envoys.",
      sources = { "A27", "A30", "C1" } },
    { id = "us.strike_on_detection",
      when = function(v)
        return (v.covert_detected >= 1 and v.covert_progress > 40 or v.covert_progress > 60) and v.strike_damage < 50
      end,
      favours = { strike_nuclear = 4, green_light_israel = 2, deploy_forces = 1 },
      reason = "Weapons work hidden behind talks has been found: that draws military action.",
      sources = { "C8" } },
    { id = "us.ceasefire_after_token",
      when = function(v) return v.last.token_retaliation ~= nil and v.t_iran_hit <= 0 and v.escalation < 6 end,
      favours = { direct_talks = 2, stand_down = 1.5, offer_talks = 1.5, strike_campaign = -3, strike_nuclear = -2 },
      reason = "Tehran's retaliation was telegraphed and token, and tension is easing: take the off-ramp to a ceasefire.",
      sources = { "A26", "June 2025 record" } },
    { id = "us.intelligence_gap",
      when = function(v) return v.uncertainty.covert_progress > 8 or v.uncertainty.strike_damage > 8 end,
      favours = { us_intel = 1.5 },
      reason = "Nobody knows what the strikes destroyed or what Iran rebuilds: collect intelligence.",
      sources = { "A33", "C8" } },
    -- the uprising (jan2026) ---------------------------------------------------
    { id = "us.cut_talks_over_killings",
      when = function(v) return v.protest_deaths > 500 and v.last.crackdown ~= nil and v.talks >= 1 end,
      favours = { direct_talks = -4, us_backchannel = 2, cancel_talks = 0.6 },
      reason = "The killing of protesters escalates: no meetings with the regime's officials, only the envoys' channel.",
      sources = { "A2", "A9", "A17", "A25" } },
    { id = "us.act_before_a_meeting",
      when = function(v)
        return v.protest_deaths > 500 and v.last.crackdown ~= nil and v.ultimatum < 1 and v.credibility > 55
      end,
      favours = { ultimatum = 1.5 },
      reason = "Warn that Washington may act before any meeting if the killing goes on.",
      sources = { "A12", "A13" } },
    { id = "us.tariffs_after_crackdown",
      when = function(v) return (v.last.crackdown ~= nil or v.protest_deaths > 300) and v.secondary_tariff < 25 end,
      favours = { secondary_tariffs = 3, tighten_sanctions = 1.5 },
      reason = "A crackdown is answered with economic isolation: tariffs on anyone doing business with Iran.",
      sources = { "A39", "A40", "A41" } },
    { id = "us.encourage_protesters",
      when = { "protest > 2" },
      favours = { encourage_protesters = 0.8, condemn_killings = 2 },
      reason = "Protesters are in the streets: tell them help is coming and condemn the killings.",
      sources = { "A4", "A6", "A7" } },
    { id = "us.internet_access",
      when = { "internet < 0.5" },
      favours = { support_internet = 1.5 },
      reason = "A blackout hides the repression; help Iranians get back online.",
      -- A42, A46: the blackout and what it hides; the articles report no US help to get online: the 2022 licence does
      sources = { "A42", "A46", "GL D-2 2022" } },
    { id = "us.war_council",
      when = function(v) return v.last.crackdown ~= nil and v.posture < 4 and v.protest_deaths > 600 end,
      favours = { deploy_forces = 0.8, us_intel = 1.2 },
      reason = "The national-security team meets to weigh military options as the killing goes on.",
      sources = { "A9", "A10", "A11", "A12" } },
    { id = "us.hidden_toll",
      when = { "internet < 0.5", "protest_deaths > 300" },
      favours = { condemn_killings = 1, us_intel = 0.8 },
      reason = "The blackout hides a toll that may run into the thousands.",
      sources = { "A16", "A18", "A46" } },
  },
}
