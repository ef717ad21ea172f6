/* The front door: the game's words a player reads in every face (the
 * window, redline run's story, the report): each variable's label ("Oil
 * price (Brent)", never its id oil_price) and each outcome's name
 * ("Agreement", never agreement) and the kind of a facilitator's
 * intervention ("Inject", never inject), in the game's language. The ids stay
 * in the record, --json and the scripts. */
#include <stdio.h>
#include <string.h>

#include "../redline.h"

static const struct {
    const char *name, *label;
} var_labels[] = {
    { "escalation", N_("Escalation") }, { "oil_price", N_("Oil price (Brent)") }, { "oil_premium", N_("Oil risk premium") },
    { "hormuz_flow", N_("Oil through Hormuz") }, { "condemnation", N_("Condemnation of Tehran") },
    { "approval", N_("US approval") }, { "hawk_pressure", N_("Hawks' pressure") }, { "credibility", N_("US credibility") },
    { "ultimatum", N_("US ultimatum stands") }, { "audience_cost", N_("Cost of backing down") },
    { "alliance_cohesion", N_("Allies on side") }, { "posture", N_("US forces in theatre") }, { "sanctions", N_("Sanctions") },
    { "enforcement", N_("Sanctions enforcement") }, { "secondary_tariff", N_("Secondary tariff") }, { "talks", N_("Talks") },
    { "talks_progress", N_("Progress of talks") }, { "demands", N_("US demands") }, { "relief", N_("Relief on offer") },
    { "us_casualties", N_("US casualties") }, { "us_resolve", N_("US resolve") }, { "rial", N_("Rial per dollar") },
    { "rial_trend", N_("Rial's slide") }, { "inflation", N_("Inflation") }, { "oil_exports", N_("Iran's oil exports") },
    { "gdp_growth", N_("Iran's GDP growth") }, { "regime_stability", N_("Regime stability") },
    { "security_loyalty", N_("Security forces' loyalty") }, { "cohesion", N_("Elite cohesion") },
    { "faction_leader", N_("Leader's office") }, { "faction_hardline", N_("IRGC & hardliners") },
    { "faction_pragmatic", N_("Pragmatists") }, { "narrative", N_("Resistance narrative") }, { "deterrence", N_("Deterrence") },
    { "protest", N_("Protest") }, { "protest_deaths", N_("Protesters killed") }, { "grievance", N_("Grievance") },
    { "fear", N_("Fear of repression") }, { "hope", N_("Hope of change") }, { "internet", N_("Internet in Iran") },
    { "last_policy", N_("Last domestic line") }, { "inconsistency", N_("Inconsistency") },
    
    /* xgettext:no-c-format */
    { "stockpile_60", N_("60% uranium") },
    { "enrichment", N_("Enrichment") }, { "breakout_weeks", N_("Breakout time") },
    { "covert_progress", N_("Covert weapons work") }, { "covert_detected", N_("Covert work exposed") },
    { "iaea_access", N_("IAEA access") }, { "strike_damage", N_("Damage from strikes") },
    { "site_vigilance", N_("Nuclear sites on guard") }, { "iran_resolve", N_("Iran's resolve") },
    { "strikes_on_iran", N_("Strikes on Iran") }, { "attacks_on_us", N_("Attacks on US forces") },
    { "weapon", N_("Declared weapon") }, { "israel_readiness", N_("Israel's readiness") },
    { "proxy_capability", N_("Proxies' strength") }, { "proxy_control", N_("Tehran's grip on proxies") },
    { "proxy_activity", N_("Proxy attacks") }, { "proxy_deterred", N_("Proxies deterred") },
    { "snapback", N_("UN snapback") }, { "china_compliance", N_("Buyers' compliance") },
    { "gulf_ties", N_("Ties with the Gulf") }, { "mediation", N_("Mediation") },
    { "bomb_progress", N_("Secret weapons work done") }, { "deal_value", N_("What the deal secures") },
    { "relief_unearned", N_("Relief offered too early") }, { "oil_mean", N_("Average oil price") },
    { "escalation_peak", N_("Highest rung reached") }, { "stability_low", N_("Lowest regime stability") },
    { "deterrence_low", N_("Deterrence after strikes") }, { "eu_offices", N_("Europe's good offices") }, { "china_crude", N_("Iranian crude bought by China") }, { "penalty_cost", N_("US penalties paid for Iranian crude") },
};

const char *rl_var_label(Var v)
{
    if ((int)v < 0 || v >= VAR_COUNT)
        return "";
    for (size_t i = 0; i < sizeof var_labels / sizeof *var_labels; i++)
        if (strcmp(var_labels[i].name, var_info[v].name) == 0)
            return _(var_labels[i].label);
    return var_info[v].name;
}

const char *rl_intervention_title(InterventionKind k)
{
    switch (k) {
    /* TRANSLATORS: the kinds of the facilitator's interventions, as the report lists them */
    case IV_INJECT: return _("Inject");
    case IV_SET: return _("Value set");
    case IV_REWIND: return _("Rewind");
    case IV_PAUSE: return _("Pause");
    default: return "";
    }
}

const char *rl_intervention_text(const Intervention *iv, char *out, size_t cap)
{
    if (iv->kind == IV_SET && iv->neff == 1 && iv->eff[0].op == EFF_SET) {
        char value[40];
        rl_format(iv->eff[0].var, iv->eff[0].value, value, sizeof value);
        /* TRANSLATORS: a value the facilitator set: the variable's label, its new value */
        snprintf(out, cap, _("The facilitator sets %s to %s."), rl_var_label(iv->eff[0].var), value);
    } else {
        snprintf(out, cap, "%s", rl_text(iv->text));
    }
    return out;
}

const char *rl_outcome_title(Outcome o)
{
    switch (o) {
    case OUT_AGREEMENT: return _("Agreement");
    case OUT_WAR: return _("War");
    case OUT_COLLAPSE: return _("Regime collapse");
    case OUT_BREAKOUT: return _("Nuclear breakout");
    case OUT_TIMEOUT: return _("Time ran out");
    default: return _("Game over");
    }
}
