/* Sessions: a broken actor script costs its actor the turn, never the game;
 * views are read-only; the same seed plays the same game. The scripts are
 * under tests/data/actors/. */
#include <stdio.h>
#include <string.h>

#include "support.h"
#include "../../engine/script/lua_view.h"

#define ACTORS "tests/data/actors/"

static Session *open_with(Actor a, const char *script, int turns, uint64_t seed)
{
    SessionConfig cfg = { .root = ".", .scenario = "jan2026", .seed = seed, .turns = turns };
    cfg.script[a] = script;
    Error err = { 0 };
    Session *s = session_open(&cfg, &err);
    if (!s)
        fail_msg("cannot open jan2026 with %s: %s", script, err.msg);
    return s;
}

static void play_out(Session *s)
{
    int guard = 0;
    while (!session_over(s)) {
        session_step(s);
        if (++guard > 300)
            fail_msg("the game does not end");
    }
}

static int orders_by(const Session *s, Actor a, int from_turn)
{
    int n = 0;
    const History *h = &s->game.history;
    for (int t = from_turn - 1; t < h->nturns; t++)
        for (int i = 0; i < h->turns[t].norders; i++)
            n += h->orders[h->turns[t].first_order + i].actor == a;
    return n;
}

static int news_count(const Session *s, const char *needle)
{
    int n = 0;
    for (int i = 0; i < s->game.history.nnews; i++)
        n += strstr(s->game.history.news[i].text, needle) != NULL;
    return n;
}

/* The US is played by `script`, which fails every turn with `expected` in
 * the message: the US passes each turn, a warning names the script, the
 * others go on acting and the game reaches an outcome. */
static Session *check_failing_us(const char *script, int turns, const char *expected)
{
    Session *s = open_with(US, script, turns, 7);
    play_out(s);
    const Game *g = &s->game;
    assert_true(g->world.outcome != OUT_NONE);
    assert_true(g->world.turn >= 1);
    if (turns)
        assert_true(g->world.turn <= turns);
    assert_int_equal(orders_by(s, US, 1), 0);
    assert_true(orders_by(s, IRAN, 1) + orders_by(s, PROTESTERS, 1) + orders_by(s, ISRAEL, 1) > 0);
    if (g->world.turn >= 2)     /* still acting after the first failure */
        assert_true(orders_by(s, IRAN, 2) + orders_by(s, PROTESTERS, 2) + orders_by(s, ISRAEL, 2) > 0);
    int played = g->world.turn;
    assert_int_equal(s->nwarnings, played < MAX_WARNINGS ? played : MAX_WARNINGS);
    for (int i = 0; i < s->nwarnings; i++) {
        if (!strstr(s->warnings[i], script) || !strstr(s->warnings[i], "(actor us)"))
            fail_msg("warning %d does not name the script and actor: %s", i, s->warnings[i]);
        if (!strstr(s->warnings[i], expected))
            fail_msg("warning %d: expected \"%s\" in: %s", i, expected, s->warnings[i]);
    }
    assert_int_equal(news_count(s, "United States passes this turn: its script failed."), played);
    return s;
}

static void test_script_error_costs_the_actor_the_turn_not_the_game(void **state)
{
    (void)state;
    Session *s = check_failing_us(ACTORS "bad_error.lua", 0, "deliberate failure in decide");
    assert_non_null(strstr(s->warnings[0], ACTORS "bad_error.lua:4:"));
    session_free(s);
}

static void test_endless_loop_in_decide_is_stopped_and_the_game_goes_on(void **state)
{
    (void)state;
    session_free(check_failing_us(ACTORS "bad_loop.lua", 4, "instruction budget"));
}

static void test_memory_eater_in_decide_is_stopped_and_the_game_goes_on(void **state)
{
    (void)state;
    Session *s = check_failing_us(ACTORS "bad_memory.lua", 3, "memory");
    assert_true(s->sb->used < s->sb->cap / 2);      /* what it took was given back */
    session_free(s);
}

static void test_decide_returning_no_list_is_a_failure(void **state)
{
    (void)state;
    session_free(check_failing_us(ACTORS "bad_return.lua", 3, "expected a list of orders"));
}

static void test_decide_ordering_an_unknown_action_is_a_failure(void **state)
{
    (void)state;
    session_free(check_failing_us(ACTORS "bad_action.lua", 3, "unknown action 'launch_the_moon'"));
}

/* ---- read-only views ---------------------------------------------------- */

static void check_view_write_refused(const char *script, const char *expected)
{
    Session *bad = check_failing_us(script, 4, expected);
    /* the write did not land: the world moves exactly as with a passive US */
    Session *ok = open_with(US, ACTORS "passive.lua", 4, 7);
    play_out(ok);
    assert_int_equal(ok->nwarnings, 0);
    assert_int_equal(bad->game.history.nturns, ok->game.history.nturns);
    for (int t = 0; t < ok->game.history.nturns; t++)
        assert_int_equal(bad->game.history.turns[t].hash, ok->game.history.turns[t].hash);
    session_free(bad);
    session_free(ok);
}

static void test_a_view_is_read_only(void **state)
{
    (void)state;
    check_view_write_refused(ACTORS "writes_view.lua", "read-only");
}

static void test_a_views_nested_tables_are_read_only(void **state)
{
    (void)state;
    check_view_write_refused(ACTORS "writes_view_nested.lua", "read-only");
}

static void test_a_views_metatable_cannot_be_replaced(void **state)
{
    (void)state;
    check_view_write_refused(ACTORS "view_setmetatable.lua", "setmetatable");
}

/* ---- scripts that cannot be loaded -------------------------------------- */

static void test_script_failing_at_load_is_refused_with_file_and_line(void **state)
{
    (void)state;
    SessionConfig cfg = { .root = ".", .scenario = "jan2026", .seed = 1 };
    cfg.script[IRAN] = ACTORS "bad_load.lua";
    Error err = { 0 };
    assert_null(session_open(&cfg, &err));
    assert_int_equal(err.code, ERR_DATA);
    if (!strstr(err.msg, ACTORS "bad_load.lua:3:"))
        fail_msg("expected file:line in: %s", err.msg);

    cfg.script[IRAN] = ACTORS "no_decide.lua";
    assert_null(session_open(&cfg, &err));
    assert_int_equal(err.code, ERR_DATA);
    assert_non_null(strstr(err.msg, "no_decide.lua"));
    assert_non_null(strstr(err.msg, "decide"));

    cfg.script[IRAN] = ACTORS "no_such_script.lua";
    assert_null(session_open(&cfg, &err));
    assert_int_equal(err.code, ERR_DATA);
    assert_non_null(strstr(err.msg, "no_such_script.lua"));
}

static void test_unknown_or_malformed_scenario_id_is_refused(void **state)
{
    (void)state;
    static const char *const ids[] = { "nosuch", "../scenarios/jan2026", "JAN2026", "" };
    for (size_t i = 0; i < sizeof ids / sizeof *ids; i++) {
        SessionConfig cfg = { .root = ".", .scenario = ids[i], .seed = 1 };
        Error err = { 0 };
        Session *s = session_open(&cfg, &err);
        if (s)
            fail_msg("scenario id '%s' was accepted", ids[i]);
        assert_true(err.code == ERR_USAGE || err.code == ERR_DATA);
        assert_true(err.msg[0] != '\0');
    }
}

/* ---- human orders ------------------------------------------------------- */

static void test_human_orders_are_checked_and_played(void **state)
{
    (void)state;
    SessionConfig cfg = { .root = ".", .scenario = "jan2026", .seed = 3, .turns = 3 };
    cfg.human[US] = true;
    Error err = { 0 };
    Session *s = session_open(&cfg, &err);
    assert_non_null(s);
    const char *good[] = { "tighten_sanctions", "condemn_killings" };
    assert_int_equal(session_set_orders(s, US, good, 2, &err), 0);
    const char *unknown[] = { "launch_the_moon" };
    assert_int_equal(session_set_orders(s, US, unknown, 1, &err), -1);
    assert_int_equal(err.code, ERR_USAGE);
    assert_non_null(strstr(err.msg, "launch_the_moon"));
    const char *not_ours[] = { "crackdown" };
    assert_int_equal(session_set_orders(s, US, not_ours, 1, &err), -1);
    const char *too_many[] = { "condemn_killings", "condemn_killings", "condemn_killings", "condemn_killings",
                               "condemn_killings" };
    assert_int_equal(session_set_orders(s, US, too_many, 5, &err), -1);
    /* the refused calls did not replace the good orders */
    double sanctions = s->game.world.v[V_SANCTIONS];
    session_step(s);
    assert_int_equal(orders_by(s, US, 1), 2);
    assert_true(s->game.world.v[V_SANCTIONS] == sanctions + 1);
    /* orders are for one turn: the next turn the human has given none */
    session_step(s);
    assert_int_equal(orders_by(s, US, 2), 0);
    assert_int_equal(s->nwarnings, 0);
    session_free(s);
}

/* What view.last shows actor a: the actor named for action id, or "" if none. */
static const char *last_move(Session *s, Actor a, const char *id)
{
    static char who[ID_LEN];
    lua_State *L = s->sb->L;
    view_push(s->sb, a);
    lua_getfield(L, -1, "last");
    lua_getfield(L, -1, id);
    snprintf(who, sizeof who, "%s", lua_isstring(L, -1) ? lua_tostring(L, -1) : "");
    lua_pop(L, 3);
    return who;
}

/* view.last shows last turn's public moves to everyone, and a secret move
 * only to the actor who made it, whether read by name or walked with pairs. */
static void test_last_turns_secret_moves_are_seen_only_by_who_made_them(void **state)
{
    (void)state;
    SessionConfig cfg = { .root = ".", .scenario = "jan2026", .seed = 3, .turns = 3 };
    cfg.human[US] = true;
    cfg.script[IRAN] = ACTORS "last_pairs.lua";
    Error err = { 0 };
    Session *s = session_open(&cfg, &err);
    assert_non_null(s);
    const char *orders[] = { "us_intel", "tighten_sanctions" };
    assert_int_equal(session_set_orders(s, US, orders, 2, &err), 0);
    session_step(s);
    s->sb->game = &s->game;
    view_begin(s->sb, &s->game);
    assert_string_equal(last_move(s, US, "tighten_sanctions"), "us");
    assert_string_equal(last_move(s, US, "us_intel"), "us");
    assert_string_equal(last_move(s, IRAN, "tighten_sanctions"), "us");
    assert_string_equal(last_move(s, IRAN, "us_intel"), "");
    assert_string_equal(last_move(s, ISRAEL, "us_intel"), "");
    s->sb->game = NULL;
    session_step(s);    /* Iran's script walks view.last with pairs */
    if (s->nwarnings)
        fail_msg("%s", s->warnings[0]);
    session_free(s);
}

/* ---- determinism -------------------------------------------------------- */

static void test_same_seed_gives_the_same_hash_after_every_turn(void **state)
{
    (void)state;
    Session *a = test_session("jan2026", 7), *b = test_session("jan2026", 7);
    while (!session_over(a)) {
        session_step(a);
        session_step(b);
        assert_int_equal(world_hash(&a->game.world), world_hash(&b->game.world));
    }
    assert_true(session_over(b));
    assert_int_equal(a->game.history.nnews, b->game.history.nnews);
    for (int i = 0; i < a->game.history.nnews; i++)
        assert_string_equal(a->game.history.news[i].text, b->game.history.news[i].text);
    assert_int_equal(a->game.history.norders, b->game.history.norders);
    assert_memory_equal(a->game.history.orders, b->game.history.orders,
                        (size_t)a->game.history.norders * sizeof(Order));
    session_free(a);
    session_free(b);
}

static void test_different_seeds_give_different_games(void **state)
{
    (void)state;
    Session *a = test_session("jan2026", 7), *b = test_session("jan2026", 8);
    session_step(a);
    session_step(b);
    assert_true(world_hash(&a->game.world) != world_hash(&b->game.world));
    play_out(a);
    play_out(b);
    assert_true(world_hash(&a->game.world) != world_hash(&b->game.world));
    session_free(a);
    session_free(b);
}

/* Both scenarios, several seeds: a whole game twice, turn by turn. */
static void test_whole_games_are_deterministic_for_both_scenarios(void **state)
{
    (void)state;
    static const char *const scenarios[] = { "jan2026", "letter2025" };
    for (size_t i = 0; i < 2; i++)
        for (uint64_t seed = 1; seed <= 3; seed++) {
            Session *a = test_session(scenarios[i], seed), *b = test_session(scenarios[i], seed);
            play_out(a);
            play_out(b);
            assert_int_equal(a->game.history.nturns, b->game.history.nturns);
            for (int t = 0; t < a->game.history.nturns; t++)
                if (a->game.history.turns[t].hash != b->game.history.turns[t].hash)
                    fail_msg("%s seed %d: the games part on turn %d", scenarios[i], (int)seed, t + 1);
            assert_int_equal(a->nwarnings, 0);
            session_free(a);
            session_free(b);
        }
}

static void test_restart_plays_the_same_game_as_a_fresh_session(void **state)
{
    (void)state;
    Session *reused = test_session("jan2026", 3);
    play_out(reused);
    session_restart(reused, 7);
    Session *fresh = test_session("jan2026", 7);
    play_out(reused);
    play_out(fresh);
    assert_int_equal(reused->game.history.nturns, fresh->game.history.nturns);
    assert_int_equal(world_hash(&reused->game.world), world_hash(&fresh->game.world));
    session_free(reused);
    session_free(fresh);
}

/* A batch game keeps a lean record (no news lines, no per-turn hashes): it
 * must still be the same game, turn by turn, as one that keeps everything. */
static void test_a_lean_game_is_the_same_game_without_news_or_hashes(void **state)
{
    (void)state;
    Session *full = test_session("jan2026", 5), *lean = test_session("jan2026", 5);
    lean->game.lean = true;
    play_out(full);
    play_out(lean);
    const History *f = &full->game.history, *l = &lean->game.history;
    assert_int_equal(l->nturns, f->nturns);
    assert_int_equal(l->norders, f->norders);
    assert_memory_equal(l->orders, f->orders, (size_t)f->norders * sizeof *f->orders);
    for (int t = 0; t < f->nturns; t++) {
        assert_memory_equal(l->turns[t].v, f->turns[t].v, sizeof f->turns[t].v);
        assert_int_equal(l->turns[t].hash, 0);
        assert_int_equal(l->turns[t].nnews, 0);
    }
    assert_true(f->nnews > 0);
    assert_int_equal(l->nnews, 0);
    assert_int_equal(world_hash(&lean->game.world), world_hash(&full->game.world));
    session_free(full);
    session_free(lean);
}

/* A game of script as the US played after a restart (which must load the
 * scripts again) is the game a fresh session plays with the same seed. */
static void assert_restart_plays_as_fresh(const char *script, int turns)
{
    Session *reused = open_with(US, script, turns, 3);
    play_out(reused);
    int loads = reused->loads;
    session_restart(reused, 7);
    assert_int_equal(reused->loads, loads + 1);
    Session *fresh = open_with(US, script, turns, 7);
    play_out(reused);
    play_out(fresh);
    assert_int_equal(reused->game.history.nturns, fresh->game.history.nturns);
    for (int t = 0; t < fresh->game.history.nturns; t++)
        if (reused->game.history.turns[t].hash != fresh->game.history.turns[t].hash)
            fail_msg("%s: after session_restart the game parts from a fresh one on turn %d", script, t + 1);
    session_free(reused);
    session_free(fresh);
}

/* A script may keep state in its own upvalues (stateful.lua counts its
 * weeks). A restarted session must not carry that state into the next game,
 * or batch results depend on the games played before: it loads the scripts
 * again. */
static void test_restart_forgets_what_scripts_remembered_from_the_last_game(void **state)
{
    (void)state;
    assert_restart_plays_as_fresh(ACTORS "stateful.lua", 10);
}

/* The same with memory kept inside an ai actor's own rule table: the engine
 * no longer holds the rules once loaded, but the script does. */
static void test_restart_forgets_what_an_ai_actor_kept_in_its_rules(void **state)
{
    (void)state;
    Session *reused = open_with(US, ACTORS "rule_memory.lua", 10, 3);
    play_out(reused);
    assert_true(orders_by(reused, US, 5) > 0);
    int loads = reused->loads;
    session_restart(reused, 3);
    assert_int_equal(reused->loads, loads + 1);
    play_out(reused);
    assert_int_equal(orders_by(reused, US, 1) - orders_by(reused, US, 5), 0);
    session_free(reused);
}

/* The same with memory kept in the place of a string iterator, a userdata
 * of the engine's: its bytes are compared too. */
static void test_restart_forgets_where_a_kept_iterator_was(void **state)
{
    (void)state;
    assert_restart_plays_as_fresh(ACTORS "iterator_memory.lua", 3);
}

/* The game's own actors and events remember nothing between games, so a
 * batch starts each game without loading them again. */
static void test_restart_keeps_scripts_that_remember_nothing(void **state)
{
    (void)state;
    static const char *const scenarios[] = { "jan2026", "letter2025", "hammer2025", "tutorial" };
    for (size_t i = 0; i < sizeof scenarios / sizeof *scenarios; i++) {
        Session *s = test_session(scenarios[i], 3);
        play_out(s);
        int loads = s->loads;
        session_restart(s, 4);
        if (s->loads != loads)
            fail_msg("%s: a game changed what the scripts remember", scenarios[i]);
        session_free(s);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_script_error_costs_the_actor_the_turn_not_the_game),
        cmocka_unit_test(test_endless_loop_in_decide_is_stopped_and_the_game_goes_on),
        cmocka_unit_test(test_memory_eater_in_decide_is_stopped_and_the_game_goes_on),
        cmocka_unit_test(test_decide_returning_no_list_is_a_failure),
        cmocka_unit_test(test_decide_ordering_an_unknown_action_is_a_failure),
        cmocka_unit_test(test_a_view_is_read_only),
        cmocka_unit_test(test_a_views_nested_tables_are_read_only),
        cmocka_unit_test(test_a_views_metatable_cannot_be_replaced),
        cmocka_unit_test(test_script_failing_at_load_is_refused_with_file_and_line),
        cmocka_unit_test(test_unknown_or_malformed_scenario_id_is_refused),
        cmocka_unit_test(test_human_orders_are_checked_and_played),
        cmocka_unit_test(test_last_turns_secret_moves_are_seen_only_by_who_made_them),
        cmocka_unit_test(test_same_seed_gives_the_same_hash_after_every_turn),
        cmocka_unit_test(test_different_seeds_give_different_games),
        cmocka_unit_test(test_whole_games_are_deterministic_for_both_scenarios),
        cmocka_unit_test(test_restart_plays_the_same_game_as_a_fresh_session),
        cmocka_unit_test(test_a_lean_game_is_the_same_game_without_news_or_hashes),
        cmocka_unit_test(test_restart_forgets_what_scripts_remembered_from_the_last_game),
        cmocka_unit_test(test_restart_forgets_what_an_ai_actor_kept_in_its_rules),
        cmocka_unit_test(test_restart_forgets_where_a_kept_iterator_was),
        cmocka_unit_test(test_restart_keeps_scripts_that_remember_nothing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
