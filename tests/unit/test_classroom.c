/* A class as a teacher runs it: three human roles and AI for the rest, a
 * facilitator who injects events, sets a variable with a reason and goes
 * back a turn; every intervention is logged, saved, replayed and reported. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "support.h"

static Session *open_class(void)
{
    SessionConfig cfg = { .root = ".", .scenario = "jan2026", .seed = 21 };
    cfg.human[US] = cfg.human[IRAN] = cfg.human[PROTESTERS] = true;
    Error err = { 0 };
    Session *s = session_open(&cfg, &err);
    if (!s)
        fail_msg("%s", err.msg);
    return s;
}

/* Each team gives one order a turn, when the rules allow it. */
static void order(Session *s, Actor a, const char *action)
{
    Error err;
    int i = catalogue_find(&s->catalogue, action);
    assert_true(i >= 0);
    bool allowed = !action_blocker(&s->game, s->game.world.v, a, i, 0);
    if (session_set_orders(s, a, &action, allowed ? 1 : 0, &err) != 0)
        fail_msg("%s", err.msg);
}

static void play_turn(Session *s)
{
    order(s, US, "condemn_killings");
    order(s, IRAN, "crackdown");
    order(s, PROTESTERS, "mass_protest");
    session_step(s);
}

static void test_facilitator_interventions_are_logged_and_change_the_world(void **state)
{
    (void)state;
    Session *s = open_class();
    Error err;
    play_turn(s);
    double flow = s->game.world.v[V_HORMUZ_FLOW];
    assert_int_equal(session_inject(s, 1, "to test the Gulf team", &err), 0);        /* tanker_seized */
    assert_true(s->game.world.v[V_HORMUZ_FLOW] < flow);
    play_turn(s);
    static const char *const effects[] = { "hope += 15", "fear -= 10" };
    assert_int_equal(session_inject_new(s, "A general strike is called in the bazaars.", effects, 2, "more pressure",
                                        &err), 0);
    assert_int_equal(session_set_var(s, "security_loyalty", 0.7, "as if a Guard unit had wavered", &err), 0);
    assert_true(s->game.world.v[V_LOYALTY] == 0.7);
    play_turn(s);
    assert_int_equal(s->game.history.ninterventions, 3);
    assert_int_equal(s->game.history.interventions[0].turn, 1);
    assert_int_equal(s->game.history.interventions[2].kind, IV_SET);
    /* the inject is news on the next turn */
    const TurnRecord *t2 = &s->game.history.turns[1];
    bool seen = false;
    for (int i = 0; i < t2->nnews; i++)
        seen |= strstr(s->game.history.news[t2->first_news + i].text, "seizes a tanker") != NULL;
    assert_true(seen);
    session_free(s);
}

static void test_bad_interventions_are_refused_and_change_nothing(void **state)
{
    (void)state;
    Session *s = open_class();
    Error err;
    uint64_t before = world_hash(&s->game.world);
    assert_int_not_equal(session_set_var(s, "rial_price", 10, "typo", &err), 0);
    assert_non_null(strstr(err.msg, "rial_price"));
    assert_int_not_equal(session_set_var(s, "protest", 99, "too many", &err), 0);
    assert_int_not_equal(session_set_var(s, "protest", 5, "", &err), 0);
    assert_non_null(strstr(err.msg, "why"));
    assert_int_not_equal(session_inject(s, 99, "none", &err), 0);
    static const char *const bad[] = { "protest ** 2" };
    assert_int_not_equal(session_inject_new(s, "x", bad, 1, "r", &err), 0);
    assert_int_not_equal(session_inject_new(s, "", NULL, 0, "r", &err), 0);
    assert_true(world_hash(&s->game.world) == before);
    assert_int_equal(s->game.history.ninterventions, 0);
    session_free(s);
}

static void test_a_class_game_saves_and_replays_with_its_interventions(void **state)
{
    (void)state;
    Session *s = open_class();
    Error err;
    play_turn(s);
    assert_int_equal(session_inject(s, 0, "the video reached us", &err), 0);
    play_turn(s);
    assert_int_equal(session_set_var(s, "oil_premium", 20, "markets panic", &err), 0);
    play_turn(s);
    char path[] = "/tmp/redline-class-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    assert_int_equal(save_write(s, path, &err), 0);
    Session *back = save_load(path, ".", NULL, &err);
    if (!back)
        fail_msg("%s", err.msg);
    assert_true(world_hash(&back->game.world) == world_hash(&s->game.world));
    assert_int_equal(back->game.history.ninterventions, 2);
    assert_string_equal(back->game.history.interventions[1].reason, "markets panic");
    /* the report shows them */
    char cmd[600];
    snprintf(cmd, sizeof cmd, "./redline report %s --out %s.d > /dev/null && grep -q 'markets panic' %s.d/report.html"
             " && grep -q 'the video reached us' %s.d/record.json", path, path, path, path);
    assert_int_equal(system(cmd), 0);
    snprintf(cmd, sizeof cmd, "rm -rf %s %s.d", path, path);
    assert_int_equal(system(cmd), 0);
    session_free(back);
    session_free(s);
}

static void test_rewind_goes_back_to_the_start_of_a_turn_and_is_logged(void **state)
{
    (void)state;
    Session *s = open_class();
    Error err;
    play_turn(s);
    assert_int_equal(session_inject(s, 2, "test", &err), 0);
    play_turn(s);
    uint64_t after_two = world_hash(&s->game.world);
    play_turn(s);
    play_turn(s);
    Session *back = save_rewind(s, 3, &err);
    if (!back)
        fail_msg("%s", err.msg);
    assert_int_equal(back->game.world.turn, 2);
    assert_int_equal(back->game.history.nturns, 2);
    assert_int_equal(back->game.history.ninterventions, 2);
    assert_int_equal(back->game.history.interventions[1].kind, IV_REWIND);
    assert_true(back->human[US] && back->human[IRAN] && back->human[PROTESTERS]);
    (void)after_two;
    assert_true(back->game.history.turns[1].hash == s->game.history.turns[1].hash);
    assert_null(save_rewind(s, 9, &err));
    play_turn(back);
    assert_int_equal(back->game.world.turn, 3);
    session_free(back);
    session_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_facilitator_interventions_are_logged_and_change_the_world),
        cmocka_unit_test(test_bad_interventions_are_refused_and_change_nothing),
        cmocka_unit_test(test_a_class_game_saves_and_replays_with_its_interventions),
        cmocka_unit_test(test_rewind_goes_back_to_the_start_of_a_turn_and_is_logged),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
