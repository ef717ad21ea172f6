/* The record printed a turn at a time (record_write) is the document
 * cJSON prints whole (game_to_json, record_to_json), byte for byte. */
#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../engine/report/report.h"

/* Whether record_write(kind) prints what cJSON prints of whole. */
static void assert_streamed_as_whole(const Session *s, RecordKind kind, cJSON *whole)
{
    char *expected = cJSON_Print(whole), *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    assert_non_null(out);
    assert_int_equal(record_write(s, kind, out), 0);
    assert_int_equal(fclose(out), 0);
    assert_string_equal(text, expected);
    free(text);
    cJSON_free(expected);
    cJSON_Delete(whole);
}

static void assert_both_kinds(const Session *s)
{
    assert_streamed_as_whole(s, RECORD_GAME, game_to_json(s));
    assert_streamed_as_whole(s, RECORD_FULL, record_to_json(s));
}

static void test_a_record_streamed_is_the_whole_document(void **state)
{
    (void)state;
    Session *s = test_session("jan2026", 3);
    assert_both_kinds(s);           /* before the first turn: an empty log */
    session_step(s);
    assert_both_kinds(s);           /* one turn */
    session_warn(s, "a warning with \"quotes\",\n a newline and a tab\t");
    snprintf(s->team[IRAN], sizeof s->team[IRAN], "Team \"Tehran\"\n");
    while (!session_over(s))
        session_step(s);
    assert_both_kinds(s);           /* the whole game, a warning and a team */
    session_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_record_streamed_is_the_whole_document),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
