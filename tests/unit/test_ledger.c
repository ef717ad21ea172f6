/* The causal ledger: the parts of every change add up to the change, each
 * has its right cause (an order, the ladder's push split by score, an
 * event, a step of the dynamics, the facilitator, the clamp), a side is
 * never shown a cause it cannot see, and the ledger changes no game. Also
 * the expected ladder move of a set of orders and conflicting orders. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "support.h"

#define assert_near(a, b, eps) \
    do { \
        double a_ = (a), b_ = (b); \
        if (!(fabs(a_ - b_) <= (eps))) \
            fail_msg("%s is %.17g, not %.17g", #a, a_, b_); \
    } while (0)

static const char *const scenarios[] = { "jan2026", "letter2025", "hammer2025", "tutorial" };

static int action(const Session *s, const char *id)
{
    int i = catalogue_find(&s->catalogue, id);
    if (i < 0)
        fail_msg("the catalogue has no action '%s'", id);
    return i;
}

static const double *before_turn(const Session *s, int turn)
{
    return turn > 1 ? s->game.history.turns[turn - 2].v : s->scenario.initial;
}

static void play_out(Session *s)
{
    while (!session_over(s))
        session_step(s);
}

/* Every variable's parts (all of them, secret or not) sum to its change in
 * every turn: "this turn" signals and internal variables too. */
static void assert_balanced(const Session *s)
{
    const History *h = &s->game.history;
    assert_true(h->nturns > 0);
    for (int t = 1; t <= h->nturns; t++)
        for (int v = 0; v < VAR_COUNT; v++) {
            CausePart parts[LEDGER_MAX_PARTS];
            int n = ledger_parts(&s->game, t, (Var)v, NOBODY, parts, LEDGER_MAX_PARTS);
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += parts[i].amount;
                assert_int_not_equal(parts[i].cause.kind, CAUSE_UNSEEN);
            }
            double change = h->turns[t - 1].v[v] - before_turn(s, t)[v];
            if (fabs(sum - change) > 1e-9)
                fail_msg("%s seed %llu turn %d: the parts of %s sum to %.17g, the change is %.17g",
                         s->scenario.id, (unsigned long long)s->game.seed, t, var_info[v].name, sum, change);
        }
}

static void test_parts_sum_to_every_change_in_every_scenario(void **state)
{
    (void)state;
    for (size_t k = 0; k < sizeof scenarios / sizeof *scenarios; k++)
        for (uint64_t seed = 1; seed <= 6; seed++) {
            Session *s = test_session(scenarios[k], seed);
            play_out(s);
            assert_balanced(s);
            session_free(s);
        }
}

/* The ledger observes: a lean game (no ledger) plays the same game, value
 * for value, and keeps no entries. */
static void test_the_ledger_changes_no_game(void **state)
{
    (void)state;
    for (size_t k = 0; k < sizeof scenarios / sizeof *scenarios; k++) {
        Session *full = test_session(scenarios[k], 11), *lean = test_session(scenarios[k], 11);
        lean->game.lean = true;
        play_out(full);
        play_out(lean);
        assert_int_equal(full->game.history.nturns, lean->game.history.nturns);
        assert_true(full->game.history.ncauses > 0);
        assert_int_equal(lean->game.history.ncauses, 0);
        for (int t = 0; t < full->game.history.nturns; t++)
            assert_memory_equal(full->game.history.turns[t].v, lean->game.history.turns[t].v, sizeof(double) * VAR_COUNT);
        assert_true(world_hash(&full->game.world) == world_hash(&lean->game.world));
        session_free(full);
        session_free(lean);
    }
}

/* ---- the right causes ----------------------------------------------------- */

static double part_of(const Game *g, int turn, Var v, Cause c)
{
    CausePart parts[LEDGER_MAX_PARTS];
    int n = ledger_parts(g, turn, v, NOBODY, parts, LEDGER_MAX_PARTS);
    for (int i = 0; i < n; i++)
        if (cause_same(parts[i].cause, c))
            return parts[i].amount;
    return 0;
}

typedef struct Fixed {
    int action[ACTOR_COUNT];    /* one order per actor, or -1 */
} Fixed;

static int fixed_decide(void *ctx, const Game *g, Actor a, Order *out, int max)
{
    (void)g;
    const Fixed *f = ctx;
    if (f->action[a] < 0 || max < 1)
        return 0;
    out[0] = (Order){ .actor = (uint8_t)a, .action = (uint16_t)f->action[a] };
    return 1;
}

static void test_an_order_owns_its_effects_and_its_share_of_the_ladder(void **state)
{
    (void)state;
    Session *s = test_session("jan2026", 3);
    Game g;
    assert_true(game_init(&g, &s->scenario, &s->catalogue, &s->rulebook, 3));
    Fixed f;
    for (int a = 0; a < ACTOR_COUNT; a++)
        f.action[a] = -1;
    f.action[US] = action(s, "tighten_sanctions");          /* escalation score 12 */
    f.action[ISRAEL] = action(s, "israel_sabotage");         /* secret: pushes nothing */
    f.action[CHINA] = action(s, "china_restraint");         /* -2, and the ladder down 0.2 at once */
    TurnHooks hooks = { .ctx = &f, .decide = fixed_decide };
    double ladder = g.world.v[V_ESCALATION], sanctions = g.world.v[V_SANCTIONS];
    turn_resolve(&g, &hooks);
    assert_int_equal(g.history.turns[0].norders, 3);
    const double *p = s->scenario.params;
    Cause us = cause_of(CAUSE_ORDER, US, 0), china = cause_of(CAUSE_ORDER, CHINA, 2);
    assert_true(part_of(&g, 1, V_SANCTIONS, us) == var_clamp(V_SANCTIONS, sanctions + 1) - sanctions);
    /* the ladder: settling back towards 1, then each public order's score over the scale */
    double settle = (p[P_ESC_REST] - (ladder - 0.2)) * p[P_ESC_DECAY];
    assert_near(part_of(&g, 1, V_ESCALATION, cause_of(CAUSE_DYNAMIC, NOBODY, DYN_LADDER)), settle, 1e-12);
    assert_near(part_of(&g, 1, V_ESCALATION, us), 12 / p[P_ESC_SCALE], 1e-12);
    assert_near(part_of(&g, 1, V_ESCALATION, china), -0.2 - 2 / p[P_ESC_SCALE], 1e-12);
    assert_true(part_of(&g, 1, V_ESCALATION, cause_of(CAUSE_ORDER, ISRAEL, 1)) == 0);
    game_free(&g);
    session_free(s);
}

/* A strike is one of the week's significant moves, by its largest move
 * first; a condemnation is not. */
static void test_significant_moves_are_weighed_by_what_they_moved(void **state)
{
    (void)state;
    Session *s = test_session("jan2026", 3);
    Game g;
    assert_true(game_init(&g, &s->scenario, &s->catalogue, &s->rulebook, 3));
    g.world.v[V_POSTURE] = 3;
    Fixed f;
    for (int a = 0; a < ACTOR_COUNT; a++)
        f.action[a] = -1;
    f.action[US] = action(s, "strike_nuclear");
    f.action[EUROPE] = action(s, "eu_condemn");
    TurnHooks hooks = { .ctx = &f, .decide = fixed_decide };
    turn_resolve(&g, &hooks);
    assert_int_equal(g.history.turns[0].norders, 2);
    OrderMove moves[VAR_COUNT];
    int n = ledger_order_moves(&g, 1, 0, moves, VAR_COUNT);
    assert_true(n >= 3);
    assert_true(moves[0].weight >= LEDGER_SIGNIFICANT);
    bool ladder = false;
    for (int i = 0; i < n; i++) {
        assert_true(i == 0 || moves[i].weight <= moves[i - 1].weight);
        assert_false(var_info[moves[i].var].flags & (TRANSIENT | INTERNAL));
        if (moves[i].var == V_ESCALATION) {
            ladder = true;
            assert_near(moves[i].amount, part_of(&g, 1, V_ESCALATION, cause_of(CAUSE_ORDER, US, 0)), 1e-12);
        }
    }
    assert_true(ladder);
    n = ledger_order_moves(&g, 1, 1, moves, VAR_COUNT);
    assert_true(n >= 1);
    assert_true(moves[0].weight < LEDGER_SIGNIFICANT);
    assert_int_equal(ledger_order_moves(&g, 1, 0, moves, 1), 1);     /* never more than asked for */
    game_free(&g);
    session_free(s);
}

static int event_index(const Session *s, const char *id)
{
    for (int i = 0; i < s->nevents; i++)
        if (strcmp(s->events[i].id, id) == 0)
            return i;
    fail_msg("no event '%s'", id);
    return -1;
}

/* jan2026's calls_resume fires in turn 2 and adds 0.1 to the internet. */
static void test_an_event_owns_what_it_changed(void **state)
{
    (void)state;
    Session *s = test_session("jan2026", 5);
    session_step(s);
    session_step(s);
    int calls = event_index(s, "calls_resume");
    assert_string_equal(s->events[calls].sources, "A46");
    assert_string_equal(s->events[calls].text, "International phone calls resume, outgoing only.");
    double part = part_of(&s->game, 2, V_INTERNET, cause_of(CAUSE_EVENT, NOBODY, calls));
    double room = var_info[V_INTERNET].max - s->game.history.turns[0].v[V_INTERNET];
    assert_true(part > 0);
    assert_true(part <= 0.1 + 1e-12);
    assert_true(part > 0.1 - 1e-12 || room < 0.2);
    assert_balanced(s);
    session_free(s);
}

/* The facilitator's edits between turns are the next turn's first parts;
 * a variable set in secret is shown to no side, an inject to every side. */
static void test_the_facilitator_is_a_cause_hidden_when_secret(void **state)
{
    (void)state;
    Session *s = test_session("jan2026", 5);
    session_step(s);
    Error err = { 0 };
    double was = s->game.world.v[V_APPROVAL];
    assert_int_equal(session_set_var(s, "approval", was - 7, "test", &err), 0);
    session_step(s);
    Cause set = cause_of(CAUSE_FACILITATOR, NOBODY, 0);
    assert_near(part_of(&s->game, 2, V_APPROVAL, set), -7, 1e-12);
    assert_false(ledger_cause_visible(&s->game, 2, set, US));
    assert_true(ledger_cause_visible(&s->game, 2, set, NOBODY));
    CausePart parts[LEDGER_MAX_PARTS];
    int n = ledger_parts(&s->game, 2, V_APPROVAL, US, parts, LEDGER_MAX_PARTS);
    bool unseen = false;
    for (int i = 0; i < n; i++) {
        assert_int_not_equal(parts[i].cause.kind, CAUSE_FACILITATOR);
        unseen |= parts[i].cause.kind == CAUSE_UNSEEN;
    }
    assert_true(unseen);
    double world[VAR_COUNT];
    ledger_orders_world(&s->game, 2, world);
    assert_near(world[V_APPROVAL], was - 7, 1e-12);
    if (s->scenario.ninjects > 0) {
        assert_int_equal(session_inject(s, 0, "test", &err), 0);
        assert_true(ledger_cause_visible(&s->game, 3, cause_of(CAUSE_FACILITATOR, NOBODY, 1), IRAN));
    }
    session_step(s);
    assert_balanced(s);
    session_free(s);
}

/* ---- what each side may know ---------------------------------------------- */

/* Whether another side's secret order is among the causes of v in turn t. */
static bool others_secret(const Session *s, int t, Var v, int viewer)
{
    const History *h = &s->game.history;
    const TurnRecord *rec = &h->turns[t - 1];
    for (int i = 0; i < rec->ncauses; i++) {
        const LedgerEntry *e = &h->causes[rec->first_cause + i];
        if (e->var != v || e->cause.kind != CAUSE_ORDER)
            continue;
        const Order *o = &h->orders[rec->first_order + e->cause.index];
        if (s->catalogue.actions[o->action].secret && o->actor != viewer)
            return true;
    }
    return false;
}

/* No side is shown another side's secret order, a cause on a variable it
 * sees only as an estimate, or an internal variable; what it is shown, with
 * the causes it cannot see summed, still adds up to the change. */
static void test_no_side_is_shown_a_cause_it_cannot_see(void **state)
{
    (void)state;
    int hidden = 0;     /* secrets of others behind a variable the side sees */
    for (uint64_t seed = 1; seed <= 4; seed++) {
        Session *s = test_session("jan2026", seed);
        play_out(s);
        const History *h = &s->game.history;
        for (int t = 1; t <= h->nturns; t++)
            for (int viewer = 0; viewer < ACTOR_COUNT; viewer++)
                for (int v = 0; v < VAR_COUNT; v++) {
                    CausePart parts[LEDGER_MAX_PARTS];
                    int n = ledger_parts(&s->game, t, (Var)v, viewer, parts, LEDGER_MAX_PARTS);
                    bool sees = actor_sees((Actor)viewer, (Var)v) && !(var_info[v].flags & (TRANSIENT | INTERNAL));
                    if (!sees && n > 0)
                        fail_msg("%s is shown causes of %s, which it sees only as an estimate or not at all",
                                 actor_name((Actor)viewer), var_info[v].name);
                    double sum = 0;
                    bool unseen = false;
                    for (int i = 0; i < n; i++) {
                        sum += parts[i].amount;
                        unseen |= parts[i].cause.kind == CAUSE_UNSEEN;
                        if (parts[i].cause.kind != CAUSE_ORDER)
                            continue;
                        const Order *o = &h->orders[h->turns[t - 1].first_order + parts[i].cause.index];
                        if (s->catalogue.actions[o->action].secret && o->actor != viewer)
                            fail_msg("%s is shown %s's secret %s", actor_name((Actor)viewer),
                                     actor_name((Actor)o->actor), s->catalogue.actions[o->action].id);
                    }
                    if (sees && others_secret(s, t, (Var)v, viewer)) {
                        hidden++;
                        assert_true(unseen);
                    }
                    if (sees)
                        assert_near(sum, h->turns[t - 1].v[v] - before_turn(s, t)[v], 1e-9);
                }
        session_free(s);
    }
    assert_true(hidden > 0);
}

/* ---- one escalation scale, and conflicting orders --------------------------- */

static void test_the_expected_ladder_move_is_on_the_ladder_and_changes_nothing(void **state)
{
    (void)state;
    Session *s = test_session("jan2026", 2);
    Game *g = &s->game;
    uint64_t hash = world_hash(&g->world);
    Pcg32 rng = g->world.rng;
    int news = g->history.nnews;
    Order strike = { .actor = US, .action = (uint16_t)action(s, "tighten_sanctions") };
    Order talk = { .actor = US, .action = (uint16_t)action(s, "offer_talks") };
    double drift;
    double up = ladder_expected(g, &strike, 1, &drift);
    double down = ladder_expected(g, &talk, 1, NULL);
    const double *p = s->scenario.params;
    assert_near(up, 12 / p[P_ESC_SCALE], 1e-9);
    assert_near(down, -2 / p[P_ESC_SCALE], 1e-9);
    assert_near(drift, (p[P_ESC_REST] - g->world.v[V_ESCALATION]) * p[P_ESC_DECAY], 1e-9);
    Order both[2] = { strike, talk };
    assert_near(ladder_expected(g, both, 2, NULL), 10 / p[P_ESC_SCALE], 1e-9);
    /* an order the turn would refuse (not the US's) moves nothing */
    Order wrong = { .actor = US, .action = (uint16_t)action(s, "crackdown") };
    assert_true(ladder_expected(g, &wrong, 1, NULL) == 0);
    assert_true(world_hash(&g->world) == hash);
    assert_memory_equal(&g->world.rng, &rng, sizeof rng);
    assert_int_equal(g->history.nnews, news);
    session_free(s);
}

static void test_conflicting_orders_are_found_from_the_catalogue(void **state)
{
    (void)state;
    Session *s = test_session("letter2025", 1);
    Game *g = &s->game;
    g->world.v[V_TALKS] = 1;
    g->world.v[V_SANCTIONS] = 5;
    Order o[4] = {
        { .actor = US, .action = (uint16_t)action(s, "direct_talks") },
        { .actor = US, .action = (uint16_t)action(s, "cancel_talks") },
        { .actor = US, .action = (uint16_t)action(s, "tighten_sanctions") },
        { .actor = US, .action = (uint16_t)action(s, "ease_sanctions") },
    };
    Conflict c[8];
    int n = orders_conflicts(g, o, 4, c, 8);
    assert_int_equal(n, 2);
    assert_int_equal(c[0].first, 1);            /* cutting off the talks undoes what direct talks need */
    assert_int_equal(c[0].second, 0);
    assert_int_equal(c[0].kind, CONFLICT_UNDOES);
    assert_int_equal(c[0].var, V_TALKS);
    assert_int_equal(c[1].first, 2);
    assert_int_equal(c[1].second, 3);
    assert_int_equal(c[1].kind, CONFLICT_OPPOSED);
    assert_int_equal(c[1].var, V_SANCTIONS);
    /* offering talks and holding them pull the same way */
    Order same[2] = { { .actor = US, .action = (uint16_t)action(s, "offer_talks") }, o[0] };
    g->world.v[V_TALKS] = 1;
    assert_int_equal(orders_conflicts(g, same, 2, c, 8), 0);
    assert_int_equal(orders_conflicts(g, o, 4, c, 1), 1);      /* never more than asked for */
    session_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parts_sum_to_every_change_in_every_scenario),
        cmocka_unit_test(test_the_ledger_changes_no_game),
        cmocka_unit_test(test_an_order_owns_its_effects_and_its_share_of_the_ladder),
        cmocka_unit_test(test_significant_moves_are_weighed_by_what_they_moved),
        cmocka_unit_test(test_an_event_owns_what_it_changed),
        cmocka_unit_test(test_the_facilitator_is_a_cause_hidden_when_secret),
        cmocka_unit_test(test_no_side_is_shown_a_cause_it_cannot_see),
        cmocka_unit_test(test_the_expected_ladder_move_is_on_the_ladder_and_changes_nothing),
        cmocka_unit_test(test_conflicting_orders_are_found_from_the_catalogue),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
