/* Each dynamics function on a world built by hand from the jan2026 scenario's
 * initial values and parameters: the direction and rough size of each effect.
 * Where noise is drawn, two twin worlds with the same generator state and one
 * input changed are compared, so the noise cancels. */
#include <math.h>
#include <string.h>

#include "support.h"

static Scenario scenario;       /* jan2026 as loaded by the engine */
static double params[PARAM_COUNT];

static int load_scenario_once(void **state)
{
    (void)state;
    Session *s = test_session("jan2026", 1);
    scenario = s->scenario;
    memcpy(params, scenario.params, sizeof params);
    session_free(s);
    return 0;
}

/* A world at the scenario's start, as game_init would make it. */
static void world_start(World *w)
{
    memset(w, 0, sizeof *w);
    memcpy(w->v, scenario.initial, sizeof w->v);
    for (int a = 0; a < ACTOR_COUNT; a++)
        for (int v = 0; v < VAR_COUNT; v++)
            w->intel[a][v] = 1;
    pcg32_seed(&w->rng, 7, 0x5eed);
}

/* The dynamics' input for world w: w as it stands is "before". */
typedef struct Step {
    double before[VAR_COUNT];
    DynamicsInput in;
} Step;

static void step_init(Step *st, const World *w, double score)
{
    memcpy(st->before, w->v, sizeof st->before);
    st->in = (DynamicsInput){ .p = params, .before = st->before, .baseline = scenario.initial, .escalation_score = score, .week = 1 };
}

typedef void (*UpdateFn)(World *, DynamicsInput *);

/* Run fn once on w (with before = w now); returns the happened flags. */
static unsigned run1(UpdateFn fn, World *w, double score)
{
    Step st;
    step_init(&st, w, score);
    fn(w, &st.in);
    return st.in.happened;
}

#define V(w, name) ((w).v[V_##name])

/* ---- economy ------------------------------------------------------------ */

static void setup_exports(World *w, double enforcement)
{
    world_start(w);
    V(*w, SANCTIONS) = 10;
    V(*w, ENFORCEMENT) = enforcement;
    V(*w, SECONDARY_TARIFF) = 50;
    V(*w, COMPLIANCE) = params[P_COMPLIANCE_BASE] + params[P_TARIFF_PRESSURE] * 0.5;   /* at its target */
    V(*w, OIL_EXPORTS) = 1.5;
    V(*w, SNAPBACK) = 0;
    V(*w, HORMUZ_FLOW) = 20;
}

static double export_target(const World *w)
{
    double enf = V(*w, ENFORCEMENT) - params[P_ENFORCEMENT_DECAY];
    double bite = params[P_SANCTION_BITE] * V(*w, SANCTIONS) / 10 * enf
                * (params[P_BITE_UNCOMPLIED] + params[P_BITE_COMPLIED] * V(*w, COMPLIANCE));
    return params[P_EXPORT_MAX] * (1 - bite);
}

static void test_economy_tighter_enforcement_pushes_exports_down_towards_target(void **state)
{
    (void)state;
    World loose, tight;
    setup_exports(&loose, 0.2);
    setup_exports(&tight, 1.0);
    double target = export_target(&tight);
    assert_true(target < 1.0);
    run1(economy_update, &loose, 0);
    run1(economy_update, &tight, 0);
    assert_true(V(tight, OIL_EXPORTS) < 1.5);
    assert_true(V(tight, OIL_EXPORTS) < V(loose, OIL_EXPORTS));
    /* one week closes about export_adjust of the gap to the target */
    double closed = (1.5 - V(tight, OIL_EXPORTS)) / (1.5 - target);
    assert_true(fabs(closed - params[P_EXPORT_ADJUST]) < 0.02);
    /* enforcement lapses a little each week */
    assert_true(fabs(V(tight, ENFORCEMENT) - (1.0 - params[P_ENFORCEMENT_DECAY])) < 1e-9);
    /* many weeks later the exports sit near the target, not below it */
    for (int i = 0; i < 60; i++) {
        V(tight, ENFORCEMENT) = 1.0;
        run1(economy_update, &tight, 0);
    }
    assert_true(fabs(V(tight, OIL_EXPORTS) - target) < 0.05);
}

static void test_economy_without_sanctions_exports_recover(void **state)
{
    (void)state;
    World w;
    setup_exports(&w, 1.0);
    V(w, SANCTIONS) = 0;
    V(w, OIL_EXPORTS) = 0.5;
    for (int i = 0; i < 60; i++)
        run1(economy_update, &w, 0);
    assert_true(fabs(V(w, OIL_EXPORTS) - params[P_EXPORT_MAX]) < 0.05);
}

static void test_economy_lost_exports_sink_rial_and_lift_inflation(void **state)
{
    (void)state;
    World low, high;
    setup_exports(&low, 1.0);
    V(low, OIL_EXPORTS) = 0.3;
    V(low, RIAL_TREND) = 0;
    V(low, INFLATION) = params[P_INFL_BASE];
    high = low;
    V(high, OIL_EXPORTS) = 2.0;
    double rial = V(low, RIAL);
    run1(economy_update, &low, 0);
    run1(economy_update, &high, 0);
    assert_true(V(low, RIAL) > V(high, RIAL));
    /* rial_exports a week per unit of shortfall, give or take the noise */
    double fall = log(V(low, RIAL) / rial);
    assert_true(fall > 0.5 * params[P_RIAL_EXPORTS] * 0.75);
    assert_true(V(low, RIAL_TREND) > V(high, RIAL_TREND));
    assert_true(V(low, INFLATION) > V(high, INFLATION));
    assert_true(V(low, GDP_GROWTH) < V(high, GDP_GROWTH));
}

static void test_economy_relief_in_direct_talks_strengthens_rial(void **state)
{
    (void)state;
    World none, relief;
    world_start(&none);
    V(none, TALKS) = 2;
    V(none, RELIEF) = 0;
    relief = none;
    V(relief, RELIEF) = 1;
    run1(economy_update, &none, 0);
    run1(economy_update, &relief, 0);
    double gain = log(V(none, RIAL) / V(relief, RIAL));
    assert_true(fabs(gain - params[P_RIAL_RELIEF]) < 1e-9);
}

static void test_economy_secondary_tariff_costs_alliance_cohesion(void **state)
{
    (void)state;
    World calm, tariff;
    world_start(&calm);
    V(calm, SECONDARY_TARIFF) = 0;
    V(calm, ALLIANCE) = 60;
    tariff = calm;
    V(tariff, SECONDARY_TARIFF) = 100;
    run1(economy_update, &calm, 0);
    run1(economy_update, &tariff, 0);
    assert_true(fabs(V(calm, ALLIANCE) - 60) < 1e-9);
    double lost = 60 - V(tariff, ALLIANCE);
    assert_true(lost > 0.9 * 4 * params[P_TARIFF_ALLY_COST] && lost < 1.1 * 4 * params[P_TARIFF_ALLY_COST]);
    /* and buyers comply more under tariff pressure */
    assert_true(V(tariff, COMPLIANCE) > V(calm, COMPLIANCE));
}

/* ---- protest ------------------------------------------------------------ */

static void test_protest_repression_and_blackout_empty_the_streets(void **state)
{
    (void)state;
    World free_, held;
    world_start(&free_);
    V(free_, PROTEST) = 5;
    V(free_, INTERNET) = 1;
    V(free_, LAST_POLICY) = 0;
    V(free_, INCONSISTENCY) = 0;
    held = free_;
    V(held, T_REPRESSION) = 1;
    V(held, INTERNET) = 0.05;
    double deaths = V(held, DEATHS), fear = V(held, FEAR), condemnation = V(held, CONDEMNATION);
    run1(protest_update, &free_, 0);
    run1(protest_update, &held, 0);
    assert_true(V(held, PROTEST) < 5);
    assert_true(V(held, PROTEST) < V(free_, PROTEST) - 1);
    /* the cost: more dead, more fear, more condemnation */
    assert_true(V(held, DEATHS) > deaths + 20);
    assert_true(V(held, FEAR) > fear + 0.8 * params[P_FEAR_REPRESSION] - params[P_FEAR_DECAY] * fear);
    assert_true(V(held, CONDEMNATION) > condemnation);
    assert_true(V(held, CONDEMNATION) > V(free_, CONDEMNATION));
    /* and the connection comes back a little */
    assert_true(V(held, INTERNET) > 0.05 && V(held, INTERNET) < 0.5);
}

/* A blackout alone, without a shot fired, holds mobilisation back (A42, A46;
 * Rydzak 2019: coordination falls to coord_min). */
static void test_protest_blackout_alone_slows_mobilisation(void **state)
{
    (void)state;
    World online, dark;
    world_start(&online);
    V(online, PROTEST) = 3;
    V(online, GRIEVANCE) = 80;
    V(online, HOPE) = 50;
    V(online, FEAR) = 10;
    V(online, INTERNET) = 1;
    dark = online;
    V(dark, INTERNET) = 0;
    run1(protest_update, &online, 0);
    run1(protest_update, &dark, 0);
    assert_true(V(online, PROTEST) > 3);
    assert_true(V(dark, PROTEST) < V(online, PROTEST) - 1);
    assert_true(V(dark, DEATHS) == V(online, DEATHS));
}

static void test_protest_lichbach_inconsistency_rises_when_policy_swings(void **state)
{
    (void)state;
    World swing, steady;
    world_start(&swing);
    V(swing, LAST_POLICY) = 1;      /* repression last time */
    V(swing, INCONSISTENCY) = 0;
    steady = swing;
    V(swing, T_CONCESSION) = 1;     /* now a concession */
    V(steady, T_REPRESSION) = 1;    /* the same line again */
    run1(protest_update, &swing, 0);
    run1(protest_update, &steady, 0);
    assert_true(fabs(V(swing, INCONSISTENCY) - params[P_LICHBACH]) < 1e-9);
    assert_true(V(swing, LAST_POLICY) == -1);
    assert_true(V(steady, INCONSISTENCY) == 0);
    assert_true(V(steady, LAST_POLICY) == 1);
    /* swinging back again adds more, on top of the decayed value */
    V(swing, T_CONCESSION) = 0;
    V(swing, T_REPRESSION) = 1;
    run1(protest_update, &swing, 0);
    assert_true(V(swing, INCONSISTENCY) > 1.5 * params[P_LICHBACH]);
    /* and a quiet week lets it fade */
    double before = V(swing, INCONSISTENCY);
    V(swing, T_REPRESSION) = 0;
    run1(protest_update, &swing, 0);
    assert_true(V(swing, INCONSISTENCY) < before);
}

static void test_protest_inconsistency_feeds_grievance(void **state)
{
    (void)state;
    World calm, swung;
    world_start(&calm);
    V(calm, INCONSISTENCY) = 0;
    swung = calm;
    V(swung, INCONSISTENCY) = 5;
    run1(protest_update, &calm, 0);
    run1(protest_update, &swung, 0);
    assert_true(V(swung, GRIEVANCE) > V(calm, GRIEVANCE) + 1);
}

static void test_protest_concession_relieves_grievance_and_encouragement_raises_hope(void **state)
{
    (void)state;
    World base, given, cheered;
    world_start(&base);
    V(base, LAST_POLICY) = 0;
    given = base;
    cheered = base;
    V(given, T_CONCESSION) = 1;
    V(cheered, T_ENCOURAGE) = 1;
    run1(protest_update, &base, 0);
    run1(protest_update, &given, 0);
    run1(protest_update, &cheered, 0);
    assert_true(fabs(V(base, GRIEVANCE) - V(given, GRIEVANCE) - params[P_CONCESSION_RELIEF]) < 1e-9);
    assert_true(fabs(V(cheered, HOPE) - V(base, HOPE) - params[P_HOPE_ENCOURAGE]) < 1e-9);
}

static void test_protest_reports_streets_cleared_and_tipping(void **state)
{
    (void)state;
    World w;
    world_start(&w);
    V(w, PROTEST) = 2;
    V(w, GRIEVANCE) = 0;
    V(w, HOPE) = 0;
    V(w, FEAR) = 100;
    V(w, INTERNET) = 0;
    unsigned happened = run1(protest_update, &w, 0);
    assert_true(V(w, PROTEST) < 1);
    assert_true(happened & HAPPENED_STREETS_CLEARED);
    assert_false(happened & HAPPENED_TIPPING);

    world_start(&w);
    V(w, PROTEST) = 1;
    V(w, GRIEVANCE) = 100;
    V(w, HOPE) = 100;
    V(w, FEAR) = 0;
    V(w, INTERNET) = 1;
    happened = run1(protest_update, &w, 0);
    assert_true(V(w, PROTEST) >= 3);
    assert_true(happened & HAPPENED_TIPPING);
    assert_false(happened & HAPPENED_STREETS_CLEARED);
}

/* ---- regime ------------------------------------------------------------- */

static void test_regime_mass_protest_erodes_stability_and_loyalty(void **state)
{
    (void)state;
    World quiet, mass;
    world_start(&quiet);
    V(quiet, PROTEST) = 0;
    V(quiet, LOYALTY) = scenario.initial[V_LOYALTY];
    mass = quiet;
    V(mass, PROTEST) = 15;
    unsigned hq = run1(regime_update, &quiet, 0);
    unsigned hm = run1(regime_update, &mass, 0);
    /* part of the way (not all of it at once) to a target stab_protest * 15 points lower */
    double gap = V(quiet, STABILITY) - V(mass, STABILITY);
    assert_true(gap > 0.1 * params[P_STAB_PROTEST] * 15 && gap < params[P_STAB_PROTEST] * 15);
    double strain = (15 - params[P_DEFECT_PROTEST]) * params[P_DEFECT_RATE];
    assert_true(fabs(V(quiet, LOYALTY) - V(mass, LOYALTY) - strain) < 1e-9);
    assert_true(hm & HAPPENED_DEFECTIONS);
    assert_false(hq & HAPPENED_DEFECTIONS);
}

static void test_regime_disloyalty_costs_stability_and_loyalty_recovers_slowly(void **state)
{
    (void)state;
    World loyal, shaky;
    world_start(&loyal);
    V(loyal, PROTEST) = 0;
    shaky = loyal;
    V(shaky, LOYALTY) = 0.5;
    run1(regime_update, &loyal, 0);
    run1(regime_update, &shaky, 0);
    assert_true(V(shaky, STABILITY) < V(loyal, STABILITY) - 5);
    assert_true(V(shaky, LOYALTY) > 0.5 && V(shaky, LOYALTY) < 0.51);
}

static void test_regime_cohesion_returns_to_baseline(void **state)
{
    (void)state;
    World w;
    world_start(&w);
    V(w, COHESION) = 10;
    run1(regime_update, &w, 0);
    double base = scenario.initial[V_COHESION];
    assert_true(V(w, COHESION) > 10 && V(w, COHESION) < 10 + 0.5 * (base - 10));
    for (int i = 0; i < 300; i++)
        run1(regime_update, &w, 0);
    assert_true(fabs(V(w, COHESION) - base) < 1);
}

/* ---- factions ----------------------------------------------------------- */

static double faction_sum(const World *w)
{
    return w->v[V_F_LEADER] + w->v[V_F_HARDLINE] + w->v[V_F_PRAGMATIC];
}

static void test_factions_sum_to_one_whatever_happens(void **state)
{
    (void)state;
    Pcg32 r;
    pcg32_seed(&r, 3, 3);
    for (int k = 0; k < 500; k++) {
        World w;
        world_start(&w);
        double f[3] = { pcg32_unit(&r), pcg32_unit(&r), pcg32_unit(&r) };
        double total = f[0] + f[1] + f[2] + 1e-9;
        V(w, F_LEADER) = f[0] / total;
        V(w, F_HARDLINE) = f[1] / total;
        V(w, F_PRAGMATIC) = f[2] / total;
        V(w, T_STRUCK) = pcg32_below(&r, 2);
        V(w, T_ENGAGE_IRAN) = pcg32_below(&r, 2);
        V(w, T_ENGAGE_US) = pcg32_below(&r, 2);
        V(w, RELIEF) = pcg32_below(&r, 2);
        V(w, DEMANDS) = pcg32_below(&r, 4);
        run1(factions_update, &w, 0);
        assert_true(fabs(faction_sum(&w) - 1) < 1e-12);
        for (int f = 0; f < 3; f++)
            assert_true(w.v[V_F_LEADER + f] > 0.04 && w.v[V_F_LEADER + f] < 1);
    }
}

/* The factions' weekly swings drawn from the world's stream, held still so
 * that a cause and its effect can be read alone. */
static double quiet_factions(void)
{
    double noise = params[P_FACTION_NOISE];
    params[P_FACTION_NOISE] = 0;
    return noise;
}

static void test_factions_hardliners_gain_when_iran_is_struck(void **state)
{
    (void)state;
    double noise = quiet_factions();
    World calm, struck;
    world_start(&calm);
    V(calm, ULTIMATUM) = 0;     /* a standing threat feeds the hardliners too */
    struck = calm;
    V(struck, T_STRUCK) = 1;
    double before = V(calm, F_HARDLINE);
    run1(factions_update, &calm, 0);
    run1(factions_update, &struck, 0);
    assert_true(fabs(V(calm, F_HARDLINE) - before) < 1e-9);   /* at baseline: no drift */
    assert_true(V(struck, F_HARDLINE) > before + 0.03);
    assert_true(V(struck, F_PRAGMATIC) < V(calm, F_PRAGMATIC));
    assert_true(V(struck, F_LEADER) < V(calm, F_LEADER));
    params[P_FACTION_NOISE] = noise;
}

static void test_factions_pragmatists_gain_when_talks_with_relief_progress(void **state)
{
    (void)state;
    World calm, talks;
    world_start(&calm);
    V(calm, DEMANDS) = 0;
    V(calm, RELIEF) = 1;
    talks = calm;
    V(talks, T_ENGAGE_IRAN) = 1;
    V(talks, T_ENGAGE_US) = 1;
    run1(factions_update, &calm, 0);
    run1(factions_update, &talks, 0);
    assert_true(V(talks, F_PRAGMATIC) > V(calm, F_PRAGMATIC) + 0.01);
}

static void test_factions_drift_back_to_the_scenario_balance(void **state)
{
    (void)state;
    double noise = quiet_factions();
    World w;
    world_start(&w);
    V(w, ULTIMATUM) = 0;
    V(w, F_LEADER) = 0.1;
    V(w, F_HARDLINE) = 0.8;
    V(w, F_PRAGMATIC) = 0.1;
    for (int i = 0; i < 200; i++)
        run1(factions_update, &w, 0);
    for (int f = 0; f < 3; f++)
        assert_true(fabs(w.v[V_F_LEADER + f] - scenario.initial[V_F_LEADER + f]) < 0.01);
    params[P_FACTION_NOISE] = noise;
}

/* With the swings on, the weights wander without any cause, and still sum to one. */
static void test_factions_swing_without_cause(void **state)
{
    (void)state;
    World w;
    world_start(&w);
    double start = V(w, F_HARDLINE), moved = 0;
    for (int i = 0; i < 20; i++) {
        run1(factions_update, &w, 0);
        moved = fmax(moved, fabs(V(w, F_HARDLINE) - start));
        assert_true(fabs(faction_sum(&w) - 1) < 1e-12);
    }
    assert_true(moved > 0.5 * params[P_FACTION_NOISE]);
}

/* ---- nuclear ------------------------------------------------------------ */

static void test_nuclear_stockpile_grows_with_enrichment_and_capacity(void **state)
{
    (void)state;
    World frozen, steady, expanded, damaged;
    world_start(&frozen);
    V(frozen, DAMAGE) = 0;
    V(frozen, STOCKPILE) = 100;
    V(frozen, ENRICHMENT) = 0;
    steady = expanded = damaged = frozen;
    V(steady, ENRICHMENT) = 1;
    V(expanded, ENRICHMENT) = 2;
    V(damaged, ENRICHMENT) = 2;
    V(damaged, DAMAGE) = 50;
    run1(nuclear_update, &frozen, 0);
    run1(nuclear_update, &steady, 0);
    run1(nuclear_update, &expanded, 0);
    run1(nuclear_update, &damaged, 0);
    double rate = params[P_ENRICH_RATE];
    assert_true(V(frozen, STOCKPILE) == 100);
    assert_true(fabs(V(steady, STOCKPILE) - (100 + rate)) < 1e-9);
    assert_true(fabs(V(expanded, STOCKPILE) - (100 + 2 * rate)) < 1e-9);
    assert_true(fabs(V(damaged, STOCKPILE) - (100 + rate)) < 1e-9);   /* half the capacity */
}

static void test_nuclear_damage_is_repaired_faster_with_covert_work(void **state)
{
    (void)state;
    World w, covert;
    world_start(&w);
    V(w, DAMAGE) = 50;
    V(w, DETECTED) = 1;     /* nothing left to detect: no draw */
    covert = w;
    V(covert, T_COVERT) = 1;
    run1(nuclear_update, &w, 0);
    run1(nuclear_update, &covert, 0);
    assert_true(fabs(V(w, DAMAGE) - 50 * (1 - params[P_REBUILD])) < 1e-9);
    assert_true(fabs(V(covert, DAMAGE) - 50 * (1 - 2 * params[P_REBUILD])) < 1e-9);
    /* a year of repairs leaves a fraction of it */
    for (int i = 0; i < 52; i++)
        run1(nuclear_update, &w, 0);
    assert_true(V(w, DAMAGE) < 15 && V(w, DAMAGE) > 5);
}

static void test_nuclear_breakout_weeks_rise_with_damage_and_fall_with_stockpile_and_covert_work(void **state)
{
    (void)state;
    World w;
    world_start(&w);
    V(w, STOCKPILE) = 400;
    V(w, COVERT) = 0;
    double last = -1;
    for (int d = 0; d <= 100; d += 10) {
        V(w, DAMAGE) = d;
        double weeks = breakout_weeks(w.v, params);
        assert_true(weeks > last);
        last = weeks;
    }
    V(w, DAMAGE) = 0;
    double full = breakout_weeks(w.v, params);
    assert_true(fabs(full - (params[P_BREAKOUT_ENRICH] + params[P_WEAPONIZE_WEEKS])) < 1e-9);
    V(w, STOCKPILE) = 10;
    assert_true(breakout_weeks(w.v, params) > full);
    V(w, STOCKPILE) = 400;
    V(w, COVERT) = 50;
    assert_true(fabs(breakout_weeks(w.v, params) - (params[P_BREAKOUT_ENRICH] + 0.5 * params[P_WEAPONIZE_WEEKS])) < 1e-9);
    /* nuclear_update keeps the derived variable up to date */
    V(w, BREAKOUT) = 0;
    V(w, DAMAGE) = 60;
    V(w, ENRICHMENT) = 0;
    run1(nuclear_update, &w, 0);
    assert_true(fabs(V(w, BREAKOUT) - breakout_weeks(w.v, params)) < 1e-9);
    assert_true(V(w, BREAKOUT) > full - 0.5 * params[P_WEAPONIZE_WEEKS]);
}

static void test_nuclear_covert_work_progresses_and_is_eventually_detected(void **state)
{
    (void)state;
    World w;
    world_start(&w);
    V(w, DAMAGE) = 0;
    V(w, COVERT) = 0;
    V(w, DETECTED) = 0;
    int detected_at = -1;
    for (int i = 0; i < 60 && detected_at < 0; i++) {
        V(w, T_COVERT) = 1;
        unsigned h = run1(nuclear_update, &w, 0);
        if (h & HAPPENED_DETECTED)
            detected_at = i;
    }
    assert_true(detected_at >= 0);
    assert_true(V(w, DETECTED) == 1);
    assert_true(fabs(V(w, COVERT) - (detected_at + 1) * params[P_COVERT_RATE]) < 1e-9);
    /* what was learnt shrinks everyone's error about the covert work */
    for (int a = 0; a < ACTOR_COUNT; a++)
        assert_true(w.intel[a][V_COVERT] <= 0.3);
    /* without covert work nothing moves and nothing is drawn */
    World quiet;
    world_start(&quiet);
    Pcg32 rng = quiet.rng;
    double covert = V(quiet, COVERT);
    assert_false(run1(nuclear_update, &quiet, 0) & HAPPENED_DETECTED);
    assert_true(V(quiet, COVERT) == covert);
    assert_true(quiet.rng.state == rng.state);
}

static void test_nuclear_detection_never_happens_with_zero_chance(void **state)
{
    (void)state;
    double saved[PARAM_COUNT];
    memcpy(saved, params, sizeof saved);
    params[P_DETECT_BASE] = 0;
    params[P_DETECT_IAEA] = 0;
    params[P_DETECT_ISRAEL] = 0;
    World w;
    world_start(&w);
    V(w, DETECTED) = 0;
    for (int i = 0; i < 200; i++) {
        V(w, T_COVERT) = 1;
        assert_false(run1(nuclear_update, &w, 0) & HAPPENED_DETECTED);
    }
    memcpy(params, saved, sizeof saved);
    assert_true(V(w, DETECTED) == 0);
}

/* ---- oil ---------------------------------------------------------------- */

static void test_oil_premium_rises_with_escalation(void **state)
{
    (void)state;
    World calm, tense;
    world_start(&calm);
    V(calm, ESCALATION) = 2;
    V(calm, OIL_PREMIUM) = 0;
    V(calm, HORMUZ_FLOW) = 20;
    tense = calm;
    V(tense, ESCALATION) = 8;
    run1(oil_update, &calm, 0);
    run1(oil_update, &tense, 0);
    assert_true(V(calm, OIL_PREMIUM) == 0);
    double level = params[P_OIL_RISK] * pow(8 - params[P_OIL_RISK_FROM], params[P_OIL_RISK_EXP]);
    assert_true(fabs(V(tense, OIL_PREMIUM) - params[P_OIL_PREMIUM_FADE] * level) < 1e-9);
    /* same noise in both: the price differs by the premium alone */
    assert_true(fabs((V(tense, OIL_PRICE) - V(calm, OIL_PRICE)) - (V(tense, OIL_PREMIUM) - V(calm, OIL_PREMIUM))) < 1e-9);
    /* the premium fades again when the ladder comes down */
    V(tense, ESCALATION) = 1;
    double premium = V(tense, OIL_PREMIUM);
    run1(oil_update, &tense, 0);
    assert_true(V(tense, OIL_PREMIUM) < 0.6 * premium);
}

static void test_oil_only_hormuz_loss_pushes_price_past_100(void **state)
{
    (void)state;
    World threats, closed;
    world_start(&threats);
    V(threats, ESCALATION) = 7;
    V(threats, OIL_PREMIUM) = 0;
    V(threats, HORMUZ_FLOW) = 20;
    V(threats, OIL_EXPORTS) = params[P_EXPORT_REF];
    closed = threats;
    V(closed, HORMUZ_FLOW) = 6;
    for (int i = 0; i < 5; i++) {
        run1(oil_update, &threats, 0);
        assert_true(V(threats, OIL_PRICE) < 100);
    }
    run1(oil_update, &closed, 0);
    assert_true(V(closed, OIL_PRICE) > 100);
    /* and the strait reopens week by week */
    assert_true(V(closed, HORMUZ_FLOW) > 6 && V(closed, HORMUZ_FLOW) < 20);
}

static void test_oil_iranian_crude_back_lowers_price(void **state)
{
    (void)state;
    World sanctioned, back;
    world_start(&sanctioned);
    V(sanctioned, OIL_EXPORTS) = 0.5;
    back = sanctioned;
    V(back, OIL_EXPORTS) = 2.5;
    run1(oil_update, &sanctioned, 0);
    run1(oil_update, &back, 0);
    assert_true(fabs(V(sanctioned, OIL_PRICE) - V(back, OIL_PRICE) - 2 * params[P_OIL_IRAN]) < 1e-9);
}

/* ---- US politics -------------------------------------------------------- */

static void test_politics_audience_cost_grows_while_ultimatum_stands(void **state)
{
    (void)state;
    World w;
    world_start(&w);
    V(w, ULTIMATUM) = 1;
    V(w, AUDIENCE_COST) = 8;
    for (int i = 1; i <= 5; i++) {
        run1(politics_update, &w, 0);
        assert_true(fabs(V(w, AUDIENCE_COST) - (8 + i * params[P_AUDIENCE_GROWTH])) < 1e-9);
    }
    /* and fades once it is gone */
    V(w, ULTIMATUM) = 0;
    double cost = V(w, AUDIENCE_COST);
    run1(politics_update, &w, 0);
    assert_true(fabs(V(w, AUDIENCE_COST) - cost / 2) < 1e-9);
}

static double backdown_approval_loss(double audience_cost)
{
    World stay, back;
    world_start(&stay);
    V(stay, ULTIMATUM) = 0;
    V(stay, AUDIENCE_COST) = audience_cost;
    back = stay;
    V(back, T_BACKDOWN) = 1;
    run1(politics_update, &stay, 0);
    run1(politics_update, &back, 0);
    assert_true(V(back, AUDIENCE_COST) == 0);
    assert_true(V(back, CREDIBILITY) <= V(stay, CREDIBILITY) - 0.9 * params[P_BACKDOWN_CREDIBILITY] * audience_cost);
    return V(stay, APPROVAL) - V(back, APPROVAL);
}

static void test_politics_backing_down_costs_approval_in_proportion(void **state)
{
    (void)state;
    double small = backdown_approval_loss(10), large = backdown_approval_loss(40);
    assert_true(small > 0);
    assert_true(fabs(large / small - 4) < 0.01);
    /* the size: backdown_approval per point, before the weekly drift */
    assert_true(small > 0.8 * params[P_BACKDOWN_APPROVAL] * 10 && small <= params[P_BACKDOWN_APPROVAL] * 10 + 1e-9);
    assert_true(backdown_approval_loss(0) == 0);
}

static void test_politics_casualties_and_oil_cost_approval_and_attacks_feed_hawks(void **state)
{
    (void)state;
    World calm, hit;
    world_start(&calm);
    V(calm, US_CASUALTIES) = 0;
    V(calm, OIL_PRICE) = 70;
    hit = calm;
    V(hit, US_CASUALTIES) = 50;
    Step st;
    step_init(&st, &calm, 0);
    politics_update(&hit, &st.in);  /* before = calm: 50 killed this turn */
    run1(politics_update, &calm, 0);
    double lost = V(calm, APPROVAL) - V(hit, APPROVAL);
    assert_true(lost > 0.8 * params[P_APPROVAL_CASUALTY] * 50 && lost <= params[P_APPROVAL_CASUALTY] * 50 + 1e-9);

    World cheap, dear;
    world_start(&cheap);
    V(cheap, OIL_PRICE) = 70;
    dear = cheap;
    V(dear, OIL_PRICE) = 130;
    run1(politics_update, &cheap, 0);
    run1(politics_update, &dear, 0);
    assert_true(V(dear, APPROVAL) < V(cheap, APPROVAL));

    World quiet, attacked;
    world_start(&quiet);
    attacked = quiet;
    V(attacked, T_US_HIT) = 1;
    run1(politics_update, &quiet, 0);
    run1(politics_update, &attacked, 0);
    assert_true(fabs(V(attacked, HAWK_PRESSURE) - V(quiet, HAWK_PRESSURE) - 8) < 1e-9);
}

/* ---- talks -------------------------------------------------------------- */

static World talks_world(double us, double iran, double demands)
{
    World w;
    world_start(&w);
    V(w, TALKS) = 1;
    V(w, TALKS_PROGRESS) = 30;
    V(w, DEMANDS) = demands;
    V(w, ESCALATION) = 3;
    V(w, MEDIATION) = 0;
    V(w, T_ENGAGE_US) = us;
    V(w, T_ENGAGE_IRAN) = iran;
    return w;
}

static void test_talks_progress_only_when_both_engage(void **state)
{
    (void)state;
    World both = talks_world(1, 1, 0), us_only = talks_world(1, 0, 0), iran_only = talks_world(0, 1, 0),
          nobody = talks_world(0, 0, 0);
    run1(talks_update, &both, 0);
    run1(talks_update, &us_only, 0);
    run1(talks_update, &iran_only, 0);
    run1(talks_update, &nobody, 0);
    double pace = params[P_TALKS_RATE] * (1 - 3 / 15.0) * (0.6 + V(both, F_PRAGMATIC));
    assert_true(fabs(V(both, TALKS_PROGRESS) - (30 + pace)) < 1e-9);
    assert_true(V(both, TALKS) == 2);
    assert_true(V(us_only, TALKS_PROGRESS) == 30);
    assert_true(V(iran_only, TALKS_PROGRESS) == 30);
    assert_true(fabs(V(nobody, TALKS_PROGRESS) - (30 - params[P_TALKS_DECAY])) < 1e-9);
    /* a back-channel (both at half) keeps the stage at 1 and moves at half pace */
    World channel = talks_world(0.5, 0.5, 0);
    run1(talks_update, &channel, 0);
    assert_true(V(channel, TALKS) == 1);
    assert_true(fabs(V(channel, TALKS_PROGRESS) - (30 + pace / 2)) < 1e-9);
}

static void test_talks_broader_demands_slow_progress(void **state)
{
    (void)state;
    double gained[4];
    for (int d = 0; d <= 3; d++) {
        World w = talks_world(1, 1, d);
        run1(talks_update, &w, 0);
        gained[d] = V(w, TALKS_PROGRESS) - 30;
        assert_true(gained[d] > 0);
        if (d > 0)
            assert_true(gained[d] < gained[d - 1]);
    }
    assert_true(fabs(gained[3] / gained[0] - (1 - 3 * params[P_TALKS_DEMANDS])) < 1e-9);
}

static void test_talks_agreement_needs_both_signatures_and_enough_progress(void **state)
{
    (void)state;
    double risk[4] = { params[P_RATIFY_HARDLINE], params[P_RATIFY_HAWKS], params[P_RATIFY_DEMANDS], params[P_RATIFY_THIN] };
    params[P_RATIFY_HARDLINE] = params[P_RATIFY_HAWKS] = params[P_RATIFY_DEMANDS] = params[P_RATIFY_THIN] = 0;   /* signing alone */
    World both = talks_world(0, 0, 0);
    V(both, TALKS_PROGRESS) = params[P_AGREE_PROGRESS] + params[P_TALKS_DECAY] + 1;
    World one = both, early = both;
    V(both, T_SIGN_US) = V(both, T_SIGN_IRAN) = 1;
    V(one, T_SIGN_US) = 1;
    V(early, T_SIGN_US) = V(early, T_SIGN_IRAN) = 1;
    V(early, TALKS_PROGRESS) = params[P_AGREE_PROGRESS] - 20;
    run1(talks_update, &both, 0);
    run1(talks_update, &one, 0);
    run1(talks_update, &early, 0);
    assert_true(V(both, TALKS) == 3);
    assert_true(V(one, TALKS) < 3);
    assert_true(V(early, TALKS) < 3);
    params[P_RATIFY_HARDLINE] = risk[0];
    params[P_RATIFY_HAWKS] = risk[1];
    params[P_RATIFY_DEMANDS] = risk[2];
    params[P_RATIFY_THIN] = risk[3];
}

/* A text both sides sign, Tehran's hardliners and Washington's hawks unable to
 * sink it: only what the text secures decides whether Congress lets it through. */
static World signed_text(bool thin, uint64_t seed)
{
    World w = talks_world(1, 1, 0);
    V(w, TALKS_PROGRESS) = params[P_AGREE_PROGRESS] + 5;
    V(w, T_SIGN_US) = V(w, T_SIGN_IRAN) = 1;
    V(w, F_HARDLINE) = 0;
    V(w, HAWK_PRESSURE) = 0;
    V(w, SANCTIONS) = scenario.initial[V_SANCTIONS];
    V(w, IAEA) = thin ? 0 : 3;
    V(w, ENRICHMENT) = thin ? 2 : 0;
    V(w, RELIEF_UNEARNED) = thin;
    pcg32_seed(&w.rng, seed, 0x5eed);
    return w;
}

static void test_talks_thin_deal_sunk_in_washington_costs_the_president(void **state)
{
    (void)state;
    double thin_risk = params[P_RATIFY_THIN];
    params[P_RATIFY_THIN] = 0.5;
    int held[2] = { 0, 0 }, sunk = 0;
    for (uint64_t seed = 1; seed <= 400; seed++)
        for (int thin = 0; thin < 2; thin++) {
            World w = signed_text(thin, seed);
            double approval = V(w, APPROVAL), credibility = V(w, CREDIBILITY);
            unsigned happened = run1(talks_update, &w, 0);
            if (V(w, TALKS) == 3) {
                held[thin]++;
            } else {
                /* only Washington could sink it: the President pays at home and abroad */
                assert_true(happened & HAPPENED_RATIFICATION_FAILED);
                assert_true(fabs(approval - params[P_RATIFY_SUNK_APPROVAL] - V(w, APPROVAL)) < 1e-9);
                assert_true(fabs(credibility - params[P_RATIFY_SUNK_CREDIBILITY] - V(w, CREDIBILITY)) < 1e-9);
                sunk++;
            }
        }
    params[P_RATIFY_THIN] = thin_risk;
    /* inspectors back and enrichment frozen (three quarters of what Washington could ask): sunk
     * an eighth of the time; a bare deal with relief given for nothing: half the time */
    assert_true(held[0] > 400 * 0.82 && held[0] < 400 * 0.93);
    assert_true(held[1] > 400 * 0.4 && held[1] < 400 * 0.6);
    assert_int_equal(sunk, 800 - held[0] - held[1]);
}

/* ---- escalation --------------------------------------------------------- */

static void test_escalation_rises_with_positive_score_and_decays_otherwise(void **state)
{
    (void)state;
    World up, still, down;
    world_start(&up);
    V(up, ESCALATION) = 4.5;
    still = down = up;
    run1(escalation_update, &up, 2 * params[P_ESC_SCALE]);
    run1(escalation_update, &still, 0);
    run1(escalation_update, &down, -params[P_ESC_SCALE]);
    double decay = params[P_ESC_DECAY];
    /* a score of two rungs' worth lifts the ladder by about two rungs (the
     * weekly decay may take its share before or after) */
    double lift = V(up, ESCALATION) - V(still, ESCALATION);
    assert_true(lift > 2 * (1 - decay) - 1e-9 && lift < 2 + 1e-9);
    assert_true(fabs(V(still, ESCALATION) - (4.5 + (1 - 4.5) * decay)) < 1e-9);
    assert_true(V(up, ESCALATION) > 4.5);
    assert_true(V(still, ESCALATION) < 4.5 && V(still, ESCALATION) > 1);
    assert_true(V(down, ESCALATION) < V(still, ESCALATION));
    /* left alone, the ladder settles at friction (1) */
    for (int i = 0; i < 200; i++)
        run1(escalation_update, &still, 0);
    assert_true(fabs(V(still, ESCALATION) - 1) < 0.01);
}

/* Tipping into war costs both sides at once; staying at war costs nothing new. */
static void test_war_costs_come_when_the_ladder_tips_into_war(void **state)
{
    (void)state;
    World w;
    world_start(&w);
    V(w, ESCALATION) = params[P_ESC_WAR] - 1;
    Step st;
    step_init(&st, &w, 0);
    V(w, ESCALATION) = params[P_ESC_WAR];
    World tipped = w;
    war_update(&tipped, &st.in);
    assert_true(V(tipped, US_CASUALTIES) >= V(w, US_CASUALTIES) + params[P_WAR_US_DEATHS] - 1e-9);
    assert_true(V(tipped, HORMUZ_FLOW) < V(w, HORMUZ_FLOW));
    assert_true(V(tipped, STRIKES_ON_IRAN) > V(w, STRIKES_ON_IRAN));
    assert_true(V(tipped, APPROVAL) < V(w, APPROVAL));
    World still = w;
    run1(war_update, &still, 0);       /* already at war a week ago */
    assert_memory_equal(still.v, w.v, sizeof w.v);
}

static void test_escalation_update_calms_proxies(void **state)
{
    (void)state;
    World w;
    world_start(&w);
    intel_set(&w, US, V_COVERT, 0.2);
    V(w, PROXY_ACTIVITY) = 5;
    run1(escalation_update, &w, 0);
    assert_true(V(w, PROXY_ACTIVITY) < 5 && V(w, PROXY_ACTIVITY) > 0);
    assert_true(w.intel[US][V_COVERT] == 0.2);      /* intelligence is intel_update's */
}

/* A US strike on the militias (an action adding to proxy_deterred) counts as
 * far as they fear the next one; the fear fades as they regroup. */
static void test_escalation_update_weighs_the_militias_fear(void **state)
{
    (void)state;
    double fear = params[P_PROXY_FEAR];
    World w, shrug;
    world_start(&w);
    V(w, PROXY_DETERRED) = 10;
    Step st;
    step_init(&st, &w, 0);
    V(w, PROXY_DETERRED) += 12;                     /* this week's strike */
    shrug = w;
    escalation_update(&w, &st.in);
    assert_true(fabs(V(w, PROXY_DETERRED) - (10 * (1 - params[P_PROXY_REGROUP]) + fear * 12)) < 1e-9);
    params[P_PROXY_FEAR] = 0;
    escalation_update(&shrug, &st.in);
    params[P_PROXY_FEAR] = fear;
    assert_true(fabs(V(shrug, PROXY_DETERRED) - 10 * (1 - params[P_PROXY_REGROUP])) < 1e-9);
    /* no strike: it only fades */
    double before = V(w, PROXY_DETERRED);
    run1(escalation_update, &w, 0);
    assert_true(fabs(V(w, PROXY_DETERRED) - before * (1 - params[P_PROXY_REGROUP])) < 1e-9);
}

static void test_intel_update_lets_intelligence_go_stale(void **state)
{
    (void)state;
    World w;
    world_start(&w);
    intel_set(&w, US, V_COVERT, 0.2);
    double before[VAR_COUNT];
    memcpy(before, w.v, sizeof before);
    run1(intel_update, &w, 0);
    assert_true(w.intel[US][V_COVERT] > 0.2 && w.intel[US][V_COVERT] < 0.6);
    assert_true(w.intel[US][V_ESCALATION] == 1);
    assert_memory_equal(w.v, before, sizeof before);     /* it moves no variable */
}

/* ---- the whole step ----------------------------------------------------- */

static void test_dynamics_run_clamps_every_variable_to_its_range(void **state)
{
    (void)state;
    World w;
    world_start(&w);
    V(w, PROTEST) = 19.9;
    V(w, GRIEVANCE) = 100;
    V(w, HOPE) = 100;
    V(w, FEAR) = 0;
    V(w, T_ENCOURAGE) = 1;
    V(w, T_CONCESSION) = 1;
    V(w, LAST_POLICY) = 1;
    V(w, INCONSISTENCY) = 10;
    V(w, ESCALATION) = 10;
    V(w, HORMUZ_FLOW) = 0;
    V(w, STOCKPILE) = 1999;
    V(w, ENRICHMENT) = 2;
    V(w, AUDIENCE_COST) = 99;
    V(w, ULTIMATUM) = 1;
    Step st;
    step_init(&st, &w, 500);
    dynamics_run(&w, &st.in);
    for (int v = 0; v < VAR_COUNT; v++)
        if (w.v[v] < var_info[v].min || w.v[v] > var_info[v].max || isnan(w.v[v]))
            fail_msg("%s = %g outside [%g, %g]", var_info[v].name, w.v[v], var_info[v].min, var_info[v].max);
    assert_true(V(w, ESCALATION) == 10);
    assert_true(V(w, STOCKPILE) == 2000);
    assert_true(V(w, AUDIENCE_COST) == 100);
}

/* dynamics_run is every update in model order: the same as calling them one by one. */
static void test_dynamics_run_is_the_updates_in_model_order(void **state)
{
    (void)state;
    World a, b;
    world_start(&a);
    V(a, T_REPRESSION) = 1;
    V(a, T_COVERT) = 1;
    V(a, T_ENGAGE_US) = V(a, T_ENGAGE_IRAN) = 1;
    b = a;
    Step sa, sb;
    step_init(&sa, &a, 40);
    step_init(&sb, &b, 40);
    dynamics_run(&a, &sa.in);
    UpdateFn order[] = { economy_update, protest_update, regime_update, factions_update, nuclear_update,
                         oil_update, politics_update, talks_update, escalation_update, intel_update, war_update,
                         record_update };
    for (size_t i = 0; i < sizeof order / sizeof *order; i++)
        order[i](&b, &sb.in);
    for (int v = 0; v < VAR_COUNT; v++)
        b.v[v] = var_clamp((Var)v, b.v[v]);
    assert_memory_equal(a.v, b.v, sizeof a.v);
    assert_memory_equal(a.intel, b.intel, sizeof a.intel);
    assert_int_equal(sa.in.happened, sb.in.happened);
    assert_int_equal(world_hash(&a), world_hash(&b));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_economy_tighter_enforcement_pushes_exports_down_towards_target),
        cmocka_unit_test(test_economy_without_sanctions_exports_recover),
        cmocka_unit_test(test_economy_lost_exports_sink_rial_and_lift_inflation),
        cmocka_unit_test(test_economy_relief_in_direct_talks_strengthens_rial),
        cmocka_unit_test(test_economy_secondary_tariff_costs_alliance_cohesion),
        cmocka_unit_test(test_protest_repression_and_blackout_empty_the_streets),
        cmocka_unit_test(test_protest_blackout_alone_slows_mobilisation),
        cmocka_unit_test(test_protest_lichbach_inconsistency_rises_when_policy_swings),
        cmocka_unit_test(test_protest_inconsistency_feeds_grievance),
        cmocka_unit_test(test_protest_concession_relieves_grievance_and_encouragement_raises_hope),
        cmocka_unit_test(test_protest_reports_streets_cleared_and_tipping),
        cmocka_unit_test(test_regime_mass_protest_erodes_stability_and_loyalty),
        cmocka_unit_test(test_regime_disloyalty_costs_stability_and_loyalty_recovers_slowly),
        cmocka_unit_test(test_regime_cohesion_returns_to_baseline),
        cmocka_unit_test(test_factions_sum_to_one_whatever_happens),
        cmocka_unit_test(test_factions_hardliners_gain_when_iran_is_struck),
        cmocka_unit_test(test_factions_pragmatists_gain_when_talks_with_relief_progress),
        cmocka_unit_test(test_factions_drift_back_to_the_scenario_balance),
        cmocka_unit_test(test_factions_swing_without_cause),
        cmocka_unit_test(test_nuclear_stockpile_grows_with_enrichment_and_capacity),
        cmocka_unit_test(test_nuclear_damage_is_repaired_faster_with_covert_work),
        cmocka_unit_test(test_nuclear_breakout_weeks_rise_with_damage_and_fall_with_stockpile_and_covert_work),
        cmocka_unit_test(test_nuclear_covert_work_progresses_and_is_eventually_detected),
        cmocka_unit_test(test_nuclear_detection_never_happens_with_zero_chance),
        cmocka_unit_test(test_oil_premium_rises_with_escalation),
        cmocka_unit_test(test_oil_only_hormuz_loss_pushes_price_past_100),
        cmocka_unit_test(test_oil_iranian_crude_back_lowers_price),
        cmocka_unit_test(test_politics_audience_cost_grows_while_ultimatum_stands),
        cmocka_unit_test(test_politics_backing_down_costs_approval_in_proportion),
        cmocka_unit_test(test_politics_casualties_and_oil_cost_approval_and_attacks_feed_hawks),
        cmocka_unit_test(test_talks_progress_only_when_both_engage),
        cmocka_unit_test(test_talks_broader_demands_slow_progress),
        cmocka_unit_test(test_talks_agreement_needs_both_signatures_and_enough_progress),
        cmocka_unit_test(test_talks_thin_deal_sunk_in_washington_costs_the_president),
        cmocka_unit_test(test_escalation_rises_with_positive_score_and_decays_otherwise),
        cmocka_unit_test(test_escalation_update_calms_proxies),
        cmocka_unit_test(test_escalation_update_weighs_the_militias_fear),
        cmocka_unit_test(test_intel_update_lets_intelligence_go_stale),
        cmocka_unit_test(test_war_costs_come_when_the_ladder_tips_into_war),
        cmocka_unit_test(test_dynamics_run_clamps_every_variable_to_its_range),
        cmocka_unit_test(test_dynamics_run_is_the_updates_in_model_order),
    };
    return cmocka_run_group_tests(tests, load_scenario_once, NULL);
}
