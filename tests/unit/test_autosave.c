/* Autosave keeps the last ten turns: autosave.json the newest, then
 * autosave-1.json .. autosave-9.json, each a whole save that loads. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "support.h"

static int saved_turn(const char *path)
{
    Error err = { 0 };
    Session *s = save_load(path, ".", NULL, &err);
    if (!s)
        fail_msg("%s does not load: %s", path, err.msg);
    int turn = s->game.world.turn;
    session_free(s);
    return turn;
}

static void test_autosave_keeps_the_last_ten_turns(void **state)
{
    (void)state;
    char dir[] = "/tmp/redline-autosave-XXXXXX";
    assert_non_null(mkdtemp(dir));
    Session *s = test_session("jan2026", 5);
    Error err;
    for (int t = 0; t < 12 && !session_over(s); t++) {
        session_step(s);
        assert_int_equal(save_autosave(s, dir, &err), 0);
    }
    int last = s->game.world.turn;
    session_free(s);
    char path[256];
    snprintf(path, sizeof path, "%s/autosave.json", dir);
    assert_int_equal(saved_turn(path), last);
    for (int age = 1; age < AUTOSAVES; age++) {
        snprintf(path, sizeof path, "%s/autosave-%d.json", dir, age);
        assert_int_equal(saved_turn(path), last - age);
    }
    snprintf(path, sizeof path, "%s/autosave-%d.json", dir, AUTOSAVES);
    assert_int_not_equal(access(path, F_OK), 0);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_autosave_keeps_the_last_ten_turns),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
