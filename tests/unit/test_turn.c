/* Turn resolution in model order, driven by C decide and react hooks (no Lua):
 * simultaneous orders, effects before dynamics, reactions after dynamics,
 * invalid orders dropped with a news line, the end checks and the history. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "support.h"

static Session *session;        /* only for its scenario, catalogue and rulebook */
static Scenario sc;             /* a copy each test may change */

static int open_session(void **state)
{
    (void)state;
    session = test_session("jan2026", 1);
    return 0;
}

static int close_session(void **state)
{
    (void)state;
    session_free(session);
    return 0;
}

static int fresh_scenario(void **state)
{
    (void)state;
    sc = session->scenario;
    return 0;
}

static int action(const char *id)
{
    int i = catalogue_find(&session->catalogue, id);
    if (i < 0)
        fail_msg("the catalogue has no action '%s'", id);
    return i;
}

/* What the hooks do and what they saw. */
typedef struct Script {
    int orders[ACTOR_COUNT][MAX_ORDERS];    /* action indices, -1 ends the list */
    uint8_t claimed[ACTOR_COUNT][MAX_ORDERS];   /* the actor written into the Order */
    int on_turn;                /* the turn the orders are given on; 0 = every turn */
    int decide_calls, react_calls;
    uint64_t decide_hash[ACTOR_COUNT];
    double decide_v[ACTOR_COUNT][VAR_COUNT];
    int decide_nturns[ACTOR_COUNT];
    double react_v[VAR_COUNT];
    int react_turn, react_nturns, react_outcome;
    double react_set_escalation;    /* > 0: react sets the ladder to it */
} Script;

static void script_init(Script *s)
{
    memset(s, 0, sizeof *s);
    for (int a = 0; a < ACTOR_COUNT; a++)
        for (int i = 0; i < MAX_ORDERS; i++) {
            s->orders[a][i] = -1;
            s->claimed[a][i] = (uint8_t)a;
        }
}

static void script_order(Script *s, Actor a, const char *id)
{
    int i = 0;
    while (i < MAX_ORDERS && s->orders[a][i] >= 0)
        i++;
    assert_true(i < MAX_ORDERS);
    s->orders[a][i] = action(id);
}

static int c_decide(void *ctx, const Game *g, Actor a, Order *out, int max)
{
    Script *s = ctx;
    s->decide_calls++;
    s->decide_hash[a] = world_hash(&g->world);
    memcpy(s->decide_v[a], g->world.v, sizeof s->decide_v[a]);
    s->decide_nturns[a] = g->history.nturns;
    if (s->on_turn && g->world.turn + 1 != s->on_turn)
        return 0;
    int n = 0;
    for (int i = 0; i < MAX_ORDERS && i < max && s->orders[a][i] >= 0; i++)
        out[n++] = (Order){ .actor = s->claimed[a][i], .action = (uint16_t)s->orders[a][i] };
    return n;
}

static void c_react(void *ctx, Game *g)
{
    Script *s = ctx;
    s->react_calls++;
    memcpy(s->react_v, g->world.v, sizeof s->react_v);
    s->react_turn = g->world.turn;
    s->react_nturns = g->history.nturns;
    s->react_outcome = g->world.outcome;
    if (s->react_set_escalation > 0)
        g->world.v[V_ESCALATION] = s->react_set_escalation;
}

static void start(Game *g, uint64_t seed)
{
    assert_true(game_init(g, &sc, &session->catalogue, &session->rulebook, seed));
}

static Outcome play(Game *g, Script *s)
{
    TurnHooks hooks = { .ctx = s, .decide = c_decide, .react = c_react };
    return turn_resolve(g, &hooks);
}

/* The news lines of the last turn, joined, for searching. */
static const char *last_news(const Game *g, char *buf, size_t size)
{
    const TurnRecord *t = &g->history.turns[g->history.nturns - 1];
    buf[0] = '\0';
    for (int i = 0; i < t->nnews; i++) {
        strncat(buf, g->history.news[t->first_news + i].text, size - strlen(buf) - 2);
        strncat(buf, "\n", size - strlen(buf) - 1);
    }
    return buf;
}

static const News *find_news(const Game *g, const char *needle)
{
    for (int i = 0; i < g->history.nnews; i++)
        if (strstr(g->history.news[i].text, needle))
            return &g->history.news[i];
    return NULL;
}

/* ---- simultaneous orders ------------------------------------------------ */

static void test_every_actor_decides_against_the_same_start_of_turn_world(void **state)
{
    (void)state;
    Game g;
    start(&g, 7);
    Script s;
    script_init(&s);
    script_order(&s, US, "tighten_sanctions");
    script_order(&s, US, "deploy_forces");
    script_order(&s, IRAN, "crackdown");
    uint64_t start_hash = world_hash(&g.world);
    double sanctions = g.world.v[V_SANCTIONS], posture = g.world.v[V_POSTURE];
    play(&g, &s);
    assert_int_equal(s.decide_calls, ACTOR_COUNT);
    for (int a = 0; a < ACTOR_COUNT; a++) {
        if (s.decide_hash[a] != start_hash)
            fail_msg("%s decided against a world already changed by an earlier actor's orders", actor_name((Actor)a));
        assert_true(s.decide_v[a][V_SANCTIONS] == sanctions);
        assert_true(s.decide_v[a][V_POSTURE] == posture);
        assert_true(s.decide_v[a][V_T_REPRESSION] == 0);
        assert_int_equal(s.decide_nturns[a], 0);
    }
    /* and the orders did take effect once all were in */
    assert_true(g.world.v[V_SANCTIONS] == sanctions + 1);
    assert_true(g.world.v[V_POSTURE] == posture + 1);
    assert_int_equal(g.history.turns[0].norders, 3);
    game_free(&g);
}

/* Whatever actor an order claims, it is the deciding actor's order. */
static void test_an_order_is_attributed_to_the_actor_that_gave_it(void **state)
{
    (void)state;
    Game g;
    start(&g, 7);
    Script s;
    script_init(&s);
    script_order(&s, US, "tighten_sanctions");
    s.claimed[US][0] = IRAN;
    play(&g, &s);
    assert_int_equal(g.history.turns[0].norders, 1);
    assert_int_equal(g.history.orders[0].actor, US);
    game_free(&g);
}

/* ---- effects, dynamics, reactions --------------------------------------- */

static void test_effects_are_applied_before_the_dynamics_and_transients_reset_next_turn(void **state)
{
    (void)state;
    Game calm, hard;
    start(&calm, 7);
    start(&hard, 7);
    Script quiet, crack;
    script_init(&quiet);
    script_init(&crack);
    script_order(&crack, IRAN, "crackdown");
    crack.on_turn = 1;
    double fear = calm.world.v[V_FEAR], deaths = calm.world.v[V_DEATHS];
    play(&calm, &quiet);
    play(&hard, &crack);
    /* the dynamics saw this turn's repression: fear and deaths jump in the same turn */
    assert_true(hard.world.v[V_T_REPRESSION] == 1);
    assert_true(hard.world.v[V_FEAR] > calm.world.v[V_FEAR] + 0.5 * sc.params[P_FEAR_REPRESSION]);
    assert_true(hard.world.v[V_FEAR] > fear);
    assert_true(hard.world.v[V_DEATHS] > deaths);
    assert_true(calm.world.v[V_DEATHS] == deaths);
    /* next turn the signal is still what decide sees, then it is reset */
    play(&hard, &crack);
    assert_true(crack.decide_v[US][V_T_REPRESSION] == 1);
    assert_true(hard.world.v[V_T_REPRESSION] == 0);
    assert_true(crack.react_v[V_T_REPRESSION] == 0);
    game_free(&calm);
    game_free(&hard);
}

static void test_public_escalation_scores_move_the_ladder_in_the_same_turn(void **state)
{
    (void)state;
    Game calm, tense;
    start(&calm, 7);
    start(&tense, 7);
    Script quiet, push;
    script_init(&quiet);
    script_init(&push);
    script_order(&push, US, "tighten_sanctions");   /* 12 */
    script_order(&push, US, "secondary_tariffs");   /* 12, if allowed */
    play(&calm, &quiet);
    play(&tense, &push);
    double score = 0;
    const TurnRecord *t = &tense.history.turns[0];
    for (int i = 0; i < t->norders; i++)
        score += session->catalogue.actions[tense.history.orders[t->first_order + i].action].escalation;
    assert_true(score >= 12);
    double lift = tense.world.v[V_ESCALATION] - calm.world.v[V_ESCALATION];
    double rungs = score / sc.params[P_ESC_SCALE];
    assert_true(lift > 0.7 * rungs && lift < 1.01 * rungs);
    game_free(&calm);
    game_free(&tense);
}

static void test_react_runs_after_the_dynamics_and_before_the_end_checks(void **state)
{
    (void)state;
    Game g;
    start(&g, 7);
    Script s;
    script_init(&s);
    script_order(&s, IRAN, "crackdown");
    double fear = g.world.v[V_FEAR];
    play(&g, &s);
    assert_int_equal(s.react_calls, 1);
    assert_true(s.react_v[V_FEAR] > fear + 0.5 * sc.params[P_FEAR_REPRESSION]);   /* dynamics done */
    assert_int_equal(s.react_turn, 0);          /* the turn is not yet counted */
    assert_int_equal(s.react_nturns, 0);        /* nor recorded */
    assert_int_equal(s.react_outcome, OUT_NONE);
    game_free(&g);

    /* what react changes counts for this turn's end checks and record */
    start(&g, 7);
    script_init(&s);
    s.react_set_escalation = 10;
    assert_int_equal(play(&g, &s), OUT_WAR);
    assert_int_equal(g.world.outcome, OUT_WAR);
    assert_true(g.history.turns[0].v[V_ESCALATION] == 10);
    assert_int_equal(g.history.nturns, 1);
    game_free(&g);
}

/* ---- invalid orders ----------------------------------------------------- */

static void test_invalid_orders_are_dropped_with_a_news_line_for_the_actor(void **state)
{
    (void)state;
    sc.capital[US] = 3;
    Game g;
    start(&g, 7);
    assert_true(g.world.v[V_POSTURE] >= 3);     /* so the strike campaign is allowed */
    assert_true(g.world.v[V_TALKS_PROGRESS] < 80);
    Script s;
    script_init(&s);
    script_order(&s, US, "crackdown");          /* Iran's action */
    script_order(&s, US, "us_sign");            /* needs talks_progress >= 80 */
    script_order(&s, US, "strike_campaign");    /* costs 3: all the capital */
    script_order(&s, US, "tighten_sanctions");  /* one more than the capital allows */
    double sanctions = g.world.v[V_SANCTIONS];
    play(&g, &s);
    const TurnRecord *t = &g.history.turns[0];
    assert_int_equal(t->norders, 1);
    assert_int_equal(g.history.orders[t->first_order].action, action("strike_campaign"));
    assert_true(g.world.v[V_SANCTIONS] == sanctions);
    assert_true(g.world.v[V_T_SIGN_US] == 0);
    struct { const char *id, *why; } dropped[] = {
        { "crackdown", "not an action of this actor" },
        { "us_sign", "a prerequisite is not met" },
        { "tighten_sanctions", "not enough political capital" },
    };
    for (size_t i = 0; i < sizeof dropped / sizeof *dropped; i++) {
        char line[200];
        snprintf(line, sizeof line, "could not %s: %s", dropped[i].id, dropped[i].why);
        const News *n = find_news(&g, line);
        if (!n) {
            char buf[4000];
            fail_msg("no news line '%s' among:\n%s", line, last_news(&g, buf, sizeof buf));
        }
        assert_int_equal(n->actor, US);
        assert_int_equal(n->only_for, US);
        assert_int_equal(n->turn, 1);
    }
    game_free(&g);
}

static void test_an_order_for_an_action_outside_the_catalogue_is_dropped(void **state)
{
    (void)state;
    Game g;
    start(&g, 7);
    Script s;
    script_init(&s);
    s.orders[IRAN][0] = session->catalogue.count + 5;
    s.orders[IRAN][1] = action("military_exercise");
    play(&g, &s);
    assert_int_equal(g.history.turns[0].norders, 1);
    assert_int_equal(g.history.orders[0].action, action("military_exercise"));
    const News *n = find_news(&g, "no such action");
    assert_non_null(n);
    assert_int_equal(n->only_for, IRAN);
    game_free(&g);
}

/* ---- end checks --------------------------------------------------------- */

static void test_outcome_war_at_the_war_rung(void **state)
{
    (void)state;
    World w;
    memset(&w, 0, sizeof w);
    memcpy(w.v, sc.initial, sizeof w.v);
    w.v[V_ESCALATION] = sc.params[P_ESC_WAR] - 0.01;
    assert_int_equal(outcome_check(&w, &sc, 1), OUT_NONE);
    w.v[V_ESCALATION] = sc.params[P_ESC_WAR];
    assert_int_equal(outcome_check(&w, &sc, 1), OUT_WAR);
    /* a declared weapon outranks the war */
    w.v[V_WEAPON] = 1;
    assert_int_equal(outcome_check(&w, &sc, 1), OUT_BREAKOUT);
}

/* Collapse is read from stability alone; that loyal security forces hold
 * stability above the line is the dynamics' doing (stylised fact 4). */
static void test_outcome_collapse_when_stability_falls_below_the_line(void **state)
{
    (void)state;
    World w;
    memset(&w, 0, sizeof w);
    memcpy(w.v, sc.initial, sizeof w.v);
    w.v[V_STABILITY] = sc.params[P_COLLAPSE_STABILITY] + 1;
    w.v[V_LOYALTY] = 0.1;
    assert_int_equal(outcome_check(&w, &sc, 1), OUT_NONE);
    w.v[V_STABILITY] = sc.params[P_COLLAPSE_STABILITY] - 1;
    w.v[V_LOYALTY] = 0.95;
    assert_int_equal(outcome_check(&w, &sc, 1), OUT_COLLAPSE);
}

/* Signing as such; whether the capitals then ratify is a draw of its own
 * (the next test), switched off here. */
static void no_ratification_risk(void)
{
    sc.params[P_RATIFY_HARDLINE] = sc.params[P_RATIFY_HAWKS] = sc.params[P_RATIFY_DEMANDS] = 0;
}

static void test_outcome_agreement_when_both_sign_with_enough_progress(void **state)
{
    (void)state;
    no_ratification_risk();
    sc.initial[V_TALKS] = 2;
    sc.initial[V_TALKS_PROGRESS] = 95;
    Game both, one;
    start(&both, 7);
    start(&one, 7);
    Script s2, s1;
    script_init(&s2);
    script_init(&s1);
    script_order(&s2, US, "us_sign");
    script_order(&s2, IRAN, "iran_sign");
    script_order(&s1, US, "us_sign");
    assert_int_equal(play(&both, &s2), OUT_AGREEMENT);
    assert_non_null(find_news(&both, "agreement"));
    assert_int_equal(play(&one, &s1), OUT_NONE);
    assert_true(one.world.v[V_TALKS] < 3);
    game_free(&both);
    game_free(&one);

    /* without the progress the signatures are refused outright */
    sc.initial[V_TALKS_PROGRESS] = sc.params[P_AGREE_PROGRESS] - 10;
    start(&both, 7);
    assert_int_equal(play(&both, &s2), OUT_NONE);
    assert_int_equal(both.history.turns[0].norders, 0);
    game_free(&both);
}

/* The prerequisite lets both sides sign once progress reaches agree_progress;
 * signing at exactly that progress must then give the agreement, not be
 * undone by the week's decay of talks nobody "engaged" in. */
static void test_outcome_agreement_when_both_sign_at_exactly_the_needed_progress(void **state)
{
    (void)state;
    no_ratification_risk();
    sc.initial[V_TALKS] = 2;
    sc.initial[V_TALKS_PROGRESS] = sc.params[P_AGREE_PROGRESS];
    Game g;
    start(&g, 7);
    Script s;
    script_init(&s);
    script_order(&s, US, "us_sign");
    script_order(&s, IRAN, "iran_sign");
    Outcome o = play(&g, &s);
    assert_int_equal(g.history.turns[0].norders, 2);    /* both signatures were accepted */
    if (o != OUT_AGREEMENT)
        fail_msg("both sides signed at progress %g (needed %g) but the outcome is %s; progress is now %g",
                 sc.params[P_AGREE_PROGRESS], sc.params[P_AGREE_PROGRESS], outcome_name(o),
                 g.world.v[V_TALKS_PROGRESS]);
    game_free(&g);
}

/* With the hardliners all-powerful in Tehran a signed text is always sunk:
 * the talks lose ratify_setback of their progress and the hardliners gain. */
static void test_hardliners_can_sink_a_signed_text(void **state)
{
    (void)state;
    sc.initial[V_TALKS] = 2;
    sc.initial[V_TALKS_PROGRESS] = 95;
    sc.initial[V_F_HARDLINE] = 0.9;
    sc.initial[V_F_LEADER] = sc.initial[V_F_PRAGMATIC] = 0.05;
    sc.params[P_FACTION_DRIFT] = 0;
    for (uint64_t seed = 1; seed <= 10; seed++) {
        Game g;
        start(&g, seed);
        Script s;
        script_init(&s);
        script_order(&s, US, "us_sign");
        script_order(&s, IRAN, "iran_sign");
        assert_int_equal(play(&g, &s), OUT_NONE);
        assert_non_null(find_news(&g, "sink"));
        assert_true(g.world.v[V_TALKS_PROGRESS] < 95 * (1 - sc.params[P_RATIFY_SETBACK]) + 1e-9);
        game_free(&g);
    }
}

static void test_outcome_timeout_at_the_last_turn(void **state)
{
    (void)state;
    World w;
    memset(&w, 0, sizeof w);
    memcpy(w.v, sc.initial, sizeof w.v);
    assert_int_equal(outcome_check(&w, &sc, sc.turns - 1), OUT_NONE);
    assert_int_equal(outcome_check(&w, &sc, sc.turns), OUT_TIMEOUT);

    /* a quiet game of three turns ends on the third, and only then */
    sc.turns = 3;
    sc.initial[V_PROTEST] = 0.5;
    sc.initial[V_ESCALATION] = 2;
    sc.initial[V_STABILITY] = 70;
    sc.initial[V_LOYALTY] = 0.95;
    Game g;
    start(&g, 7);
    Script s;
    script_init(&s);
    assert_int_equal(play(&g, &s), OUT_NONE);
    assert_int_equal(play(&g, &s), OUT_NONE);
    assert_int_equal(play(&g, &s), OUT_TIMEOUT);
    assert_int_equal(g.world.turn, 3);
    assert_non_null(find_news(&g, "time runs out"));
    /* a finished game does not move */
    uint64_t h = world_hash(&g.world);
    assert_int_equal(play(&g, &s), OUT_TIMEOUT);
    assert_int_equal(world_hash(&g.world), h);
    assert_int_equal(g.history.nturns, 3);
    assert_int_equal(s.decide_calls, 3 * ACTOR_COUNT);
    game_free(&g);
}

/* ---- history ------------------------------------------------------------ */

static void test_history_holds_one_record_per_turn_with_the_world_hash(void **state)
{
    (void)state;
    Game g;
    start(&g, 11);
    Script s;
    script_init(&s);
    script_order(&s, US, "enforce_sanctions");
    script_order(&s, IRAN, "military_exercise");
    script_order(&s, ISRAEL, "israel_prepare");
    int orders = 0, news = 0;
    for (int t = 1; t <= 6 && g.world.outcome == OUT_NONE; t++) {
        play(&g, &s);
        assert_int_equal(g.history.nturns, t);
        assert_int_equal(g.world.turn, t);
        const TurnRecord *r = &g.history.turns[t - 1];
        assert_int_equal(r->hash, world_hash(&g.world));
        assert_memory_equal(r->v, g.world.v, sizeof r->v);
        assert_int_equal(r->first_order, orders);
        assert_int_equal(r->first_news, news);
        assert_true(r->norders == 3);
        for (int i = 0; i < r->nnews; i++)
            assert_int_equal(g.history.news[r->first_news + i].turn, t);
        orders += r->norders;
        news += r->nnews;
        assert_int_equal(g.history.norders, orders);
        assert_int_equal(g.history.nnews, news);
        if (t > 1)
            assert_true(r->hash != g.history.turns[t - 2].hash);
    }
    game_free(&g);
}

static void test_the_same_seed_and_orders_give_the_same_hashes(void **state)
{
    (void)state;
    Game a, b, c;
    start(&a, 5);
    start(&b, 5);
    start(&c, 6);
    Script s;
    script_init(&s);
    script_order(&s, US, "enforce_sanctions");
    script_order(&s, IRAN, "crackdown");
    int differ = 0;
    for (int t = 0; t < 5; t++) {
        play(&a, &s);
        play(&b, &s);
        play(&c, &s);
        assert_int_equal(world_hash(&a.world), world_hash(&b.world));
        differ += world_hash(&a.world) != world_hash(&c.world);
    }
    assert_int_equal(differ, 5);
    game_free(&a);
    game_free(&b);
    game_free(&c);
}

static void test_actor_streams_depend_on_seed_turn_and_actor(void **state)
{
    (void)state;
    Game g;
    start(&g, 5);
    Pcg32 us1, us1b, iran1, us2;
    game_actor_rng(&g, US, &us1);
    game_actor_rng(&g, US, &us1b);
    game_actor_rng(&g, IRAN, &iran1);
    g.world.turn = 1;
    game_actor_rng(&g, US, &us2);
    uint32_t x = pcg32_next(&us1);
    assert_int_equal(x, pcg32_next(&us1b));
    assert_true(x != pcg32_next(&iran1));
    assert_true(x != pcg32_next(&us2));
    game_free(&g);
}

/* What each actor may know: public values exactly, its own (and, for the
 * IRGC, the Iranian state's) exactly, others' only as estimates, and the
 * true grievance nobody at all. */
static void test_actors_see_public_and_own_values_and_estimate_the_rest(void **state)
{
    (void)state;
    Game g;
    start(&g, 9);
    assert_true(game_uncertainty(&g, US, V_ESCALATION) == 0);
    assert_true(game_uncertainty(&g, IRAN, V_ESCALATION) == 0);
    assert_true(game_uncertainty(&g, IRAN, V_STABILITY) == 0);
    assert_true(game_uncertainty(&g, IRGC, V_STABILITY) == 0);
    assert_true(game_uncertainty(&g, US, V_STABILITY) > 0);
    assert_true(game_uncertainty(&g, US, V_DAMAGE) > 0);
    assert_true(game_uncertainty(&g, US, V_US_RESOLVE) == 0);
    assert_true(game_uncertainty(&g, IRAN, V_US_RESOLVE) > 0);
    for (int a = 0; a < ACTOR_COUNT; a++)
        assert_true(game_uncertainty(&g, (Actor)a, V_GRIEVANCE) > 0);
    /* an estimate is the truth for what one sees, and scattered otherwise:
     * the same all turn long however often it is asked, another next turn
     * or for another seed */
    assert_true(game_estimate(&g, US, V_ESCALATION) == g.world.v[V_ESCALATION]);
    double first = game_estimate(&g, US, V_STABILITY);
    assert_true(game_estimate(&g, US, V_STABILITY) == first);
    int off = 0;
    for (int i = 0; i < 50; i++) {
        g.world.turn = i;
        g.seed = (uint64_t)i * 7 + 1;
        double e = game_estimate(&g, US, V_STABILITY);
        assert_true(e >= var_info[V_STABILITY].min && e <= var_info[V_STABILITY].max);
        off += e != g.world.v[V_STABILITY];
    }
    g.world.turn = 0;
    assert_true(off > 40);
    /* intelligence narrows the error */
    double before = game_uncertainty(&g, US, V_DAMAGE);
    g.world.intel[US][V_DAMAGE] = 0.5;
    assert_true(fabs(game_uncertainty(&g, US, V_DAMAGE) - before / 2) < 1e-9);
    game_free(&g);
}

/* Secret weapons work nobody has found shows in no outsider's estimate, not
 * even through the record of the work done (bomb_progress): the same draws
 * with and without the work give the same estimates, until it is found. */
static void test_secret_work_done_is_hidden_until_found(void **state)
{
    (void)state;
    Game g;
    start(&g, 9);
    g.world.v[V_DETECTED] = 0;
    int moved = 0;
    for (int i = 0; i < 50; i++) {
        g.world.turn = i;
        g.world.v[V_BOMB_PROGRESS] = 0;
        double none = game_estimate(&g, US, V_BOMB_PROGRESS);
        g.world.v[V_BOMB_PROGRESS] = 45;
        assert_true(game_estimate(&g, US, V_BOMB_PROGRESS) == none);
        assert_true(game_estimate(&g, ISRAEL, V_BOMB_PROGRESS) == game_estimate(&g, ISRAEL, V_BOMB_PROGRESS));
        assert_true(game_estimate(&g, IRAN, V_BOMB_PROGRESS) == 45);
        g.world.v[V_DETECTED] = 1;
        moved += game_estimate(&g, US, V_BOMB_PROGRESS) != none;
        g.world.v[V_DETECTED] = 0;
    }
    assert_true(moved > 40);
    game_free(&g);
}

/* Scripts and the loader find every variable by its name, and no other. */
static void test_every_variable_is_found_by_its_name(void **state)
{
    (void)state;
    for (int v = 0; v < VAR_COUNT; v++)
        assert_int_equal(var_find(var_info[v].name), v);
    assert_int_equal(var_find("escalatoin"), -1);
    assert_int_equal(var_find(""), -1);
    assert_int_equal(var_find("zzz"), -1);
}

#define T(f) cmocka_unit_test_setup(f, fresh_scenario)

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_variable_is_found_by_its_name),
        T(test_every_actor_decides_against_the_same_start_of_turn_world),
        T(test_secret_work_done_is_hidden_until_found),
        T(test_an_order_is_attributed_to_the_actor_that_gave_it),
        T(test_effects_are_applied_before_the_dynamics_and_transients_reset_next_turn),
        T(test_public_escalation_scores_move_the_ladder_in_the_same_turn),
        T(test_react_runs_after_the_dynamics_and_before_the_end_checks),
        T(test_invalid_orders_are_dropped_with_a_news_line_for_the_actor),
        T(test_an_order_for_an_action_outside_the_catalogue_is_dropped),
        T(test_outcome_war_at_the_war_rung),
        T(test_outcome_collapse_when_stability_falls_below_the_line),
        T(test_outcome_agreement_when_both_sign_with_enough_progress),
        T(test_outcome_agreement_when_both_sign_at_exactly_the_needed_progress),
        T(test_hardliners_can_sink_a_signed_text),
        T(test_outcome_timeout_at_the_last_turn),
        T(test_history_holds_one_record_per_turn_with_the_world_hash),
        T(test_the_same_seed_and_orders_give_the_same_hashes),
        T(test_actor_streams_depend_on_seed_turn_and_actor),
        T(test_actors_see_public_and_own_values_and_estimate_the_rest),
    };
    return cmocka_run_group_tests(tests, open_session, close_session);
}
