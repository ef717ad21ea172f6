#include "dynamics.h"

#include <math.h>

#define V(name) w->v[V_##name]
#define P(name) in->p[P_##name]
#define BEFORE(name) in->before[V_##name]
#define SCALE(name) var_info[V_##name].max    /* the top of a variable's scale */

#define WEEKS_PER_YEAR 52
#define PERCENT 100

static double clampd(double x, double lo, double hi) { return x < lo ? lo : x > hi ? hi : x; }
static double towards(double x, double target, double rate) { return x + (target - x) * rate; }
static double positive(double x) { return x > 0 ? x : 0; }
static double normal_cdf(double x) { return 0.5 * erfc(-x / sqrt(2.0)); }

/* Sanctions bite through enforcement and buyers' compliance (stylised fact 1);
 * lost exports sink the rial, and the rial's fall feeds inflation with a lag. */
void economy_update(World *w, DynamicsInput *in)
{
    double pushed = P(COMPLIANCE_BASE) + P(TARIFF_PRESSURE) * V(SECONDARY_TARIFF) / PERCENT;
    V(COMPLIANCE) = towards(V(COMPLIANCE), pushed, P(COMPLIANCE_ADJUST));
    V(ENFORCEMENT) -= P(ENFORCEMENT_DECAY);
    double bite = P(SANCTION_BITE) * V(SANCTIONS) / SCALE(SANCTIONS) * clampd(V(ENFORCEMENT), 0, 1)
                * (P(BITE_UNCOMPLIED) + P(BITE_COMPLIED) * clampd(V(COMPLIANCE), 0, 1))
                + P(SNAPBACK_BITE) * V(SNAPBACK);
    double target = P(EXPORT_MAX) * clampd(1.0 - bite, 0, 1) * V(HORMUZ_FLOW) / P(HORMUZ_NORMAL);
    V(OIL_EXPORTS) = towards(V(OIL_EXPORTS), target, P(EXPORT_ADJUST));

    double shortfall = (P(EXPORT_REF) - V(OIL_EXPORTS)) / P(EXPORT_REF);
    double relief = V(RELIEF) * (V(TALKS) >= TALKS_DIRECT) + (V(TALKS) >= TALKS_AGREED);
    double fall = P(RIAL_EXPORTS) * shortfall
                + P(RIAL_ESCALATION) * positive(V(ESCALATION) - P(RIAL_ESC_FROM))
                + P(RIAL_PROTEST) * V(PROTEST)
                - P(RIAL_RELIEF) * relief
                + P(RIAL_NOISE) * pcg32_normal(&w->rng);
    V(RIAL) *= exp(fall);
    V(RIAL_TREND) = towards(V(RIAL_TREND), fall * WEEKS_PER_YEAR * PERCENT, P(RIAL_TREND_ADJUST));
    V(INFLATION) = towards(V(INFLATION), P(INFL_BASE) + P(INFL_DEPR) * V(RIAL_TREND), P(INFL_ADJUST));
    double growth = P(GROWTH_POTENTIAL) - P(GROWTH_EXPORTS) * shortfall
                  - P(GROWTH_ESCALATION) * positive(V(ESCALATION) - P(GROWTH_ESC_FROM))
                  - P(GROWTH_PROTEST) * V(PROTEST);
    V(GDP_GROWTH) = towards(V(GDP_GROWTH), growth, P(GROWTH_ADJUST));

    V(ALLIANCE) -= P(TARIFF_ALLY_COST) * V(SECONDARY_TARIFF) / P(TARIFF_REPORTED);
    V(ALLIANCE) = towards(V(ALLIANCE), P(ALLIANCE_BASE), P(ALLIANCE_RECOVER));
}

/* Granovetter's threshold cascade: people join when enough others already
 * have; fear and a blackout hold them back for a while, killing and swings
 * of policy feed the grievance that brings them back (Lichbach 1987). */
void protest_update(World *w, DynamicsInput *in)
{
    int policy = V(T_REPRESSION) > 0 ? 1 : V(T_CONCESSION) > 0 ? -1 : 0;
    V(INCONSISTENCY) *= P(INCONSISTENCY_KEEP);
    if (policy != 0 && policy == -(int)V(LAST_POLICY))
        V(INCONSISTENCY) += P(LICHBACH);
    if (policy != 0)
        V(LAST_POLICY) = policy;

    double deaths = V(DEATHS);
    double target = P(GRIEV_BASE) + P(GRIEV_INFL) * fmin(V(INFLATION), P(GRIEV_INFL_CAP))
                  + P(GRIEV_RIAL) * log(fmax(V(RIAL), P(GRIEV_RIAL_FLOOR)) / P(GRIEV_RIAL_REF))
                  + P(GRIEV_DEATHS) * log1p(deaths / P(GRIEV_DEATHS_SCALE))
                  + P(GRIEV_STRIKE) * V(DAMAGE);
    V(GRIEVANCE) = towards(V(GRIEVANCE), target, P(GRIEV_ADJUST))
                 + V(INCONSISTENCY) * P(GRIEV_INCONSISTENCY) - P(CONCESSION_RELIEF) * V(T_CONCESSION);

    V(FEAR) = towards(V(FEAR), fmin(in->baseline[V_FEAR], P(FEAR_FLOOR)), P(FEAR_DECAY))
            + P(FEAR_REPRESSION) * V(T_REPRESSION);
    V(HOPE) = towards(V(HOPE), P(HOPE_BASE), P(HOPE_DECAY)) + P(HOPE_ENCOURAGE) * V(T_ENCOURAGE);

    double share = V(PROTEST) / P(PROTEST_MAX);
    double fear = V(FEAR) / (1 + P(LICHBACH_FEAR) * V(INCONSISTENCY));
    double drive = (V(GRIEVANCE) + P(HOPE_WEIGHT) * V(HOPE) - fear - P(THRESH_MEAN)) / P(THRESH_SD)
                 + P(SOCIAL) * share;
    double coordination = P(COORD_MIN) + (1 - P(COORD_MIN)) * V(INTERNET);
    double tipping = normal_cdf(drive) * coordination;
    double next = towards(share, tipping, P(PROTEST_ADJUST));
    V(PROTEST) = next * P(PROTEST_MAX);

    double killed = V(T_REPRESSION) * P(DEATHS_RATE) * BEFORE(PROTEST) * exp(P(DEATHS_NOISE) * pcg32_normal(&w->rng));
    V(DEATHS) += floor(killed);
    V(CONDEMNATION) = towards(V(CONDEMNATION), P(CONDEMN_BASE), P(CONDEMN_FADE)) + P(CONDEMN_DEATH) * floor(killed)
                    + P(CONDEMN_BLACKOUT) * (V(INTERNET) < P(BLACKOUT_LEVEL));

    if (BEFORE(PROTEST) >= P(CLEARED_FROM) && V(PROTEST) < P(CLEARED_BELOW))
        in->happened |= HAPPENED_STREETS_CLEARED;
    if (V(PROTEST) - BEFORE(PROTEST) >= P(TIPPING_JUMP))
        in->happened |= HAPPENED_TIPPING;
    V(INTERNET) = towards(V(INTERNET), 1, P(INTERNET_RECOVER));
}

/* The regime falls only when its guardians defect (A48, A49): mass protest and
 * ruin wear stability down, but collapse needs loyalty to break as well. */
void regime_update(World *w, DynamicsInput *in)
{
    double target = SCALE(STABILITY) - P(STAB_PROTEST) * V(PROTEST)
                  - P(STAB_ECON) * positive(V(INFLATION) - P(STAB_INFL_FROM))
                  - P(STAB_COHESION) * (SCALE(COHESION) - V(COHESION))
                  - P(STAB_LOYALTY) * (1 - V(LOYALTY))
                  + P(STAB_RALLY) * V(T_STRUCK);
    V(STABILITY) = towards(V(STABILITY), target, P(STAB_ADJUST));

    double strain = positive(V(PROTEST) - P(DEFECT_PROTEST)) * P(DEFECT_RATE)
                  + P(DEFECT_REPRESSION) * V(T_REPRESSION) * (V(PROTEST) > P(DEFECT_PROTEST));
    V(LOYALTY) = V(LOYALTY) - strain + P(LOYALTY_RECOVER) * (in->baseline[V_LOYALTY] - V(LOYALTY));
    if (strain > P(DEFECTIONS_NEWS))
        in->happened |= HAPPENED_DEFECTIONS;
    V(COHESION) = towards(V(COHESION), in->baseline[V_COHESION], P(COHESION_RECOVER));
}

/* Strikes strengthen the hardliners and relief the pragmatists (B11-B14);
 * weights drift back to the scenario's balance and always sum to one. */
void factions_update(World *w, DynamicsInput *in)
{
    double *f = &V(F_LEADER);
    f[F_HARDLINE] += P(FACTION_STRIKE) * V(T_STRUCK) + P(FACTION_DEMANDS) * V(DEMANDS) * V(T_ENGAGE_IRAN);
    f[F_PRAGMATIC] += P(FACTION_RELIEF) * V(RELIEF) * V(T_ENGAGE_IRAN) * V(T_ENGAGE_US);
    double sum = 0;
    for (int i = F_LEADER; i <= F_PRAGMATIC; i++) {
        f[i] = towards(f[i], in->baseline[V_F_LEADER + i], P(FACTION_DRIFT));
        f[i] = fmax(f[i], P(FACTION_FLOOR));
        sum += f[i];
    }
    for (int i = F_LEADER; i <= F_PRAGMATIC; i++)
        f[i] /= sum;
}

double breakout_weeks(const World *w, const double *p)
{
    double capacity = fmax(1 - w->v[V_DAMAGE] / SCALE(DAMAGE), p[P_CAPACITY_FLOOR]);
    double fissile = p[P_BREAKOUT_ENRICH] / capacity;
    if (w->v[V_STOCKPILE] < p[P_WEAPON_KG])
        fissile *= 1 + (p[P_WEAPON_KG] - w->v[V_STOCKPILE]) / p[P_SHORTFALL_KG];
    return fissile + p[P_WEAPONIZE_WEEKS] * (1 - w->v[V_COVERT] / SCALE(COVERT));
}

/* The stockpile grows with enrichment; strikes cost months, not years, as the
 * damage is repaired (A32, A33); covert work risks detection each turn (C8). */
void nuclear_update(World *w, DynamicsInput *in)
{
    double capacity = 1 - V(DAMAGE) / SCALE(DAMAGE);
    V(STOCKPILE) += P(ENRICH_RATE) * V(ENRICHMENT) * capacity;
    V(DAMAGE) *= 1 - P(REBUILD) * (1 + V(T_COVERT));
    if (V(T_COVERT) > 0) {
        V(COVERT) += P(COVERT_RATE) * capacity;
        double chance = P(DETECT_BASE) + P(DETECT_IAEA) * V(IAEA)
                      + P(DETECT_ISRAEL) * V(ISRAEL_READY) / SCALE(ISRAEL_READY);
        if (V(DETECTED) < 1 && pcg32_unit(&w->rng) < chance) {
            V(DETECTED) = 1;
            in->happened |= HAPPENED_DETECTED;
            for (int a = 0; a < ACTOR_COUNT; a++)
                w->intel[a][V_COVERT] = fmin(w->intel[a][V_COVERT], P(INTEL_EXPOSED));
        }
    }
    V(BREAKOUT) = breakout_weeks(w, in->p);
}

/* A modest premium that follows the ladder and fades fast; only lost
 * Hormuz barrels push Brent past $100; Iranian crude back lowers it (C7). */
void oil_update(World *w, DynamicsInput *in)
{
    double risk = P(OIL_RISK) * pow(positive(V(ESCALATION) - P(OIL_RISK_FROM)), P(OIL_RISK_EXP));
    V(OIL_PREMIUM) = towards(V(OIL_PREMIUM), risk, P(OIL_PREMIUM_FADE));
    double lost = P(HORMUZ_NORMAL) - V(HORMUZ_FLOW);
    V(OIL_PRICE) = P(OIL_BASE) + V(OIL_PREMIUM) + P(OIL_DISRUPTION) * positive(lost)
                 - P(OIL_IRAN) * (V(OIL_EXPORTS) - P(EXPORT_REF)) + P(OIL_NOISE) * pcg32_normal(&w->rng);
    V(HORMUZ_FLOW) = towards(V(HORMUZ_FLOW), P(HORMUZ_NORMAL), P(HORMUZ_RECOVER) * (1 + P(HORMUZ_NAVY) * V(POSTURE)));
}

/* Approval answers casualties and pump prices; a standing ultimatum raises
 * the price of backing down every turn it stands (Fearon 1994). */
void politics_update(World *w, DynamicsInput *in)
{
    if (V(T_BACKDOWN) > 0) {
        V(CREDIBILITY) -= P(BACKDOWN_CREDIBILITY) * BEFORE(AUDIENCE_COST);
        V(APPROVAL) -= P(BACKDOWN_APPROVAL) * BEFORE(AUDIENCE_COST);
        V(AUDIENCE_COST) = 0;
    } else if (V(ULTIMATUM) > 0) {
        V(AUDIENCE_COST) += P(AUDIENCE_GROWTH);
    } else {
        V(AUDIENCE_COST) *= P(AUDIENCE_KEEP);
    }
    double killed = V(US_CASUALTIES) - BEFORE(US_CASUALTIES);
    V(APPROVAL) -= P(APPROVAL_CASUALTY) * fmin(killed, P(CASUALTY_CAP));
    double target = P(APPROVAL_BASE) - P(APPROVAL_OIL) * positive(V(OIL_PRICE) - P(APPROVAL_OIL_FROM));
    V(APPROVAL) = towards(V(APPROVAL), target, P(APPROVAL_ADJUST));
    V(HAWK_PRESSURE) = towards(V(HAWK_PRESSURE), P(HAWK_BASE), P(HAWK_ADJUST))
                     + P(HAWK_US_HIT) * V(T_US_HIT) + P(HAWK_DETECTED) * (V(DETECTED) - BEFORE(DETECTED));
    V(CREDIBILITY) = towards(V(CREDIBILITY), P(CREDIBILITY_BASE), P(CREDIBILITY_ADJUST));
}

/* Talks move only while both sides engage; demands beyond the nuclear file
 * slow them (B9, B10, C5); both must sign once progress allows. */
void talks_update(World *w, DynamicsInput *in)
{
    /* Signatures count against the progress the sides brought into the room. */
    if (V(T_SIGN_US) > 0 && V(T_SIGN_IRAN) > 0 && V(TALKS_PROGRESS) >= P(AGREE_PROGRESS)) {
        V(TALKS) = TALKS_AGREED;
        return;
    }
    double engaged = fmin(V(T_ENGAGE_US), V(T_ENGAGE_IRAN));
    if (engaged > 0) {
        double pace = engaged * P(TALKS_RATE) * (1 - P(TALKS_DEMANDS) * V(DEMANDS))
                    * (1 - V(ESCALATION) / P(TALKS_ESC_STOP)) * (1 + P(TALKS_MEDIATION) * V(MEDIATION))
                    * (P(TALKS_PRAGMATIC_BASE) + V(F_PRAGMATIC));
        V(TALKS_PROGRESS) += positive(pace);
        V(TALKS) = fmax(V(TALKS), engaged >= 1 ? TALKS_DIRECT : TALKS_BACKCHANNEL);
    } else if (V(T_ENGAGE_US) <= 0 && V(T_ENGAGE_IRAN) <= 0) {
        V(TALKS_PROGRESS) -= P(TALKS_DECAY);
    }
}

/* The ladder climbs with the turn's escalation scores (Rivera et al. 2024)
 * and settles back towards friction when nobody pushes. */
void escalation_update(World *w, DynamicsInput *in)
{
    /* Last week's level settles first; this week's moves land on top, so two
     * violent weeks running can reach war. */
    V(ESCALATION) = towards(V(ESCALATION), P(ESC_REST), P(ESC_DECAY));
    V(ESCALATION) += in->escalation_score / P(ESC_SCALE);
    V(PROXY_ACTIVITY) *= P(PROXY_CALM);
    V(ISRAEL_READY) = towards(V(ISRAEL_READY), in->baseline[V_ISRAEL_READY], P(ISRAEL_RESET));
    /* What intelligence learnt goes stale. */
    for (int a = 0; a < ACTOR_COUNT; a++)
        for (int v = 0; v < VAR_COUNT; v++)
            w->intel[a][v] = towards(w->intel[a][v], 1, P(INTEL_STALE));
}

/* Where the escalation step would leave the ladder without this turn's
 * scores: run on a copy, so the world and its random stream are untouched. */
static double ladder_without_push(const World *w, const DynamicsInput *in)
{
    if (in->escalation_score == 0)
        return NAN;
    World quiet = *w;
    DynamicsInput unpushed = *in;
    unpushed.escalation_score = 0;
    escalation_update(&quiet, &unpushed);
    return quiet.v[V_ESCALATION];
}

void dynamics_run_noted(World *w, DynamicsInput *in, const StepNotes *notes)
{
    static void (*const steps[DYN_STEPS])(World *, DynamicsInput *) = {
        [DYN_ECONOMY] = economy_update, [DYN_PROTEST] = protest_update, [DYN_REGIME] = regime_update,
        [DYN_FACTIONS] = factions_update, [DYN_NUCLEAR] = nuclear_update, [DYN_OIL] = oil_update,
        [DYN_POLITICS] = politics_update, [DYN_TALKS] = talks_update, [DYN_LADDER] = escalation_update,
    };
    for (int k = 0; k < DYN_STEPS; k++) {
        double settled = notes && k == DYN_LADDER ? ladder_without_push(w, in) : NAN;
        steps[k](w, in);
        if (notes)
            notes->step_done(notes->ctx, (Dynamic)k, settled);
    }
    for (int v = 0; v < VAR_COUNT; v++)
        w->v[v] = var_clamp((Var)v, w->v[v]);
}

void dynamics_run(World *w, DynamicsInput *in)
{
    dynamics_run_noted(w, in, NULL);
}
