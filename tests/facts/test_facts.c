/* The model's stylised facts (docs/model.md), each as an experiment over
 * whole games: strategy scripts (or orders given for a week) on one side, the
 * built-in actors on the others, a treatment and a control over 100 seeds or
 * more, and the direction and size of the difference the sources lead us to
 * expect. Each also plays the experiment again with its mechanism removed, by
 * parameters inside their documented ranges, and checks that the fact then
 * fails: a fact that held whatever the model did would prove nothing. */
#include <math.h>
#include <string.h>

#include "../unit/support.h"

#define SEEDS 100
#define DO_NOTHING "scripts/strategies/any/do_nothing.lua"
#define RANDOM_LEGAL "scripts/strategies/any/random_legal.lua"

typedef const char *const Orders[MAX_ORDERS + 1];   /* NULL-terminated action ids */

/* A parameter played at another value, to remove a mechanism. */
typedef struct Override {
    Param param;
    double value;
} Override;

#define MAX_OVERRIDES 4

/* One arm of an experiment: who plays what, and which parameters differ. */
typedef struct Arm {
    const char *scenario;
    const char *script[ACTOR_COUNT];
    bool human[ACTOR_COUNT];
    Override set[MAX_OVERRIDES];
    int nset;
} Arm;

static Session *open_arm(const Arm *arm)
{
    SessionConfig cfg = { .root = ".", .scenario = arm->scenario, .seed = 1 };
    for (int a = 0; a < ACTOR_COUNT; a++) {
        cfg.script[a] = arm->script[a];
        cfg.human[a] = arm->human[a];
    }
    Error err = { 0 };
    Session *s = session_open(&cfg, &err);
    if (!s)
        fail_msg("%s", err.msg);
    return s;
}

/* The next game of the arm: a restart reads the scenario afresh when the
 * scripts are reloaded, so the overrides are set again each time. */
static void restart(Session *s, const Arm *arm, uint64_t seed)
{
    session_restart(s, seed);
    for (int a = 0; a < ACTOR_COUNT; a++)
        s->human[a] = arm->human[a];
    for (int i = 0; i < arm->nset; i++)
        s->scenario.params[arm->set[i].param] = arm->set[i].value;
    s->game.world.v[V_BREAKOUT] = breakout_weeks(s->game.world.v, s->scenario.params);
}

static void play_out(Session *s)
{
    while (!session_over(s))
        session_step(s);
}

/* Give a human actor this turn's orders, skipping any the rules forbid now. */
static void order(Session *s, Actor a, const char *const *ids)
{
    const char *ok[MAX_ORDERS];
    int n = 0, spent = 0;
    for (int i = 0; ids[i] && n < MAX_ORDERS; i++) {
        int act = catalogue_find(&s->catalogue, ids[i]);
        assert_true(act >= 0);
        if (!action_blocker(&s->game, s->game.world.v, a, act, spent)) {
            spent += s->catalogue.actions[act].cost;
            ok[n++] = ids[i];
        }
    }
    Error err;
    assert_int_equal(session_set_orders(s, a, ok, n, &err), 0);
}

static double *var(Session *s, Var v) { return &s->game.world.v[v]; }

static bool took(const Session *s, int turn, Actor a, const char *action)
{
    const History *h = &s->game.history;
    if (turn < 1 || turn > h->nturns)
        return false;
    const TurnRecord *t = &h->turns[turn - 1];
    for (int i = 0; i < t->norders; i++) {
        const Order *o = &h->orders[t->first_order + i];
        if (o->actor == a && strcmp(s->catalogue.actions[o->action].id, action) == 0)
            return true;
    }
    return false;
}

static double at(const Session *s, int turn, Var v)
{
    if (turn < 1 || turn > s->game.history.nturns)
        fail_msg("turn %d was not played (the game ended after %d)", turn, s->game.history.nturns);
    return s->game.history.turns[turn - 1].v[v];
}

static int played(const Session *s) { return s->game.history.nturns; }

/* ---- 1. sanctions bite through enforcement, and recover when it lapses ---- */

typedef struct Exports {
    double squeezed, lapsed, control12, control24, sanctions24;
    int games;
} Exports;

/* Mean exports at weeks 12 and 24 of hammer2025 with the US squeezing for
 * twelve weeks (then idle) and with the US idle throughout. */
static Exports exports_under_pressure(const Override *set, int nset)
{
    Arm squeeze = { .scenario = "hammer2025", .script[US] = "tests/facts/strategies/us_squeeze.lua" };
    Arm idle = { .scenario = "hammer2025", .script[US] = DO_NOTHING };
    for (int i = 0; i < nset; i++)
        squeeze.set[squeeze.nset++] = idle.set[idle.nset++] = set[i];
    Exports x = { 0 };
    Session *a = open_arm(&squeeze), *b = open_arm(&idle);
    for (uint64_t seed = 1; seed <= SEEDS; seed++) {
        restart(a, &squeeze, seed);
        restart(b, &idle, seed);
        play_out(a);
        play_out(b);
        if (played(a) < 24 || played(b) < 24)
            continue;       /* a deal or a war ended it early */
        x.squeezed += at(a, 12, V_OIL_EXPORTS);
        x.lapsed += at(a, 24, V_OIL_EXPORTS);
        x.sanctions24 += at(a, 24, V_SANCTIONS);
        x.control12 += at(b, 12, V_OIL_EXPORTS);
        x.control24 += at(b, 24, V_OIL_EXPORTS);
        x.games++;
    }
    session_free(a);
    session_free(b);
    return x;
}

static void sanctions_bite_then_lapse(void **state)
{
    (void)state;
    Exports x = exports_under_pressure(NULL, 0);
    print_message("exports at week 12: squeezed %.2f, control %.2f mb/d; week 24: lapsed %.2f, control %.2f "
                  "(%d games)\n", x.squeezed / x.games, x.control12 / x.games, x.lapsed / x.games,
                  x.control24 / x.games, x.games);
    assert_true(x.games >= SEEDS * 8 / 10);
    assert_true(x.squeezed <= 0.5 * x.control12);          /* at least halved within twelve weeks */
    assert_true(x.lapsed >= 0.75 * x.control24);           /* back within twelve weeks of the lapse */
    assert_true(x.lapsed >= 1.5 * x.squeezed);
    assert_true(x.sanctions24 / x.games >= 9.5);           /* while the sanctions stay on the books */

    /* without enforcement mattering, nothing comes back when it lapses */
    Override paper = { P_ENFORCEMENT_WEIGHT, 0 };
    Exports y = exports_under_pressure(&paper, 1);
    assert_false(y.lapsed >= 0.75 * y.control24 && y.lapsed >= 1.5 * y.squeezed);
    /* and with the weakest bite the sources allow, the squeeze does not halve them */
    Override weak[] = { { P_SANCTION_BITE, 0.5 }, { P_BITE_UNCOMPLIED, 0.3 }, { P_BITE_COMPLIED, 0.2 } };
    Exports z = exports_under_pressure(weak, 3);
    assert_false(z.squeezed <= 0.5 * z.control12);
}

/* ---- 2. lethal force and a blackout end the street phase ------------------- */

typedef struct Streets {
    double protest[2], deaths[2], condemnation[2];     /* [0] a soft answer, [1] live fire and a blackout */
} Streets;

/* jan2026's first two weeks, Iran answering the street softly or with live
 * fire and a blackout. */
static Streets streets_after(const Override *set, int nset)
{
    Streets x = { 0 };
    double *protest = x.protest, *deaths = x.deaths, *condemnation = x.condemnation;
    Arm arm = { .scenario = "jan2026", .human[IRAN] = true };
    for (int i = 0; i < nset; i++)
        arm.set[arm.nset++] = set[i];
    Session *s = open_arm(&arm);
    for (int hard = 0; hard < 2; hard++)
        for (uint64_t seed = 1; seed <= SEEDS; seed++) {
            restart(s, &arm, seed);
            *var(s, V_INTERNET) = 1;
            for (int t = 0; t < 2; t++) {
                static Orders crush = { "crackdown", "blackout", NULL }, soft = { "iran_backchannel", NULL };
                order(s, IRAN, hard ? crush : soft);
                session_step(s);
            }
            protest[hard] += at(s, 2, V_PROTEST) / SEEDS;
            deaths[hard] += (at(s, 2, V_DEATHS) - s->scenario.initial[V_DEATHS]) / SEEDS;
            condemnation[hard] += at(s, 2, V_CONDEMNATION) / SEEDS;
        }
    session_free(s);
    return x;
}

static bool streets_cleared(const Streets *x) { return x->protest[1] < 0.5 * x->protest[0] && x->protest[1] < 2.5; }

static void crackdown_clears_streets(void **state)
{
    (void)state;
    Streets x = streets_after(NULL, 0);
    assert_true(streets_cleared(&x));
    assert_true(x.deaths[1] > x.deaths[0] + 50);
    assert_true(x.condemnation[1] > x.condemnation[0] + 5);

    /* with the least fear a killing spreads and the most coordination a blackout leaves, the streets stay full */
    Override weak[] = { { P_FEAR_REPRESSION, 10 }, { P_COORD_MIN, 0.8 } };
    Streets y = streets_after(weak, 2);
    print_message("protest after two weeks of live fire: %.1f%% (soft answer %.1f%%); mechanism removed: %.1f%% "
                  "(%.1f%%)\n", x.protest[1], x.protest[0], y.protest[1], y.protest[0]);
    assert_false(streets_cleared(&y));
}

/* ---- 3. inconsistent repression feeds dissent ------------------------------ */

/* Mean weekly dissent after the first month of jan2026, Iran cracking down
 * every week ([0]) or swinging between crackdown and relief ([1]). */
static void dissent_under(const Override *set, int nset, double dissent[2])
{
    int weeks[2] = { 0 };
    Arm arm = { .scenario = "jan2026", .human[IRAN] = true, .human[PROTESTERS] = true };
    for (int i = 0; i < nset; i++)
        arm.set[arm.nset++] = set[i];
    Session *s = open_arm(&arm);
    for (int swing = 0; swing < 2; swing++)
        for (uint64_t seed = 1; seed <= SEEDS; seed++) {
            restart(s, &arm, seed);
            for (int t = 1; t <= 10 && !session_over(s); t++) {
                static Orders crack = { "crackdown", NULL }, relief = { "economic_relief", NULL };
                static Orders march = { "mass_protest", NULL };
                order(s, IRAN, swing && t % 2 == 0 ? relief : crack);
                order(s, PROTESTERS, march);
                session_step(s);
                if (t > 4) {     /* the weeks after the first month, as long as the game lasts */
                    dissent[swing] += at(s, t, V_PROTEST) + at(s, t, V_GRIEVANCE) / 10;
                    weeks[swing]++;
                }
            }
        }
    session_free(s);
    assert_true(weeks[0] > 0 && weeks[1] > 0);
    for (int k = 0; k < 2; k++)
        dissent[k] /= weeks[k];
}

static void inconsistent_repression_backfires(void **state)
{
    (void)state;
    double dissent[2] = { 0 }, flat[2] = { 0 };
    dissent_under(NULL, 0, dissent);
    assert_true(dissent[1] > 1.2 * dissent[0]);
    /* a swing that leaves no memory of inconsistency (Lichbach's mechanism at its range's end) does not backfire */
    Override consistent = { P_LICHBACH, 0 };
    dissent_under(&consistent, 1, flat);
    print_message("weekly dissent, steady crackdown %.2f, swinging %.2f; without inconsistency %.2f, %.2f\n",
                  dissent[0], dissent[1], flat[0], flat[1]);
    assert_false(flat[1] > 1.2 * flat[0]);
}

/* ---- 4. without defection the regime survives even large protests --------- */

typedef struct Uprising {
    int collapses, large;
} Uprising;

/* jan2026 with the protesters marching and striking every week. */
static Uprising uprising(const Override *set, int nset)
{
    Arm arm = { .scenario = "jan2026", .script[PROTESTERS] = "scripts/strategies/any/max_pressure.lua" };
    for (int i = 0; i < nset; i++)
        arm.set[arm.nset++] = set[i];
    Uprising u = { 0 };
    Session *s = open_arm(&arm);
    for (uint64_t seed = 1; seed <= SEEDS; seed++) {
        restart(s, &arm, seed);
        double peak = 0;
        while (!session_over(s)) {
            session_step(s);
            peak = fmax(peak, *var(s, V_PROTEST));
        }
        u.collapses += s->game.world.outcome == OUT_COLLAPSE;
        u.large += peak >= 6;
    }
    session_free(s);
    return u;
}

static void no_collapse_without_defection(void **state)
{
    (void)state;
    Override loyal = { P_DEFECT_RATE, 0 }, wavering[] = { { P_DEFECT_RATE, 0.04 }, { P_DEFECT_PROTEST, 3 } };
    Uprising held = uprising(&loyal, 1), cracked = uprising(wavering, 2);
    print_message("large protests in %d and %d games; collapses: loyal forces %d, wavering %d\n", held.large,
                  cracked.large, held.collapses, cracked.collapses);
    assert_true(held.large >= SEEDS / 3);     /* the loyal forces faced large protests: a third of the games or more */
    assert_int_equal(held.collapses, 0);
    assert_true(cracked.collapses >= SEEDS / 20);
    /* if protest alone could bring the regime down, loyal forces would not save it */
    Override street[] = { { P_DEFECT_RATE, 0 }, { P_STAB_PROTEST, 8 }, { P_STAB_LOYALTY, 20 },
                          { P_COLLAPSE_STABILITY, 30 } };
    assert_true(uprising(street, 4).collapses > 0);
}

/* ---- 5. demands beyond the nuclear file make a yes much less likely -------- */

static int agreements(const char *us_script, const Override *set, int nset)
{
    Arm arm = { .scenario = "letter2025", .script[US] = us_script };
    for (int i = 0; i < nset; i++)
        arm.set[arm.nset++] = set[i];
    int n = 0;
    Session *s = open_arm(&arm);
    for (uint64_t seed = 1; seed <= SEEDS; seed++) {
        restart(s, &arm, seed);
        play_out(s);
        n += s->game.world.outcome == OUT_AGREEMENT;
    }
    session_free(s);
    return n;
}

static void broad_demands_block_agreement(void **state)
{
    (void)state;
    const char *nuclear = "tests/facts/strategies/us_talks_nuclear.lua", *broad = "tests/facts/strategies/us_talks_broad.lua";
    int yes_nuclear = agreements(nuclear, NULL, 0), yes_broad = agreements(broad, NULL, 0);
    print_message("agreements in %d games: nuclear file only %d, missiles and proxies too %d\n", SEEDS, yes_nuclear,
                  yes_broad);
    assert_true(yes_broad > 0 && yes_nuclear < SEEDS);
    assert_true(yes_nuclear >= 3 * yes_broad);
    /* when broad demands neither slow the talks nor risk the ratification, the gap closes */
    Override same[] = { { P_TALKS_DEMANDS, 0 }, { P_RATIFY_DEMANDS, 0 } };
    assert_true(agreements(nuclear, same, 2) < 3 * agreements(broad, same, 2));
}

/* ---- 6. covert work during talks is found, then struck --------------------- */

typedef struct Hedging {
    int detected, struck_after, struck_control;
} Hedging;

/* letter2025 with talks open and Iran hedging (covert work and the
 * back-channel) or honest (the back-channel alone) for twelve weeks. */
static Hedging hedging(const Override *set, int nset)
{
    Hedging x = { 0 };
    Arm arm = { .scenario = "letter2025", .human[IRAN] = true };
    for (int i = 0; i < nset; i++)
        arm.set[arm.nset++] = set[i];
    Session *s = open_arm(&arm);
    for (int hedge = 0; hedge < 2; hedge++)
        for (uint64_t seed = 1; seed <= SEEDS; seed++) {
            restart(s, &arm, seed);
            *var(s, V_TALKS) = 1;
            *var(s, V_ULTIMATUM) = 0;
            *var(s, V_ENRICHMENT) = 1;
            for (int t = 1; t <= 12 && !session_over(s); t++) {
                static Orders covert = { "covert_work", "iran_backchannel", NULL }, honest = { "iran_backchannel", NULL };
                order(s, IRAN, hedge ? covert : honest);
                session_step(s);
            }
            if (hedge) {
                x.detected += *var(s, V_DETECTED) > 0;
                x.struck_after += *var(s, V_DETECTED) > 0 && *var(s, V_STRIKES_ON_IRAN) > 0;
            } else {
                x.struck_control += *var(s, V_STRIKES_ON_IRAN) > 0;
            }
        }
    session_free(s);
    return x;
}

static bool found_then_struck(const Hedging *x)
{
    return x->detected >= SEEDS * 7 / 10 && x->struck_after >= x->detected * 6 / 10
        && x->struck_control * 2 < x->struck_after;
}

static void covert_work_detected_then_struck(void **state)
{
    (void)state;
    Hedging x = hedging(NULL, 0);
    /* with detection at the low end of every range (no inspectors, Israeli or US collection to find it) */
    Override blind[] = { { P_DETECT_BASE, 0.02 }, { P_DETECT_IAEA, 0 }, { P_DETECT_ISRAEL, 0 }, { P_DETECT_US, 0 } };
    Hedging y = hedging(blind, 4);
    print_message("detected %d, struck after detection %d, struck without covert work %d; mechanism removed: "
                  "detected %d, struck %d\n", x.detected, x.struck_after, x.struck_control, y.detected,
                  y.struck_after);
    assert_true(found_then_struck(&x));
    assert_false(found_then_struck(&y));
}

/* ---- 7. a lethal proxy attack draws a large US strike, then a pause -------- */

typedef struct Aftermath {
    int answered, later_attacks, paused;
} Aftermath;

/* letter2025: the militias hit a US base in week one, then decide for
 * themselves; the US is the built-in AI or a script. Israel holds its fire,
 * so that only the American answer (or its absence) can deter them. */
static Aftermath after_proxy_attack(const char *us_script, const Override *set, int nset)
{
    Arm arm = { .scenario = "letter2025", .script[US] = us_script, .script[ISRAEL] = DO_NOTHING,
                .human[PROXIES] = true };
    for (int i = 0; i < nset; i++)
        arm.set[arm.nset++] = set[i];
    Aftermath m = { 0 };
    Session *s = open_arm(&arm);
    for (uint64_t seed = 1; seed <= SEEDS; seed++) {
        restart(s, &arm, seed);
        static Orders attack = { "proxy_attack_us", NULL };
        order(s, PROXIES, attack);
        session_step(s);
        s->human[PROXIES] = false;
        for (int t = 2; t <= 8 && !session_over(s); t++)
            session_step(s);
        m.answered += took(s, 2, US, "strike_proxies") || took(s, 2, US, "strike_campaign")
                    || took(s, 2, US, "strike_nuclear");
        for (int t = 3; t <= played(s); t++)
            m.later_attacks += took(s, t, PROXIES, "proxy_attack_us");
        m.paused += played(s) >= 4 && !took(s, 3, PROXIES, "proxy_attack_us") && !took(s, 4, PROXIES, "proxy_attack_us");
    }
    session_free(s);
    return m;
}

/* The pause is the militias' own calculus: a US strike makes them fear the
 * next (proxy_deterred) until they regroup. Militias that shrug off the
 * strikes (proxy_fear 0, the Houthis of 2024) keep attacking. */
static void proxy_attack_draws_strike_then_pause(void **state)
{
    (void)state;
    Aftermath hit_back = after_proxy_attack(NULL, NULL, 0), ignored = after_proxy_attack(DO_NOTHING, NULL, 0);
    static const Override fearless[] = { { P_PROXY_FEAR, 0 } };
    Aftermath undeterred = after_proxy_attack(NULL, fearless, 1);
    print_message("US struck back in %d of %d games; later proxy attacks: %d after a strike, %d unanswered; "
                  "two quiet weeks after: %d after a strike, %d unanswered; militias that shrug off the strikes: "
                  "%d attacks, %d quiet\n",
                  hit_back.answered, SEEDS, hit_back.later_attacks, ignored.later_attacks, hit_back.paused,
                  ignored.paused, undeterred.later_attacks, undeterred.paused);
    assert_true(hit_back.answered >= SEEDS * 7 / 10);
    /* the pause comes from the strike: unanswered, the militias keep going */
    assert_true(ignored.later_attacks >= SEEDS / 2);
    assert_true(hit_back.later_attacks * 2 <= ignored.later_attacks);
    assert_true(hit_back.paused >= SEEDS * 7 / 10 && hit_back.paused >= 2 * ignored.paused);
    /* and from the militias' fear of the next blow: without it, struck militias strike again at once
     * (fewer attacks in all only because the strikes wear them down) */
    assert_true(undeterred.answered >= SEEDS * 7 / 10);
    assert_true(undeterred.paused * 2 < hit_back.paused && undeterred.paused < SEEDS * 7 / 10);
}

/* ---- 8. a token answer can open the way to a ceasefire -------------------- */

/* Whether the US and Iran struck each other (or Israel) in the turns from
 * `from` to the end. */
static bool quiet_since(const Session *s, int from)
{
    static const char *const us[] = { "strike_nuclear", "strike_campaign", NULL };
    static const char *const iran[] = { "strike_us_bases", "strike_israel", "close_hormuz", NULL };
    for (int t = from; t <= played(s); t++) {
        for (int k = 0; us[k]; k++)
            if (took(s, t, US, us[k]))
                return false;
        for (int k = 0; iran[k]; k++)
            if (took(s, t, IRAN, iran[k]))
                return false;
    }
    return true;
}

/* Games of the scenario in which, after a US strike in week one and Iran's
 * answer in week two, neither strikes the other again in the next six weeks. */
static int ceasefires(const char *scenario, const char *answer, const Override *set, int nset)
{
    Arm arm = { .scenario = scenario, .human[US] = true, .human[IRAN] = true };
    for (int i = 0; i < nset; i++)
        arm.set[arm.nset++] = set[i];
    int calm = 0;
    Session *s = open_arm(&arm);
    for (uint64_t seed = 1; seed <= SEEDS; seed++) {
        restart(s, &arm, seed);
        static Orders strike = { "strike_nuclear", NULL }, none = { NULL };
        const char *reply[] = { answer, NULL };
        order(s, US, strike);
        order(s, IRAN, none);
        session_step(s);
        order(s, US, none);
        order(s, IRAN, reply);
        session_step(s);
        s->human[US] = s->human[IRAN] = false;
        while (played(s) < 8 && !session_over(s))
            session_step(s);
        calm += s->game.world.outcome != OUT_WAR && quiet_since(s, 3);
    }
    session_free(s);
    return calm;
}

static void token_retaliation_opens_ceasefire(void **state)
{
    (void)state;
    static const char *const scenarios[] = { "jan2026", "letter2025", "hammer2025", "tutorial" };
    for (int i = 0; i < 4; i++) {
        int token = ceasefires(scenarios[i], "token_retaliation", NULL, 0);
        int lethal = ceasefires(scenarios[i], "strike_us_bases", NULL, 0);
        print_message("%s: six quiet weeks after a token answer %d, after a lethal one %d\n",
                      scenarios[i], token, lethal);
        assert_true(token >= SEEDS / 2);
        assert_true(token >= lethal + SEEDS / 4);
    }
    /* a "token" answer that killed would be answered like any other */
    Override lethal_token = { P_TOKEN_HARM, 1 };
    assert_true(ceasefires("letter2025", "token_retaliation", &lethal_token, 1) < SEEDS / 2);
}

/* ---- 9. only lost Hormuz barrels take Brent past $100 ---------------------- */

typedef struct OilCheck {
    int turns, above_100_intact, above_100_disrupted, calm_weeks, calm_premium_high;
} OilCheck;

/* Every week of games in every scenario where the US and Iran take random
 * legal actions: a price above $100 must come with lost Hormuz flow, and
 * two quiet weeks must leave little premium. */
static OilCheck oil_weeks(const Override *set, int nset)
{
    static const char *const scenarios[] = { "jan2026", "letter2025", "hammer2025", "tutorial" };
    OilCheck c = { 0 };
    for (int i = 0; i < 4; i++) {
        Arm arm = { .scenario = scenarios[i], .script[US] = RANDOM_LEGAL, .script[IRAN] = RANDOM_LEGAL };
        for (int k = 0; k < nset; k++)
            arm.set[arm.nset++] = set[k];
        Session *s = open_arm(&arm);
        for (uint64_t seed = 1; seed <= 3 * SEEDS; seed++) {
            restart(s, &arm, seed);
            play_out(s);
            for (int t = 1; t <= played(s); t++) {
                double price = at(s, t, V_OIL_PRICE), flow = at(s, t, V_HORMUZ_FLOW);
                bool disrupted = flow <= s->scenario.params[P_HORMUZ_NORMAL] - 1;
                c.turns++;
                c.above_100_intact += price > 100 && !disrupted;
                c.above_100_disrupted += price > 100 && disrupted;
                if (t >= 3 && at(s, t, V_ESCALATION) < 3 && at(s, t - 1, V_ESCALATION) < 3) {
                    c.calm_weeks++;
                    c.calm_premium_high += at(s, t, V_OIL_PREMIUM) > 5;
                }
            }
        }
        session_free(s);
    }
    return c;
}

static void oil_premium_modest_hormuz_spikes(void **state)
{
    (void)state;
    OilCheck c = oil_weeks(NULL, 0);
    print_message("%d weeks: above $100 with Hormuz open %d, with it disrupted %d; %d calm weeks, premium "
                  "above $5 in %d\n", c.turns, c.above_100_intact, c.above_100_disrupted, c.calm_weeks,
                  c.calm_premium_high);
    assert_true(c.turns > 10000);
    assert_int_equal(c.above_100_intact, 0);
    assert_true(c.above_100_disrupted > 0);
    assert_true(c.calm_weeks > 100);
    assert_true(c.calm_premium_high * 20 <= c.calm_weeks);
    /* were fear allowed to add up to $60 on its own, it would pass $100 without a tanker stopped */
    Override fear[] = { { P_OIL_PREMIUM_CAP, 60 }, { P_OIL_RISK, 4 } };
    assert_true(oil_weeks(fear, 2).above_100_intact > 0);
}

/* ---- 10. strikes on nuclear sites buy months, not years ------------------- */

/* The mean difference in breakout weeks, week by week, between letter2025
 * games in which the US strikes the nuclear sites in week one and games in
 * which it does not; Israel holds its fire in both. */
static double breakout_bought(const Override *set, int nset)
{
    Arm arm = { .scenario = "letter2025", .human[US] = true, .script[ISRAEL] = DO_NOTHING };
    for (int i = 0; i < nset; i++)
        arm.set[arm.nset++] = set[i];
    double gap[21] = { 0 };
    int games[21] = { 0 };
    Session *struck = open_arm(&arm), *spared = open_arm(&arm);
    for (uint64_t seed = 1; seed <= SEEDS; seed++) {
        Session *pair[2] = { struck, spared };
        for (int k = 0; k < 2; k++) {
            restart(pair[k], &arm, seed);
            for (int t = 1; t <= 20 && !session_over(pair[k]); t++) {
                static Orders strike = { "strike_nuclear", NULL }, none = { NULL };
                order(pair[k], US, k == 0 && t == 1 ? strike : none);
                session_step(pair[k]);
            }
        }
        for (int t = 1; t <= 20 && t <= played(struck) && t <= played(spared); t++) {
            gap[t] += at(struck, t, V_BREAKOUT) - at(spared, t, V_BREAKOUT);
            games[t]++;
        }
    }
    session_free(struck);
    session_free(spared);
    double peak = -1e9;
    for (int t = 1; t <= 20; t++)
        if (games[t] > 0)
            peak = fmax(peak, gap[t] / games[t]);
    return peak;
}

static void strikes_buy_months(void **state)
{
    (void)state;
    double peak = breakout_bought(NULL, 0);
    print_message("a strike adds %.1f weeks to breakout at its peak\n", peak);
    assert_true(peak >= 13);        /* months ... */
    assert_true(peak < 104);        /* ... not years */
    /* if damage were rebuilt in days, a strike would buy only weeks */
    Override quick = { P_DAMAGE_WEEKS, 0.2 };
    assert_true(breakout_bought(&quick, 1) < 13);
}

/* ---- 11. backing down costs more the longer the ultimatum stood ----------- */

/* Credibility lost by dropping an ultimatum after two weeks ([0]) or eight
 * ([1]) in jan2026. */
static void backdown_costs(const Override *set, int nset, double cost[2])
{
    Arm arm = { .scenario = "jan2026", .human[US] = true };
    for (int i = 0; i < nset; i++)
        arm.set[arm.nset++] = set[i];
    Session *s = open_arm(&arm);
    for (int late = 0; late < 2; late++)
        for (uint64_t seed = 1; seed <= SEEDS; seed++) {
            restart(s, &arm, seed);
            *var(s, V_ULTIMATUM) = 0;
            *var(s, V_AUDIENCE_COST) = 0;
            int stand = late ? 8 : 2;
            for (int t = 1; t <= stand + 1 && !session_over(s); t++) {
                static Orders threat = { "ultimatum", NULL }, drop = { "drop_ultimatum", NULL }, none = { NULL };
                order(s, US, t == 1 ? threat : t == stand + 1 ? drop : none);
                double before = *var(s, V_CREDIBILITY);
                session_step(s);
                if (t == stand + 1)
                    cost[late] += (before - *var(s, V_CREDIBILITY)) / SEEDS;
            }
        }
    session_free(s);
}

static bool costs_more_later(const double cost[2]) { return cost[0] > 0 && cost[1] > 2 * cost[0]; }

static void backing_down_costs_more_later(void **state)
{
    (void)state;
    double cost[2] = { 0 }, flat[2] = { 0 };
    backdown_costs(NULL, 0, cost);
    /* an audience cost that does not grow while the threat stands (Fearon's mechanism at its range's end) */
    Override no_growth = { P_AUDIENCE_GROWTH, 0 };
    backdown_costs(&no_growth, 1, flat);
    print_message("credibility lost backing down after 2 and 8 weeks: %.1f, %.1f; without growth %.1f, %.1f\n",
                  cost[0], cost[1], flat[0], flat[1]);
    assert_true(costs_more_later(cost));
    assert_false(costs_more_later(flat));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sanctions_bite_then_lapse),
        cmocka_unit_test(crackdown_clears_streets),
        cmocka_unit_test(inconsistent_repression_backfires),
        cmocka_unit_test(no_collapse_without_defection),
        cmocka_unit_test(broad_demands_block_agreement),
        cmocka_unit_test(covert_work_detected_then_struck),
        cmocka_unit_test(proxy_attack_draws_strike_then_pause),
        cmocka_unit_test(token_retaliation_opens_ceasefire),
        cmocka_unit_test(oil_premium_modest_hormuz_spikes),
        cmocka_unit_test(strikes_buy_months),
        cmocka_unit_test(backing_down_costs_more_later),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
