#include "dynamics.h"

#include <math.h>

#define V(name) w->v[V_##name]
#define P(name) in->p[P_##name]
#define BEFORE(name) in->before[V_##name]

static double clampd(double x, double lo, double hi) { return x < lo ? lo : x > hi ? hi : x; }
static double towards(double x, double target, double rate) { return x + (target - x) * rate; }
static double positive(double x) { return x > 0 ? x : 0; }

/* Sanctions bite through enforcement and buyers' compliance (stylised fact 1);
 * lost exports sink the rial, and the rial's fall feeds inflation with a lag. */
void economy_update(World *w, DynamicsInput *in)
{
    V(COMPLIANCE) = towards(V(COMPLIANCE),
                            P(COMPLIANCE_BASE) + P(TARIFF_PRESSURE) * V(SECONDARY_TARIFF) / 100.0, 0.1);
    V(ENFORCEMENT) -= P(ENFORCEMENT_DECAY);
    double bite = P(SANCTION_BITE) * V(SANCTIONS) / 10.0 * clampd(V(ENFORCEMENT), 0, 1)
                * (0.3 + 0.7 * clampd(V(COMPLIANCE), 0, 1)) + 0.05 * V(SNAPBACK);
    double target = P(EXPORT_MAX) * clampd(1.0 - bite, 0, 1) * V(HORMUZ_FLOW) / 20.0;
    V(OIL_EXPORTS) = towards(V(OIL_EXPORTS), target, P(EXPORT_ADJUST));

    double shortfall = (P(EXPORT_REF) - V(OIL_EXPORTS)) / P(EXPORT_REF);
    double relief = V(RELIEF) * (V(TALKS) >= 2) + (V(TALKS) >= 3);
    double fall = P(RIAL_EXPORTS) * shortfall
                + P(RIAL_ESCALATION) * positive(V(ESCALATION) - 3)
                + P(RIAL_PROTEST) * V(PROTEST)
                - P(RIAL_RELIEF) * relief
                + P(RIAL_NOISE) * pcg32_normal(&w->rng);
    V(RIAL) *= exp(fall);
    V(RIAL_TREND) = towards(V(RIAL_TREND), fall * 52 * 100, 0.3);
    V(INFLATION) = towards(V(INFLATION), P(INFL_BASE) + P(INFL_DEPR) * V(RIAL_TREND), P(INFL_ADJUST));
    double growth = 3.0 - 6.0 * shortfall - 0.6 * positive(V(ESCALATION) - 4) - 0.3 * V(PROTEST);
    V(GDP_GROWTH) = towards(V(GDP_GROWTH), growth, 0.1);

    V(ALLIANCE) -= P(TARIFF_ALLY_COST) * V(SECONDARY_TARIFF) / 25.0;
    V(ALLIANCE) = towards(V(ALLIANCE), 60, 0.03);
}

/* Granovetter's threshold cascade: people join when enough others already
 * have; fear and a blackout hold them back for a while, killing and swings
 * of policy feed the grievance that brings them back (Lichbach 1987). */
void protest_update(World *w, DynamicsInput *in)
{
    int policy = V(T_REPRESSION) > 0 ? 1 : V(T_CONCESSION) > 0 ? -1 : 0;
    V(INCONSISTENCY) *= 0.85;
    if (policy != 0 && policy == -(int)V(LAST_POLICY))
        V(INCONSISTENCY) += P(LICHBACH);
    if (policy != 0)
        V(LAST_POLICY) = policy;

    double deaths = V(DEATHS);
    double target = P(GRIEV_BASE) + P(GRIEV_INFL) * fmin(V(INFLATION), 150)
                  + P(GRIEV_RIAL) * log(fmax(V(RIAL), 100) / 600.0)
                  + P(GRIEV_DEATHS) * log1p(deaths / 100.0)
                  + P(GRIEV_STRIKE) * V(DAMAGE);
    V(GRIEVANCE) = towards(V(GRIEVANCE), target, P(GRIEV_ADJUST))
                 + V(INCONSISTENCY) * 0.4 - P(CONCESSION_RELIEF) * V(T_CONCESSION);

    V(FEAR) = towards(V(FEAR), in->baseline[V_FEAR] < 20 ? in->baseline[V_FEAR] : 20, P(FEAR_DECAY))
            + P(FEAR_REPRESSION) * V(T_REPRESSION);
    V(HOPE) = towards(V(HOPE), 20, 0.1) + P(HOPE_ENCOURAGE) * V(T_ENCOURAGE);

    double share = V(PROTEST) / P(PROTEST_MAX);
    double fear = V(FEAR) / (1 + P(LICHBACH_FEAR) * V(INCONSISTENCY));
    double drive = (V(GRIEVANCE) + 0.3 * V(HOPE) - fear - P(THRESH_MEAN)) / P(THRESH_SD)
                 + P(SOCIAL) * share;
    double coordination = P(COORD_MIN) + (1 - P(COORD_MIN)) * V(INTERNET);
    double tipping = 0.5 * erfc(-drive / sqrt(2.0)) * coordination;
    double next = towards(share, tipping, P(PROTEST_ADJUST));
    V(PROTEST) = next * P(PROTEST_MAX);

    double killed = V(T_REPRESSION) * P(DEATHS_RATE) * BEFORE(PROTEST) * exp(0.3 * pcg32_normal(&w->rng));
    V(DEATHS) += floor(killed);
    V(CONDEMNATION) = towards(V(CONDEMNATION), 10, 0.05) + 0.04 * floor(killed)
                    + 6 * (V(INTERNET) < 0.3);

    if (BEFORE(PROTEST) >= 2 && V(PROTEST) < 1)
        in->happened |= HAPPENED_STREETS_CLEARED;
    if (V(PROTEST) - BEFORE(PROTEST) >= 2)
        in->happened |= HAPPENED_TIPPING;
    V(INTERNET) = towards(V(INTERNET), 1, P(INTERNET_RECOVER));
}

/* The regime falls only when its guardians defect (A48, A49): mass protest and
 * ruin wear stability down, but collapse needs loyalty to break as well. */
void regime_update(World *w, DynamicsInput *in)
{
    double target = 100 - P(STAB_PROTEST) * V(PROTEST)
                  - P(STAB_ECON) * positive(V(INFLATION) - 30)
                  - P(STAB_COHESION) * (100 - V(COHESION))
                  - P(STAB_LOYALTY) * (1 - V(LOYALTY))
                  + 5 * V(T_STRUCK);
    V(STABILITY) = towards(V(STABILITY), target, 0.3);

    double strain = positive(V(PROTEST) - P(DEFECT_PROTEST)) * P(DEFECT_RATE)
                  + 0.01 * V(T_REPRESSION) * (V(PROTEST) > P(DEFECT_PROTEST));
    V(LOYALTY) = V(LOYALTY) - strain + 0.01 * (in->baseline[V_LOYALTY] - V(LOYALTY));
    if (strain > 0.01)
        in->happened |= HAPPENED_DEFECTIONS;
    V(COHESION) = towards(V(COHESION), in->baseline[V_COHESION], 0.05);
}

/* Strikes strengthen the hardliners and relief the pragmatists (B11-B14);
 * weights drift back to the scenario's balance and always sum to one. */
void factions_update(World *w, DynamicsInput *in)
{
    double *f = &V(F_LEADER);
    f[1] += P(FACTION_STRIKE) * V(T_STRUCK) + 0.01 * V(DEMANDS) * V(T_ENGAGE_IRAN);
    f[2] += P(FACTION_RELIEF) * V(RELIEF) * V(T_ENGAGE_IRAN) * V(T_ENGAGE_US);
    double sum = 0;
    for (int i = 0; i < 3; i++) {
        f[i] = towards(f[i], in->baseline[V_F_LEADER + i], P(FACTION_DRIFT));
        f[i] = fmax(f[i], 0.05);
        sum += f[i];
    }
    for (int i = 0; i < 3; i++)
        f[i] /= sum;
}

double breakout_weeks(const World *w, const double *p)
{
    double capacity = fmax(1 - w->v[V_DAMAGE] / 100.0, 0.05);
    double fissile = p[P_BREAKOUT_ENRICH] / capacity;
    if (w->v[V_STOCKPILE] < 42)
        fissile *= 1 + (42 - w->v[V_STOCKPILE]) / 10.0;
    return fissile + p[P_WEAPONIZE_WEEKS] * (1 - w->v[V_COVERT] / 100.0);
}

/* The stockpile grows with enrichment; strikes cost months, not years, as the
 * damage is repaired (A32, A33); covert work risks detection each turn (C8). */
void nuclear_update(World *w, DynamicsInput *in)
{
    double capacity = 1 - V(DAMAGE) / 100.0;
    V(STOCKPILE) += P(ENRICH_RATE) * V(ENRICHMENT) * capacity;
    V(DAMAGE) *= 1 - P(REBUILD) * (1 + V(T_COVERT));
    if (V(T_COVERT) > 0) {
        V(COVERT) += P(COVERT_RATE) * capacity;
        double chance = P(DETECT_BASE) + P(DETECT_IAEA) * V(IAEA) + P(DETECT_ISRAEL) * V(ISRAEL_READY) / 100.0;
        if (V(DETECTED) < 1 && pcg32_unit(&w->rng) < chance) {
            V(DETECTED) = 1;
            in->happened |= HAPPENED_DETECTED;
            for (int a = 0; a < ACTOR_COUNT; a++)
                w->intel[a][V_COVERT] = fmin(w->intel[a][V_COVERT], 0.3);
        }
    }
    V(BREAKOUT) = breakout_weeks(w, in->p);
}

/* A modest premium that follows the ladder and fades fast; only lost
 * Hormuz barrels push Brent past $100; Iranian crude back lowers it (C7). */
void oil_update(World *w, DynamicsInput *in)
{
    double risk = P(OIL_RISK) * pow(positive(V(ESCALATION) - 2), 1.3);
    V(OIL_PREMIUM) = towards(V(OIL_PREMIUM), risk, P(OIL_PREMIUM_FADE));
    double lost = 20 - V(HORMUZ_FLOW);
    V(OIL_PRICE) = P(OIL_BASE) + V(OIL_PREMIUM) + P(OIL_DISRUPTION) * positive(lost)
                 - P(OIL_IRAN) * (V(OIL_EXPORTS) - P(EXPORT_REF)) + 1.5 * pcg32_normal(&w->rng);
    V(HORMUZ_FLOW) = towards(V(HORMUZ_FLOW), 20, P(HORMUZ_RECOVER) * (1 + 0.1 * V(POSTURE)));
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
        V(AUDIENCE_COST) *= 0.5;
    }
    double killed = V(US_CASUALTIES) - BEFORE(US_CASUALTIES);
    V(APPROVAL) -= P(APPROVAL_CASUALTY) * fmin(killed, 100);
    double target = P(APPROVAL_BASE) - P(APPROVAL_OIL) * positive(V(OIL_PRICE) - 80);
    V(APPROVAL) = towards(V(APPROVAL), target, 0.08);
    V(HAWK_PRESSURE) = towards(V(HAWK_PRESSURE), P(HAWK_BASE), 0.05)
                     + 8 * V(T_US_HIT) + 15 * (V(DETECTED) - BEFORE(DETECTED));
    V(CREDIBILITY) = towards(V(CREDIBILITY), 50, 0.02);
}

/* Talks move only while both sides engage; demands beyond the nuclear file
 * slow them (B9, B10, C5); both must sign once progress allows. */
void talks_update(World *w, DynamicsInput *in)
{
    /* Signatures count against the progress the sides brought into the room. */
    if (V(T_SIGN_US) > 0 && V(T_SIGN_IRAN) > 0 && V(TALKS_PROGRESS) >= P(AGREE_PROGRESS)) {
        V(TALKS) = 3;
        return;
    }
    double engaged = fmin(V(T_ENGAGE_US), V(T_ENGAGE_IRAN));
    if (engaged > 0) {
        double pace = engaged * P(TALKS_RATE) * (1 - P(TALKS_DEMANDS) * V(DEMANDS))
                    * (1 - V(ESCALATION) / 15.0) * (1 + 0.3 * V(MEDIATION))
                    * (0.6 + V(F_PRAGMATIC));
        V(TALKS_PROGRESS) += positive(pace);
        V(TALKS) = fmax(V(TALKS), engaged >= 1 ? 2 : 1);
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
    V(ESCALATION) = towards(V(ESCALATION), 1, P(ESC_DECAY));
    V(ESCALATION) += in->escalation_score / P(ESC_SCALE);
    V(PROXY_ACTIVITY) *= 0.6;
    V(ISRAEL_READY) = towards(V(ISRAEL_READY), in->baseline[V_ISRAEL_READY], 0.05);
    /* What intelligence learnt goes stale. */
    for (int a = 0; a < ACTOR_COUNT; a++)
        for (int v = 0; v < VAR_COUNT; v++)
            w->intel[a][v] = towards(w->intel[a][v], 1, 0.1);
}

void dynamics_run(World *w, DynamicsInput *in)
{
    economy_update(w, in);
    protest_update(w, in);
    regime_update(w, in);
    factions_update(w, in);
    nuclear_update(w, in);
    oil_update(w, in);
    politics_update(w, in);
    talks_update(w, in);
    escalation_update(w, in);
    for (int v = 0; v < VAR_COUNT; v++)
        w->v[v] = var_clamp((Var)v, w->v[v]);
}
