#include "dynamics.h"

#include <math.h>
#include <string.h>

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
    V(ENFORCEMENT) *= 1 - P(ENFORCEMENT_DECAY);
    /* Sanctions on paper bite only as far as they are enforced on ships and buyers (A41). */
    double enforced = 1 - P(ENFORCEMENT_WEIGHT) * (1 - clampd(V(ENFORCEMENT), 0, 1));
    double bite = P(SANCTION_BITE) * V(SANCTIONS) / SCALE(SANCTIONS) * enforced
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

    /* Killing is easier in the dark (A46) and harder under the world's eyes (A16). */
    double dark = 1 + P(DEATHS_DARK) * (1 - BEFORE(INTERNET));
    double watched = 1 - P(DEATHS_SCRUTINY) * BEFORE(CONDEMNATION) / SCALE(CONDEMNATION);
    double killed = V(T_REPRESSION) * P(DEATHS_RATE) * BEFORE(PROTEST) * dark * watched
                  * exp(P(DEATHS_NOISE) * pcg32_normal(&w->rng));
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
    /* Strikes, demands pressed in the talks and a standing public threat
     * all make the hardliners' case that talking is weakness (B11, B13, C2). */
    f[F_HARDLINE] += P(FACTION_STRIKE) * V(T_STRUCK) + P(FACTION_DEMANDS) * V(DEMANDS) * V(T_ENGAGE_IRAN)
                   + P(FACTION_THREAT) * V(ULTIMATUM) + P(FACTION_NOISE) * pcg32_normal(&w->rng);
    f[F_PRAGMATIC] += P(FACTION_RELIEF) * V(RELIEF) * V(T_ENGAGE_IRAN) * V(T_ENGAGE_US);
    double sum = 0;
    for (int i = F_LEADER; i <= F_PRAGMATIC; i++) {
        f[i] = towards(f[i], in->baseline[V_F_LEADER + i], P(FACTION_DRIFT));
        f[i] = fmax(f[i], P(FACTION_FLOOR));
        sum += f[i];
    }
    for (int i = F_LEADER; i <= F_PRAGMATIC; i++)
        f[i] /= sum;
    /* A parade shows the arsenal that is there: the further deterrence
     * already stands above the scenario's level, the less a display adds,
     * and none past `display_room` (B5, B9). */
    double above = positive(BEFORE(DETERRENCE) - in->baseline[V_DETERRENCE]);
    double shown = positive(V(DETERRENCE) - BEFORE(DETERRENCE));
    V(DETERRENCE) -= shown * fmin(above / P(DISPLAY_ROOM), 1);
    /* Displays of strength and proxy rhetoric must be kept up to count. */
    V(DETERRENCE) = towards(V(DETERRENCE), in->baseline[V_DETERRENCE], P(STANDING_DRIFT));
    V(NARRATIVE) = towards(V(NARRATIVE), in->baseline[V_NARRATIVE], P(STANDING_DRIFT));
}

double breakout_weeks(const double *v, const double *p)
{
    double capacity = fmax(1 - v[V_DAMAGE] / SCALE(DAMAGE), p[P_CAPACITY_FLOOR]);
    double fissile = p[P_BREAKOUT_ENRICH] / capacity;
    if (v[V_STOCKPILE] < p[P_WEAPON_KG])
        fissile *= 1 + (p[P_WEAPON_KG] - v[V_STOCKPILE]) / p[P_SHORTFALL_KG];
    double rebuilding = p[P_DAMAGE_WEEKS] * v[V_DAMAGE];
    return rebuilding + fissile + p[P_WEAPONIZE_WEEKS] * (1 - v[V_COVERT] / SCALE(COVERT));
}

/* An Israeli operation against the programme (not in the articles: the
 * outside record is Natanz in 2020 and 2021 and Karaj in 2021). It hits what
 * the sites leave unguarded; each one puts Iran on its guard, so weekly
 * operations soon find little to hit, and an operation against sites on
 * guard is likelier to be traced to Israel. Traced, it is a hostile act in
 * the open and hands Tehran's hardliners their case (B11, B13; after Natanz
 * in April 2021 Iran answered with 60% enrichment). */
#define SABOTAGE_ORDER_DAMAGE 16    /* israel_sabotage's "strike_damage += 16" */
static void sabotage_update(World *w, DynamicsInput *in)
{
    double guard = V(VIGILANCE) / SCALE(VIGILANCE);
    V(VIGILANCE) *= 1 - P(VIGILANCE_FADE);
    if (V(T_SABOTAGE) <= 0)
        return;
    double bite = 1 - guard;
    /* the order did its nominal damage (the action's effect in actions.lua,
     * Israel's own): the week's damage is sabotage_damage less what the
     * guards prevented */
    V(DAMAGE) += P(SABOTAGE_DAMAGE) * bite - SABOTAGE_ORDER_DAMAGE;
    V(COVERT) = positive(V(COVERT) - P(SABOTAGE_COVERT) * bite);
    if (pcg32_unit(&w->rng) < P(SABOTAGE_EXPOSE) + P(SABOTAGE_EXPOSE_ALERT) * guard) {
        in->happened |= HAPPENED_SABOTAGE_TRACED;
        V(ESCALATION) += P(SABOTAGE_EXPOSED_SCORE) / P(ESC_SCALE);
        V(F_HARDLINE) += P(SABOTAGE_HARDLINE);
    }
    V(VIGILANCE) += P(SABOTAGE_ALERT);
}

/* The stockpile grows with enrichment; strikes cost months, not years, as the
 * damage is repaired (A32, A33); covert work risks detection each turn (C8). */
void nuclear_update(World *w, DynamicsInput *in)
{
    sabotage_update(w, in);
    /* Damage taken this week shows the missiles did not deter (B9). */
    V(DETERRENCE) -= P(DETERRENCE_DAMAGE) * positive(V(DAMAGE) - BEFORE(DAMAGE));
    double capacity = 1 - V(DAMAGE) / SCALE(DAMAGE);
    V(STOCKPILE) += P(ENRICH_RATE) * V(ENRICHMENT) * capacity;
    V(DAMAGE) *= 1 - P(REBUILD) * (1 + V(T_COVERT));
    if (V(T_COVERT) > 0) {
        V(COVERT) += P(COVERT_RATE);     /* weaponisation needs no centrifuges */
        double chance = P(DETECT_BASE) + P(DETECT_IAEA) * V(IAEA)
                      + P(DETECT_ISRAEL) * V(ISRAEL_READY) / SCALE(ISRAEL_READY)
                      + P(DETECT_US) * (1 - fmin(w->intel[US][V_COVERT], 1));
        if (V(DETECTED) < 1 && pcg32_unit(&w->rng) < chance) {
            V(DETECTED) = 1;
            in->happened |= HAPPENED_DETECTED;
            for (int a = 0; a < ACTOR_COUNT; a++)
                intel_set(w, a, V_COVERT, fmin(w->intel[a][V_COVERT], P(INTEL_EXPOSED)));
        }
    }
    V(BREAKOUT) = breakout_weeks(w->v, in->p);
}

/* A modest premium that follows the ladder and fades fast; only lost
 * Hormuz barrels push Brent past $100; Iranian crude back lowers it (C7). */
void oil_update(World *w, DynamicsInput *in)
{
    /* Fear moves the price only so far: spare capacity and stocks cap the
     * premium; only barrels that cannot get out of the Gulf move it beyond. */
    double risk = P(OIL_RISK) * pow(positive(V(ESCALATION) - P(OIL_RISK_FROM)), P(OIL_RISK_EXP));
    V(OIL_PREMIUM) = fmin(towards(V(OIL_PREMIUM), risk, P(OIL_PREMIUM_FADE)), P(OIL_PREMIUM_CAP));
    double lost = P(HORMUZ_NORMAL) - V(HORMUZ_FLOW);
    V(OIL_PRICE) = P(OIL_BASE) + V(OIL_PREMIUM) + P(OIL_DISRUPTION) * positive(lost)
                 - P(OIL_IRAN) * (V(OIL_EXPORTS) - P(EXPORT_REF)) + P(OIL_NOISE) * (2 * pcg32_unit(&w->rng) - 1);
    V(HORMUZ_FLOW) = towards(V(HORMUZ_FLOW), P(HORMUZ_NORMAL), P(HORMUZ_RECOVER) * (1 + P(HORMUZ_NAVY) * V(POSTURE)));
}

/* Approval answers casualties and pump prices; a standing ultimatum raises
 * the price of backing down every turn it stands (Fearon 1994). */
void politics_update(World *w, DynamicsInput *in)
{
    /* A token answer is telegraphed at an empty base; were it to kill, it
     * would be a strike like any other (June 2025). */
    if (V(T_TOKEN) > 0 && P(TOKEN_HARM) > 0) {
        V(US_CASUALTIES) += P(TOKEN_HARM) * P(BASE_STRIKE_DEATHS);
        V(T_US_HIT) = fmax(V(T_US_HIT), P(TOKEN_HARM));
        V(T_IRAN_HIT) = fmax(V(T_IRAN_HIT), P(TOKEN_HARM));
    }
    if (V(T_BACKDOWN) > 0) {
        V(CREDIBILITY) -= P(BACKDOWN_CREDIBILITY) * BEFORE(AUDIENCE_COST);
        V(APPROVAL) -= P(BACKDOWN_APPROVAL) * BEFORE(AUDIENCE_COST);
        V(AUDIENCE_COST) = 0;
    } else if (V(ULTIMATUM) > 0) {
        V(AUDIENCE_COST) += P(AUDIENCE_GROWTH);
    } else {
        V(AUDIENCE_COST) *= P(AUDIENCE_KEEP);
    }
    /* Talking with a government while it shoots protesters looks like
     * appeasement (A2, A6, A9); a threat left standing past its time looks
     * empty (Fearon 1994). */
    if (V(T_ENGAGE_US) >= 1 && V(DEATHS) - BEFORE(DEATHS) >= P(APPEASE_DEATHS)) {
        V(APPROVAL) -= P(APPEASE_APPROVAL);
        V(HAWK_PRESSURE) += P(HAWK_OPPOSED);
    }
    if (V(ULTIMATUM) > 0 && V(AUDIENCE_COST) >= P(THREAT_STALE) && V(TALKS) < TALKS_DIRECT) {
        V(CREDIBILITY) -= P(EMPTY_THREAT);
        V(APPROVAL) -= P(EMPTY_THREAT_APPROVAL);
    }
    double killed = V(US_CASUALTIES) - BEFORE(US_CASUALTIES);
    V(APPROVAL) -= P(APPROVAL_CASUALTY) * fmin(killed, P(CASUALTY_CAP));
    double target = P(APPROVAL_BASE) - P(APPROVAL_OIL) * positive(V(OIL_PRICE) - P(APPROVAL_OIL_FROM))
                  + P(APPROVAL_CREDIBILITY) * (V(CREDIBILITY) - P(CREDIBILITY_BASE));
    V(APPROVAL) = towards(V(APPROVAL), target, P(APPROVAL_ADJUST));
    V(HAWK_PRESSURE) = towards(V(HAWK_PRESSURE), P(HAWK_BASE), P(HAWK_ADJUST))
                     + P(HAWK_US_HIT) * V(T_US_HIT) + P(HAWK_DETECTED) * (V(DETECTED) - BEFORE(DETECTED));
    V(CREDIBILITY) = towards(V(CREDIBILITY), P(CREDIBILITY_BASE), P(CREDIBILITY_ADJUST));
}

/* What a text signed now would secure for Washington: inspectors, limits on
 * enrichment and reach, less leverage given away for nothing (C3, C8,
 * Fearon 1995). */
static double deal_value_now(const World *w, const DynamicsInput *in)
{
    double missiles = V(DEMANDS) >= 1, proxies = V(DEMANDS) >= 2;
    /* Sanctions eased before the deal were leverage given away for nothing. */
    double given_away = positive(in->baseline[V_SANCTIONS] - V(SANCTIONS));
    return P(DEAL_BASE) + P(DEAL_INSPECTORS) * V(IAEA) / SCALE(IAEA)
         + P(DEAL_ENRICHMENT) * (SCALE(ENRICHMENT) - V(ENRICHMENT)) / SCALE(ENRICHMENT)
         + P(DEAL_REACH) * (missiles + proxies) / 2 - P(DEAL_GIVEAWAY) * given_away
         - P(DEAL_UNEARNED) * V(RELIEF_UNEARNED);
}

/* The share of what Washington could ask on the nuclear file that a deal
 * worth `value` secures: 0 for the bare deal, 1 for everything. */
static double deal_secured(const DynamicsInput *in, double value)
{
    return clampd((value - P(DEAL_BASE)) / (SCALE(DEAL_VALUE) - P(DEAL_BASE)), 0, 1);
}

/* The deal's terms take effect as it is signed: relief lifts sanctions,
 * limits on missiles and proxies cost Iran its deterrence and its narrative
 * (B9, B10), and Washington's gain is what Iran had conceded by then. */
static void conclude_deal(World *w, DynamicsInput *in)
{
    V(TALKS) = TALKS_AGREED;
    V(DEAL_VALUE) = deal_value_now(w, in);
    V(DETERRENCE) -= P(DEAL_MISSILES) * (V(DEMANDS) >= 1);
    V(NARRATIVE) -= P(DEAL_PROXIES) * (V(DEMANDS) >= 2);
    if (V(RELIEF) > 0) {
        V(SANCTIONS) -= P(DEAL_RELIEF);
        V(SECONDARY_TARIFF) = 0;
        V(OIL_PRICE) -= P(OIL_IRAN) * positive(P(EXPORT_MAX) - V(OIL_EXPORTS));   /* Iranian crude comes back (C7) */
    }
    V(ESCALATION) = fmin(V(ESCALATION), P(ESC_REST));
    V(STABILITY) += P(DEAL_SECURITY);       /* accepted terms assure the regime's security (B9) */
    V(ULTIMATUM) = 0;           /* its demand was met: no backing down */
    V(AUDIENCE_COST) = 0;
    /* A deal on Washington's terms is a win at home (A29); the hawks attack
     * it in proportion to what it leaves out (C1). */
    double secured = deal_secured(in, V(DEAL_VALUE));
    V(APPROVAL) += P(DEAL_WIN) * secured
                 - P(DEAL_HAWKS) * V(HAWK_PRESSURE) / SCALE(HAWK_PRESSURE) * (1 - secured);
}

/* Which capital, if any, sinks a signed text: the hardliners in Tehran
 * (B11, B13), the more likely the stronger they are and the further the
 * terms reach beyond the nuclear file; the hawks and Congress in Washington
 * (C1), the more likely the stronger they are and the less the text secures:
 * the last deal was abandoned for giving Iran money without dismantling
 * enough (C5). One draw decides both. */
typedef enum { SIGNED_HOLDS, SUNK_IN_TEHRAN, SUNK_IN_WASHINGTON } Ratification;

static Ratification ratify(World *w, DynamicsInput *in)
{
    double tehran = P(RATIFY_HARDLINE) * positive(V(F_HARDLINE) - P(RATIFY_HARDLINE_FROM))
                  + P(RATIFY_DEMANDS) * V(DEMANDS);
    double washington = P(RATIFY_HAWKS) * positive(V(HAWK_PRESSURE) - P(RATIFY_HAWKS_FROM)) / SCALE(HAWK_PRESSURE)
                      + P(RATIFY_THIN) * (1 - deal_secured(in, deal_value_now(w, in)));
    double tehran_holds = clampd(1 - tehran, 0, 1), washington_holds = clampd(1 - washington, 0, 1);
    double u = pcg32_unit(&w->rng);
    if (u >= tehran_holds)
        return SUNK_IN_TEHRAN;
    return u < tehran_holds * washington_holds ? SIGNED_HOLDS : SUNK_IN_WASHINGTON;
}

/* Sinking a deal emboldens those who sank it; a President whose signature
 * Congress will not honour looks weak at home (A29, C1) and unreliable to
 * Tehran, which saw the last deal abandoned (B13, C5). */
static void sink_deal(World *w, DynamicsInput *in, Ratification where)
{
    in->happened |= HAPPENED_RATIFICATION_FAILED;
    V(TALKS_PROGRESS) *= 1 - P(RATIFY_SETBACK);
    V(F_HARDLINE) += P(RATIFY_BACKLASH);
    V(HAWK_PRESSURE) += P(HAWK_OPPOSED);
    if (where == SUNK_IN_WASHINGTON) {
        V(APPROVAL) -= P(RATIFY_SUNK_APPROVAL);
        V(CREDIBILITY) -= P(RATIFY_SUNK_CREDIBILITY);
    }
}

/* Talks move only while both sides engage; demands beyond the nuclear file
 * slow them (B9, B10, C5); both must sign once progress allows. */
void talks_update(World *w, DynamicsInput *in)
{
    /* Signatures count against the progress the sides brought into the room;
     * no deal is signed while the bombs fall or the ladder stands near war. */
    if (V(T_SIGN_US) > 0 && V(T_SIGN_IRAN) > 0 && V(TALKS_PROGRESS) >= P(AGREE_PROGRESS)) {
        bool quiet = V(ESCALATION) < P(SIGN_ESCALATION) && V(T_STRUCK) <= 0 && V(T_US_HIT) <= 0;
        if (!quiet) {
            in->happened |= HAPPENED_SIGNING_BLOCKED;
        } else {
            Ratification where = ratify(w, in);
            if (where == SIGNED_HOLDS) {
                conclude_deal(w, in);
                return;
            }
            sink_deal(w, in, where);
        }
    }
    double engaged = fmin(V(T_ENGAGE_US), V(T_ENGAGE_IRAN));
    if (engaged > 0) {
        double pace = engaged * P(TALKS_RATE) * (1 - P(TALKS_DEMANDS) * V(DEMANDS))
                    * (1 - V(ESCALATION) / P(TALKS_ESC_STOP)) * (1 + P(TALKS_MEDIATION) * V(MEDIATION))
                    * (P(TALKS_PRAGMATIC_BASE) + V(F_PRAGMATIC))
                    * (1 - P(TALKS_DISTRUST) * fmin(V(STRIKES_ON_IRAN), P(TALKS_DISTRUST_CAP)));
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
    /* A telegraphed, token answer lets both sides step back (June 2025). */
    V(ESCALATION) -= P(TOKEN_CALM) * V(T_TOKEN);
    V(PROXY_ACTIVITY) *= P(PROXY_CALM);
    /* The militias weigh this week's American blows (what the strikes added
     * to proxy_deterred) by how far they fear the next one; older fear fades
     * as they regroup (C3; the 2024 record). */
    double blows = positive(V(PROXY_DETERRED) - BEFORE(PROXY_DETERRED));
    V(PROXY_DETERRED) = BEFORE(PROXY_DETERRED) * (1 - P(PROXY_REGROUP)) + P(PROXY_FEAR) * blows;
    /* Tehran's grip on its allies is what it and they do now: the Quds
     * Force's calls for calm must be made again and again to hold (B14), and
     * a militia that struck on its own falls back in line unless it keeps
     * striking (model). */
    V(PROXY_CONTROL) = towards(V(PROXY_CONTROL), in->baseline[V_PROXY_CONTROL], P(PROXY_GRIP_DRIFT));
    V(ISRAEL_READY) = towards(V(ISRAEL_READY), in->baseline[V_ISRAEL_READY], P(ISRAEL_RESET));
}

/* What intelligence learnt goes stale: every actor's error factor drifts
 * back towards 1 (no better than a guess from open sources). A factor of
 * exactly 1 stays 1 (1 + 0 * rate), so only the factors intel_set noted
 * are moved: about 80 of the 729 in a game of jan2026. A rate that is not
 * a finite number would turn a 1 into NaN: then every factor moves. */
void intel_update(World *w, DynamicsInput *in)
{
    double rate = P(INTEL_STALE);   /* read once: writing the world might alias it for the compiler */
    if (!isfinite(rate))
        memset(w->intel_moved, 0xff, sizeof w->intel_moved);
    for (int a = 0; a < ACTOR_COUNT; a++)
        for (int word = 0; word * 64 < VAR_COUNT; word++)
            for (uint64_t bits = w->intel_moved[a][word]; bits; bits &= bits - 1) {
                int v = word * 64 + __builtin_ctzll(bits);
                if (v < VAR_COUNT)
                    w->intel[a][v] = towards(w->intel[a][v], 1, rate);
            }
}

/* Tipping into full-scale war has its costs at once: US forces and shipping
 * hit as Ghalibaf threatened, Iran hit as Trump vowed (A26). */
void war_update(World *w, DynamicsInput *in)
{
    if (V(ESCALATION) < P(ESC_WAR) || BEFORE(ESCALATION) >= P(ESC_WAR))
        return;
    V(US_CASUALTIES) += P(WAR_US_DEATHS);
    V(APPROVAL) -= P(APPROVAL_CASUALTY) * fmin(P(WAR_US_DEATHS), P(CASUALTY_CAP));
    V(HORMUZ_FLOW) -= P(WAR_HORMUZ);
    V(STRIKES_ON_IRAN) += P(WAR_STRIKES);
    V(ALLIANCE) -= P(WAR_ALLIES);
}

/* The records that keep a highest or a lowest, taken from the world as it
 * stands; the same again changes nothing, so they can be taken once more
 * after the week's events (turn.c): a tanker seized after the dynamics that
 * tips the crisis into war is the war's highest rung too. */
void record_extremes(World *w, const double *before, const double *baseline, const double *p)
{
    /* Secret work done in this game: a week's work, however much a strike
     * took back the same week, or a rise in covert progress however it came
     * (an event), counts; a setback undoes none. */
    double week = fmax(positive(V(COVERT) - before[V_COVERT]), (V(T_COVERT) > 0) * p[P_COVERT_RATE]);
    double worked = before[V_BOMB_PROGRESS] + week;
    V(BOMB_PROGRESS) = var_clamp(V_BOMB_PROGRESS, fmax(fmax(V(BOMB_PROGRESS), worked), V(WEAPON) * SCALE(BOMB_PROGRESS)));
    V(STABILITY_LOW) = fmin(V(STABILITY_LOW), V(STABILITY));
    /* Once struck in the game, Iran's deterrence is the lowest it fell to
     * since: a missile parade after the bombs does not make them undropped
     * (B9). Before the first strike it is its deterrence as it stands. */
    bool struck_before = before[V_STRIKES_ON_IRAN] > baseline[V_STRIKES_ON_IRAN];
    V(DETERRENCE_LOW) = struck_before ? fmin(V(DETERRENCE_LOW), V(DETERRENCE)) : V(DETERRENCE);
    V(ESCALATION_PEAK) = fmax(V(ESCALATION_PEAK), V(ESCALATION));
}

/* The story's records, which the objectives read: what happened stays
 * counted whatever comes after. */
void record_update(World *w, DynamicsInput *in)
{
    bool offered = V(RELIEF) > BEFORE(RELIEF), conceded = BEFORE(IAEA) >= 2;
    if (offered && !conceded)
        V(RELIEF_UNEARNED) = 1;
    double weeks = in->week > 1 ? in->week : 1;
    V(OIL_MEAN) += (V(OIL_PRICE) - V(OIL_MEAN)) / weeks;
    /* Chinese refiners take most of Iran's crude (2021-2024 record), all
     * of it but the share buyers forgo to honour the sanctions; Washington's tariff falls on the trade of whoever keeps buying (A39,
     * A41), and its enforcement lists the buyers' refiners and terminals
     * (2025): the harder the more openly a buyer buys; one that cuts its
     * purchases far enough is spared much of it (the 2018-2019 waivers). */
    double bought = V(OIL_EXPORTS) * (1 - clampd(V(COMPLIANCE), 0, 1));
    V(CHINA_CRUDE) += (bought - V(CHINA_CRUDE)) / weeks;
    double penalty = V(SECONDARY_TARIFF) + P(BUYER_PENALTY) * clampd(V(ENFORCEMENT), 0, 1);
    double exposed = penalty * pow(1 - clampd(V(COMPLIANCE), 0, 1), P(TARIFF_REACH));
    V(PENALTY_COST) += (exposed - V(PENALTY_COST)) / weeks;
    record_extremes(w, in->before, in->baseline, in->p);
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
        [DYN_INTEL] = intel_update, [DYN_WAR] = war_update, [DYN_RECORD] = record_update,
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
