/* The model's stylised facts (docs/model.md), each as an experiment over many
 * seeded games: a treatment and a control, and the direction and rough size
 * of the difference the sources lead us to expect. Each names the mechanism
 * it rests on; removing that mechanism makes it fail. */
#include <math.h>
#include <string.h>

#include "../unit/support.h"

#define SEEDS 40

typedef const char *const Orders[MAX_ORDERS + 1];   /* NULL-terminated action ids */

static Session *open_game(const char *scenario, uint64_t seed, Actor human1, Actor human2)
{
    SessionConfig cfg = { .root = ".", .scenario = scenario, .seed = seed };
    if (human1 < ACTOR_COUNT)
        cfg.human[human1] = true;
    if (human2 < ACTOR_COUNT)
        cfg.human[human2] = true;
    Error err = { 0 };
    Session *s = session_open(&cfg, &err);
    if (!s)
        fail_msg("%s", err.msg);
    return s;
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
static double *param(Session *s, Param p) { return &s->scenario.params[p]; }

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

/* 1. Tight sanctions with buyers' compliance cut exports within months; when
 * enforcement lapses exports recover though the sanctions stay (sanction_bite,
 * enforcement in economy_update). */
static void sanctions_bite_then_lapse(void **state)
{
    (void)state;
    Session *s = open_game("letter2025", 1, US, NOBODY);
    World *w = &s->game.world;
    DynamicsInput in = { s->scenario.params, w->v, s->scenario.initial, 0, 0 };
    w->v[V_SANCTIONS] = 10;
    w->v[V_SECONDARY_TARIFF] = 100;
    double start = w->v[V_OIL_EXPORTS];
    for (int week = 0; week < 16; week++) {
        w->v[V_ENFORCEMENT] = 1;
        economy_update(w, &in);
    }
    double squeezed = w->v[V_OIL_EXPORTS];
    for (int week = 0; week < 26; week++) {
        w->v[V_ENFORCEMENT] = 0.2;
        economy_update(w, &in);
    }
    double lapsed = w->v[V_OIL_EXPORTS];
    assert_true(squeezed < 0.5 * start);
    assert_true(lapsed > 2 * squeezed);
    assert_int_equal((int)w->v[V_SANCTIONS], 10);
    session_free(s);
}

/* 2. Lethal force and a blackout end the street phase within a week or two,
 * at the price of deaths and condemnation (fear_repression, coord_min). */
static void crackdown_clears_streets(void **state)
{
    (void)state;
    double protest[2] = { 0 }, deaths[2] = { 0 }, condemnation[2] = { 0 };
    for (int arm = 0; arm < 2; arm++)
        for (uint64_t seed = 1; seed <= SEEDS; seed++) {
            Session *s = open_game("jan2026", seed, IRAN, NOBODY);
            *var(s, V_INTERNET) = 1;
            for (int t = 0; t < 2; t++) {
                static Orders hard = { "crackdown", "blackout", NULL }, soft = { "iran_backchannel", NULL };
                order(s, IRAN, arm ? hard : soft);
                session_step(s);
            }
            protest[arm] += at(s, 2, V_PROTEST) / SEEDS;
            deaths[arm] += (at(s, 2, V_DEATHS) - s->scenario.initial[V_DEATHS]) / SEEDS;
            condemnation[arm] += at(s, 2, V_CONDEMNATION) / SEEDS;
            session_free(s);
        }
    assert_true(protest[1] < 0.5 * protest[0]);
    assert_true(protest[1] < 2.5);
    assert_true(deaths[1] > deaths[0] + 50);
    assert_true(condemnation[1] > condemnation[0] + 5);
}

/* 3. Swinging between repression and concession feeds dissent more than
 * steady repression (lichbach, lichbach_fear). */
static void inconsistent_repression_backfires(void **state)
{
    (void)state;
    double dissent[2] = { 0 };
    int weeks[2] = { 0 };
    for (int arm = 0; arm < 2; arm++)
        for (uint64_t seed = 1; seed <= SEEDS; seed++) {
            Session *s = open_game("jan2026", seed, IRAN, PROTESTERS);
            for (int t = 1; t <= 10 && !session_over(s); t++) {
                static Orders crack = { "crackdown", NULL }, relief = { "economic_relief", NULL };
                static Orders march = { "mass_protest", NULL };
                order(s, IRAN, arm == 1 && t % 2 == 0 ? relief : crack);
                order(s, PROTESTERS, march);
                session_step(s);
                if (t > 4) {     /* the weeks after the first month, as long as the game lasts */
                    dissent[arm] += at(s, t, V_PROTEST) + at(s, t, V_GRIEVANCE) / 10;
                    weeks[arm]++;
                }
            }
            session_free(s);
        }
    assert_true(weeks[0] > 0 && weeks[1] > 0);
    assert_true(dissent[1] / weeks[1] > 1.2 * dissent[0] / weeks[0]);
}

/* 4. Without security-force defection even huge protests do not topple the
 * regime; with it, they sometimes do (collapse needs loyalty to break). */
static void no_collapse_without_defection(void **state)
{
    (void)state;
    int collapses[2] = { 0 }, shaken = 0;
    for (int arm = 0; arm < 2; arm++)
        for (uint64_t seed = 1; seed <= SEEDS; seed++) {
            Session *s = open_game("jan2026", seed, NOBODY, NOBODY);
            if (arm == 0) {
                *param(s, P_DEFECT_RATE) = 0;
            } else {
                *param(s, P_DEFECT_RATE) = 0.05;
                *var(s, V_LOYALTY) = 0.68;
            }
            *param(s, P_THRESH_MEAN) = 30;
            *var(s, V_GRIEVANCE) = 95;
            double lowest = 100;
            while (!session_over(s)) {
                session_step(s);
                lowest = fmin(lowest, *var(s, V_STABILITY));
            }
            collapses[arm] += s->game.world.outcome == OUT_COLLAPSE;
            shaken += arm == 0 && lowest < 40;
            session_free(s);
        }
    print_message("collapses without defection %d, with %d; regime shaken %d\n", collapses[0], collapses[1], shaken);
    assert_int_equal(collapses[0], 0);
    assert_true(shaken >= SEEDS / 5);
    assert_true(collapses[1] >= SEEDS / 10);
}

/* 5. Demands beyond the nuclear file make an Iranian yes much less likely;
 * nuclear-only talks with relief can reach agreement (talks_demands and
 * Iran's refuse_surrender / nuclear_only_talks rules). */
static void broad_demands_block_agreement(void **state)
{
    (void)state;
    int agreements[2] = { 0 };
    for (int arm = 0; arm < 2; arm++)
        for (uint64_t seed = 1; seed <= SEEDS; seed++) {
            Session *s = open_game("letter2025", seed, US, NOBODY);
            *var(s, V_DEMANDS) = arm ? 2 : 0;
            *var(s, V_TALKS) = 1;
            *var(s, V_ULTIMATUM) = 0;
            *var(s, V_RELIEF) = 1;
            while (!session_over(s)) {
                static Orders talk = { "us_sign", "direct_talks", NULL };
                order(s, US, talk);
                session_step(s);
            }
            agreements[arm] += s->game.world.outcome == OUT_AGREEMENT;
            session_free(s);
        }
    assert_true(agreements[0] >= SEEDS / 3);
    assert_true(agreements[1] * 3 <= agreements[0]);
}

/* 6. Covert weapons work during talks is likely found out, and then likely
 * draws a strike (detect_* parameters; the strike_on_detection rules). */
static void covert_work_detected_then_struck(void **state)
{
    (void)state;
    int detected = 0, struck_after = 0, struck_control = 0;
    for (int arm = 0; arm < 2; arm++)
        for (uint64_t seed = 1; seed <= SEEDS; seed++) {
            Session *s = open_game("letter2025", seed, IRAN, NOBODY);
            *var(s, V_TALKS) = 1;
            *var(s, V_ULTIMATUM) = 0;
            *var(s, V_ENRICHMENT) = 1;
            for (int t = 1; t <= 12 && !session_over(s); t++) {
                static Orders hedge = { "covert_work", "iran_backchannel", NULL }, honest = { "iran_backchannel", NULL };
                order(s, IRAN, arm ? hedge : honest);
                session_step(s);
            }
            if (arm) {
                detected += *var(s, V_DETECTED) > 0;
                struck_after += *var(s, V_DETECTED) > 0 && *var(s, V_STRIKES_ON_IRAN) > 0;
            } else {
                struck_control += *var(s, V_STRIKES_ON_IRAN) > 0;
            }
            session_free(s);
        }
    print_message("detected %d, struck after detection %d, struck without covert work %d\n", detected,
                  struck_after, struck_control);
    assert_true(detected >= SEEDS * 7 / 10);
    assert_true(struck_after >= detected * 6 / 10);
    assert_true(struck_control * 2 < struck_after);
}

/* 7. A lethal proxy attack on US forces draws a large US strike, after which
 * proxy attacks pause (us.overwhelming_response, proxies.pause_after_punishment). */
static void proxy_attack_draws_strike_then_pause(void **state)
{
    (void)state;
    int answered = 0, paused = 0;
    for (uint64_t seed = 1; seed <= SEEDS; seed++) {
        Session *s = open_game("letter2025", seed, PROXIES, NOBODY);
        static Orders attack = { "proxy_attack_us", NULL }, none = { NULL };
        order(s, PROXIES, attack);
        session_step(s);
        order(s, PROXIES, none);
        session_step(s);
        s->human[PROXIES] = false;
        session_step(s);
        bool big = took(s, 2, US, "strike_campaign") || took(s, 2, US, "strike_proxies");
        answered += big;
        paused += big && !took(s, 3, PROXIES, "proxy_attack_us");
        session_free(s);
    }
    assert_true(answered >= SEEDS * 7 / 10);
    assert_true(paused >= answered * 8 / 10);
}

/* 8. A telegraphed, token retaliation can precede a ceasefire; a lethal one
 * rarely does (token_retaliation's effect; us.ceasefire_after_token). */
static void token_retaliation_opens_ceasefire(void **state)
{
    (void)state;
    double later[2] = { 0 };
    int wars[2] = { 0 };
    for (int arm = 0; arm < 2; arm++)
        for (uint64_t seed = 1; seed <= SEEDS; seed++) {
            Session *s = open_game("letter2025", seed, US, IRAN);
            static Orders strike = { "strike_nuclear", NULL }, none = { NULL };
            static Orders token = { "token_retaliation", NULL }, lethal = { "strike_us_bases", NULL };
            order(s, US, strike);
            order(s, IRAN, none);
            session_step(s);
            order(s, US, none);
            order(s, IRAN, arm ? lethal : token);
            session_step(s);
            s->human[US] = s->human[IRAN] = false;
            for (int t = 0; t < 6 && !session_over(s); t++)
                session_step(s);
            later[arm] += *var(s, V_ESCALATION) / SEEDS;
            wars[arm] += s->game.world.outcome == OUT_WAR;
            session_free(s);
        }
    assert_true(later[0] + 1 < later[1] || wars[0] * 2 < wars[1]);
    assert_true(wars[0] <= wars[1]);
}

/* 9. The oil risk premium is modest and fades fast; only Hormuz disruption
 * takes Brent past $100 (oil_risk, oil_premium_fade, oil_disruption). */
static void oil_premium_modest_hormuz_spikes(void **state)
{
    (void)state;
    Session *s = open_game("letter2025", 3, NOBODY, NOBODY);
    World *w = &s->game.world;
    DynamicsInput in = { s->scenario.params, w->v, s->scenario.initial, 0, 0 };
    double tense = 0;
    for (int week = 0; week < 6; week++) {
        w->v[V_ESCALATION] = 8;
        w->v[V_HORMUZ_FLOW] = 20;
        oil_update(w, &in);
        tense = fmax(tense, w->v[V_OIL_PRICE]);
    }
    double premium = w->v[V_OIL_PREMIUM];
    for (int week = 0; week < 2; week++) {
        w->v[V_ESCALATION] = 2;
        oil_update(w, &in);
    }
    assert_true(tense < 100);
    assert_true(w->v[V_OIL_PREMIUM] < 0.4 * premium);
    w->v[V_HORMUZ_FLOW] = 8;
    oil_update(w, &in);
    assert_true(w->v[V_OIL_PRICE] > 100);
    session_free(s);
}

/* 10. Strikes on nuclear sites buy months, not years (rebuild). The other
 * strikers and Iran's covert work are held still, so the repair alone shows. */
static void strikes_buy_months(void **state)
{
    (void)state;
    double soon = 0, year = 0, peak = 0;
    for (uint64_t seed = 1; seed <= SEEDS / 2; seed++) {
        Session *s = open_game("letter2025", seed, US, IRAN);
        s->human[ISRAEL] = true;
        static Orders strike = { "strike_nuclear", NULL }, none = { NULL };
        order(s, US, strike);
        order(s, IRAN, none);
        session_step(s);
        for (int t = 2; t <= 18 && !session_over(s); t++) {
            order(s, US, none);
            order(s, IRAN, none);
            session_step(s);
        }
        if (s->game.history.nturns < 18) {
            session_free(s);
            continue;
        }
        peak += at(s, 1, V_DAMAGE);
        soon += at(s, 5, V_DAMAGE);
        year += at(s, 18, V_DAMAGE);
        session_free(s);
    }
    print_message("damage: peak %.1f, 4 weeks on %.1f, 17 weeks on %.1f\n", peak, soon, year);
    assert_true(peak > 0);
    assert_true(soon > 0.7 * peak);
    assert_true(year < 0.75 * peak);
    assert_true(year > 0.2 * peak);
}

/* 11. A public ultimatum makes backing down costlier the longer it stands
 * (audience_growth, backdown_approval). */
static void backing_down_costs_more_later(void **state)
{
    (void)state;
    double cost[2] = { 0 };
    for (int arm = 0; arm < 2; arm++)
        for (uint64_t seed = 1; seed <= SEEDS / 2; seed++) {
            Session *s = open_game("jan2026", seed, US, NOBODY);
            *var(s, V_ULTIMATUM) = 0;
            *var(s, V_AUDIENCE_COST) = 0;
            int stand = arm ? 8 : 2;
            for (int t = 1; t <= stand + 1 && !session_over(s); t++) {
                static Orders threat = { "ultimatum", NULL }, drop = { "drop_ultimatum", NULL }, none = { NULL };
                order(s, US, t == 1 ? threat : t == stand + 1 ? drop : none);
                double before = *var(s, V_APPROVAL);
                session_step(s);
                if (t == stand + 1)
                    cost[arm] += (before - *var(s, V_APPROVAL)) / (SEEDS / 2);
            }
            session_free(s);
        }
    assert_true(cost[0] > 0);
    assert_true(cost[1] > 2 * cost[0]);
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
