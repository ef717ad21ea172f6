/* The model's invariants (docs/model.md, "Invariants"): properties every
 * game must have, whatever anyone plays. Checked week by week over
 * thousands of games in every scenario, with random legal strategies on the
 * US against the built-in Iran, on Iran against the built-in US, and on
 * every actor at once, with a random player that signs whatever is ready
 * against the built-in other side, and with the built-in actors alone (so
 * that deals are checked too). */
#include <math.h>
#include <string.h>

#include "../unit/support.h"

#define GAMES 150   /* per scenario and set-up */
#define RANDOM_LEGAL "scripts/strategies/any/random_legal.lua"
#define RANDOM_SIGNER "tests/facts/strategies/random_signer.lua"

static const char *const scenarios[] = { "jan2026", "letter2025", "hammer2025", "tutorial" };

typedef struct Tally {
    int games, agreements, struck_weeks, weapon_work_games, relief_deals;
} Tally;

static bool ordered(const Session *s, int turn, const char *action)
{
    const TurnRecord *t = &s->game.history.turns[turn - 1];
    for (int i = 0; i < t->norders; i++)
        if (strcmp(s->catalogue.actions[s->game.history.orders[t->first_order + i].action].id, action) == 0)
            return true;
    return false;
}

static const double *week(const Session *s, int turn)
{
    return turn == 0 ? s->scenario.initial : s->game.history.turns[turn - 1].v;
}

/* No deal is concluded in a week of strikes, or with the ladder near war. */
static void check_agreement(const Session *s)
{
    static const char *const strikes[] = { "strike_nuclear", "strike_campaign", "israel_strike", "strike_us_bases",
                                           "strike_israel", "proxy_attack_us", NULL };
    int last = s->game.history.nturns;
    const double *end = week(s, last), *before = week(s, last - 1);
    assert_true(end[V_T_STRUCK] <= 0 && end[V_T_US_HIT] <= 0);
    for (int k = 0; strikes[k]; k++)
        assert_false(ordered(s, last, strikes[k]));
    /* the week's moves came on top of a ladder below the signing line, or
     * could not have lifted it there */
    assert_true(before[V_ESCALATION] < s->scenario.params[P_SIGN_ESCALATION] + 1);
    assert_true(end[V_DEAL_VALUE] > 0 && end[V_TALKS] >= 3);
}

/* Secret work done is never undone: the record never goes down, counts
 * each week's work (a covert_work order, or a rise in covert progress
 * however it came) whatever a strike takes back the same week, and is
 * everything once a weapon is declared. */
static void check_bomb_progress(const Session *s, int t)
{
    const double *now = week(s, t), *before = week(s, t - 1);
    double rate = ordered(s, t, "covert_work") ? s->scenario.params[P_COVERT_RATE] : 0;
    double work = fmax(now[V_COVERT] - before[V_COVERT], rate);
    assert_true(now[V_BOMB_PROGRESS] >= fmin(before[V_BOMB_PROGRESS] + work, 100) - 1e-9);
    if (now[V_WEAPON] >= 1)
        assert_true(now[V_BOMB_PROGRESS] >= 100 - 1e-9);
}

/* The records of a highest or lowest hold the week as it ended, events
 * included (issue 16's audit: a tanker seized after the dynamics tipped
 * jan2026 into war with the highest rung recorded at 9.4, so "No regional
 * war" still scored). */
static void check_records(const Session *s, int t)
{
    const double *now = week(s, t);
    assert_true(now[V_ESCALATION_PEAK] >= now[V_ESCALATION] - 1e-9);
    assert_true(now[V_STABILITY_LOW] <= now[V_STABILITY] + 1e-9);
}

/* Once Iran is struck in the game, its deterrence record is the lowest its
 * deterrence fell to since, so displays after the bombs cannot undo them;
 * never struck, it is its deterrence as it stands. */
static void check_deterrence_low(const Session *s, int t)
{
    const double *now = week(s, t), *before = week(s, t - 1), *start = s->scenario.initial;
    if (before[V_STRIKES_ON_IRAN] > start[V_STRIKES_ON_IRAN]) {
        assert_true(now[V_DETERRENCE_LOW] <= before[V_DETERRENCE_LOW] + 1e-9);
        assert_true(now[V_DETERRENCE_LOW] <= now[V_DETERRENCE] + 1e-9);
    } else {
        assert_true(fabs(now[V_DETERRENCE_LOW] - now[V_DETERRENCE]) < 1e-9);
    }
}

/* Deterrence can rise no more than the week's own displays allow, and falls
 * by deterrence_damage for every point of strike damage taken. */
static void check_deterrence(const Session *s, int t)
{
    const double *now = week(s, t), *before = week(s, t - 1), *p = s->scenario.params;
    const TurnRecord *r = &s->game.history.turns[t - 1];
    double gains = 0;
    for (int i = 0; i < r->norders; i++) {
        const Action *act = &s->catalogue.actions[s->game.history.orders[r->first_order + i].action];
        for (int e = 0; e < act->neff; e++)
            if (act->eff[e].var == V_DETERRENCE) {
                if (act->eff[e].op == EFF_SET)
                    return;     /* a declared weapon: deterrence is set outright */
                if (act->eff[e].op == EFF_ADD && act->eff[e].value > 0)
                    gains += act->eff[e].value;
            }
    }
    double x = fmin(before[V_DETERRENCE] + gains, 100);
    x += (s->scenario.initial[V_DETERRENCE] - x) * p[P_STANDING_DRIFT];
    x -= p[P_DETERRENCE_DAMAGE] * fmax(now[V_DAMAGE] - before[V_DAMAGE], 0);
    assert_true(now[V_DETERRENCE] <= fmax(x, 0) + 1e-6);
}

/* How the game ended agrees with the state it ended in, every actor is
 * scored, and every part of every score is between 0 and 100. */
static void check_ending(const Session *s)
{
    const double *v = s->game.world.v, *p = s->scenario.params;
    switch (s->game.world.outcome) {
    case OUT_WAR: assert_true(v[V_ESCALATION] >= p[P_ESC_WAR] && v[V_ESCALATION_PEAK] >= p[P_ESC_WAR]); break;
    case OUT_BREAKOUT: assert_true(v[V_WEAPON] >= 1 && v[V_BOMB_PROGRESS] >= 100); break;
    case OUT_COLLAPSE: assert_true(v[V_STABILITY] < p[P_COLLAPSE_STABILITY]); break;
    case OUT_AGREEMENT: check_agreement(s); break;
    default: assert_true(v[V_DEAL_VALUE] <= 0); break;
    }
    for (int a = 0; a < ACTOR_COUNT; a++) {
        /* every actor is scored: a class may hand any of them to a team */
        assert_true(s->scenario.nobjectives[a] > 0);
        double parts[MAX_OBJECTIVES];
        double total = game_score(&s->game, (Actor)a, parts);
        assert_true(total >= 0 && total <= 100);
        for (int i = 0; i < s->scenario.nobjectives[a]; i++)
            assert_true(parts[i] >= 0 && parts[i] <= 100);
    }
}

/* A deal with relief on the table lifts the sanctions; "no bomb" falls with
 * every point of weapons work. */
static void check_objectives(const Session *s, Tally *y)
{
    const double *v = s->game.world.v;
    int last = s->game.history.nturns;
    if (s->game.world.outcome == OUT_AGREEMENT && week(s, last - 1)[V_RELIEF] > 0) {
        double lifted = fmax(week(s, last - 1)[V_SANCTIONS] - s->scenario.params[P_DEAL_RELIEF], 0);
        assert_true(v[V_SANCTIONS] <= lifted + 1 + 1e-9);   /* +1: a snapback or a tightening that same week */
        y->relief_deals++;
    }
    bool worked = false;
    for (int t = 1; t <= last; t++)
        worked |= ordered(s, t, "covert_work");
    y->weapon_work_games += worked;
    for (int a = 0; a < ACTOR_COUNT; a++) {
        double parts[MAX_OBJECTIVES];
        game_score(&s->game, a, parts);
        for (int i = 0; i < s->scenario.nobjectives[a]; i++) {
            const Objective *o = &s->scenario.objectives[a][i];
            if (o->var != V_BOMB_PROGRESS)
                continue;
            double expected = 100 * fmin(fmax((v[V_BOMB_PROGRESS] - o->worst) / (o->best - o->worst), 0), 1);
            assert_true(fabs(parts[i] - expected) < 1e-6);
            /* the shipped scenarios count any secret work against "no secret work" */
            assert_true(o->best <= 0);
            if (worked)
                assert_true(parts[i] < 100);
        }
    }
}

enum { RANDOM_US, RANDOM_IRAN, RANDOM_ALL, SIGNER_US, SIGNER_IRAN, BUILT_IN, SETUPS };

static void play_scenario(const char *scenario, int setup, Tally *y)
{
    SessionConfig cfg = { .root = ".", .scenario = scenario, .seed = 1 };
    for (int a = 0; a < ACTOR_COUNT; a++)
        if (setup == RANDOM_ALL || (setup == RANDOM_US && a == US) || (setup == RANDOM_IRAN && a == IRAN))
            cfg.script[a] = RANDOM_LEGAL;
        else if ((setup == SIGNER_US && a == US) || (setup == SIGNER_IRAN && a == IRAN))
            cfg.script[a] = RANDOM_SIGNER;
    Error err = { 0 };
    Session *s = session_open(&cfg, &err);
    if (!s)
        fail_msg("%s", err.msg);
    for (uint64_t seed = 1; seed <= GAMES; seed++) {
        session_restart(s, seed + 100000 * (uint64_t)setup);
        while (!session_over(s))
            session_step(s);
        for (int t = 1; t <= s->game.history.nturns; t++) {
            check_bomb_progress(s, t);
            check_deterrence(s, t);
            check_deterrence_low(s, t);
            check_records(s, t);
            y->struck_weeks += week(s, t)[V_DAMAGE] > week(s, t - 1)[V_DAMAGE];
        }
        check_ending(s);
        check_objectives(s, y);
        y->games++;
        y->agreements += s->game.world.outcome == OUT_AGREEMENT;
    }
    session_free(s);
}

static void invariants_hold_in_random_games(void **state)
{
    (void)state;
    Tally y = { 0 };
    for (int i = 0; i < 4; i++)
        for (int setup = RANDOM_US; setup < SETUPS; setup++)
            play_scenario(scenarios[i], setup, &y);
    print_message("%d games: %d agreements (%d with relief), %d weeks of strike damage, %d games with weapons work\n",
                  y.games, y.agreements, y.relief_deals, y.struck_weeks, y.weapon_work_games);
    /* the checks must have had something to check */
    assert_true(y.games >= 3600);
    assert_true(y.agreements >= 100 && y.relief_deals >= 50);
    assert_true(y.struck_weeks > 100);
    assert_true(y.weapon_work_games > 100);
}

/* The talks bug of issue 16: the free back-channel, ordered with a full
 * engagement the same week, must not pull the talks back to the back-channel. */
static void backchannel_does_not_undo_direct_talks(void **state)
{
    (void)state;
    SessionConfig cfg = { .root = ".", .scenario = "tutorial", .seed = 3 };
    cfg.human[US] = cfg.human[IRAN] = true;
    Error err = { 0 };
    Session *both = session_open(&cfg, &err), *full = session_open(&cfg, &err);
    assert_non_null(both);
    assert_non_null(full);
    const char *iran_both[] = { "accept_talks", "iran_backchannel" }, *iran_full[] = { "accept_talks" };
    const char *us_both[] = { "direct_talks", "us_backchannel" }, *us_full[] = { "direct_talks" };
    assert_int_equal(session_set_orders(both, US, us_both, 2, &err), 0);
    assert_int_equal(session_set_orders(both, IRAN, iran_both, 2, &err), 0);
    assert_int_equal(session_set_orders(full, US, us_full, 1, &err), 0);
    assert_int_equal(session_set_orders(full, IRAN, iran_full, 1, &err), 0);
    session_step(both);
    session_step(full);
    assert_true(both->game.world.v[V_TALKS] >= 2);
    assert_true(fabs(both->game.world.v[V_TALKS_PROGRESS] - full->game.world.v[V_TALKS_PROGRESS]) < 1e-9);
    session_free(both);
    session_free(full);
}

/* Both sides sign a ready text; in one game Israel strikes that same week. */
static Outcome sign_while(bool bombing, uint64_t seed)
{
    SessionConfig cfg = { .root = ".", .scenario = "tutorial", .seed = seed };
    cfg.human[US] = cfg.human[IRAN] = cfg.human[ISRAEL] = true;
    Error err = { 0 };
    Session *s = session_open(&cfg, &err);
    assert_non_null(s);
    s->game.world.v[V_TALKS] = 2;
    s->game.world.v[V_TALKS_PROGRESS] = 95;
    s->game.world.v[V_ISRAEL_READY] = 80;
    s->scenario.params[P_RATIFY_HARDLINE] = s->scenario.params[P_RATIFY_HAWKS] = s->scenario.params[P_RATIFY_THIN] = 0;
    const char *us[] = { "us_sign" }, *iran[] = { "iran_sign" }, *israel[] = { "israel_strike" };
    assert_int_equal(session_set_orders(s, US, us, 1, &err), 0);
    assert_int_equal(session_set_orders(s, IRAN, iran, 1, &err), 0);
    assert_int_equal(session_set_orders(s, ISRAEL, israel, bombing ? 1 : 0, &err), 0);
    Outcome o = session_step(s);
    session_free(s);
    return o;
}

static void no_deal_while_the_bombs_fall(void **state)
{
    (void)state;
    for (uint64_t seed = 1; seed <= 20; seed++) {
        assert_int_equal(sign_while(false, seed), OUT_AGREEMENT);
        assert_int_not_equal(sign_while(true, seed), OUT_AGREEMENT);
    }
}

/* A parade shows only the arsenal there is (display_room): with the built-in
 * actors on every side, "deterrence kept" is not handed to Iran in most
 * games of any scenario. With displays free to lift deterrence 60 points
 * above the scenario's level (the top of display_room's range) it is full
 * in two games of three in letter2025. */
static void deterrence_is_not_given(void **state)
{
    (void)state;
    for (int i = 0; i < 4; i++) {
        SessionConfig cfg = { .root = ".", .scenario = scenarios[i], .seed = 1 };
        Error err = { 0 };
        Session *s = session_open(&cfg, &err);
        if (!s)
            fail_msg("%s", err.msg);
        int k = 0, full = 0;
        while (k < s->scenario.nobjectives[IRAN] && strcmp(s->scenario.objectives[IRAN][k].id, "deterrence") != 0)
            k++;
        assert_true(k < s->scenario.nobjectives[IRAN]);
        for (uint64_t seed = 1; seed <= GAMES; seed++) {
            session_restart(s, seed);
            while (!session_over(s))
                session_step(s);
            double parts[MAX_OBJECTIVES];
            game_score(&s->game, IRAN, parts);
            full += parts[k] >= 100 - 1e-9;
        }
        print_message("%s: deterrence kept in full in %d of %d games\n", scenarios[i], full, GAMES);
        assert_true(full < GAMES / 2);
        session_free(s);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(invariants_hold_in_random_games),
        cmocka_unit_test(no_deal_while_the_bombs_fall),
        cmocka_unit_test(backchannel_does_not_undo_direct_talks),
        cmocka_unit_test(deterrence_is_not_given),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
