/* Save files: a round trip plays on exactly as the unbroken game; damaged,
 * edited, foreign and forged saves are refused with ERR_DATA and a message;
 * the file is written atomically. */
#include <cjson/cJSON.h>
#include <dirent.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "support.h"

static char dir[64];
static char path[128];      /* dir/game.json */

static int make_dir(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/redline-save-XXXXXX");
    if (!mkdtemp(dir))
        return -1;
    snprintf(path, sizeof path, "%s/game.json", dir);
    return 0;
}

static int remove_dir(void **state)
{
    (void)state;
    DIR *d = opendir(dir);
    if (d) {
        struct dirent *e;
        char file[400];
        while ((e = readdir(d)))
            if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
                snprintf(file, sizeof file, "%s/%s", dir, e->d_name);
                if (remove(file) != 0)
                    rmdir(file);
            }
        closedir(d);
    }
    rmdir(dir);
    return 0;
}

static bool exists(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0;
}

static void assert_no_tmp_left(void)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    struct dirent *e;
    while ((e = readdir(d)))
        if (strstr(e->d_name, ".tmp"))
            fail_msg("a temporary file was left behind: %s", e->d_name);
    closedir(d);
}

static char *read_all(const char *p, size_t *len)
{
    FILE *f = fopen(p, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc((size_t)n + 1);
    assert_int_equal(fread(text, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    text[n] = '\0';
    *len = (size_t)n;
    return text;
}

static void write_all(const char *p, const char *text, size_t len)
{
    FILE *f = fopen(p, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(text, 1, len, f), len);
    fclose(f);
}

static void play_to_end(Session *s)
{
    for (int guard = 0; !session_over(s); guard++) {
        session_step(s);
        if (guard > 300)
            fail_msg("the game does not end");
    }
}

static void play_turns(Session *s, int n)
{
    for (int i = 0; i < n && !session_over(s); i++)
        session_step(s);
}

static void save_ok(const Session *s, const char *p)
{
    Error err = { 0 };
    if (save_write(s, p, &err) != 0)
        fail_msg("save_write: %s", err.msg);
}

static Session *load_ok(const char *p)
{
    Error err = { 0 };
    Session *s = save_load(p, ".", NULL, &err);
    if (!s)
        fail_msg("save_load: %s", err.msg);
    return s;
}

/* Loading p must fail with ERR_DATA and a message naming the file. */
static const char *load_refused(const char *p)
{
    static Error err;
    memset(&err, 0, sizeof err);
    Session *s = save_load(p, ".", NULL, &err);
    if (s) {
        session_free(s);
        fail_msg("%s was accepted", p);
    }
    assert_int_equal(err.code, ERR_DATA);
    if (!strstr(err.msg, p))
        fail_msg("the message does not name the file: %s", err.msg);
    return err.msg;
}

/* A game of jan2026 seed 7 saved after four turns, in `path`. */
static Session *saved_game(void)
{
    Session *s = test_session("jan2026", 7);
    play_turns(s, 4);
    assert_int_equal(s->game.world.turn, 4);
    save_ok(s, path);
    return s;
}

/* ---- round trip --------------------------------------------------------- */

static void test_a_loaded_game_plays_on_exactly_as_the_unbroken_game(void **state)
{
    (void)state;
    Session *straight = test_session("jan2026", 7);
    play_to_end(straight);
    assert_true(straight->game.world.turn > 4);     /* so the save is mid-game */

    Session *before = saved_game();
    assert_no_tmp_left();
    Session *loaded = load_ok(path);
    assert_int_equal(loaded->game.world.turn, 4);
    assert_int_equal(world_hash(&loaded->game.world), world_hash(&before->game.world));
    assert_int_equal(loaded->game.history.nturns, 4);
    for (int t = 0; t < 4; t++)
        assert_int_equal(loaded->game.history.turns[t].hash, before->game.history.turns[t].hash);
    assert_int_equal(loaded->game.history.norders, before->game.history.norders);
    assert_memory_equal(loaded->game.history.orders, before->game.history.orders,
                        (size_t)before->game.history.norders * sizeof(Order));

    play_to_end(before);
    play_to_end(loaded);
    uint64_t want = world_hash(&straight->game.world);
    assert_int_equal(world_hash(&before->game.world), want);
    assert_int_equal(world_hash(&loaded->game.world), want);
    assert_int_equal(loaded->game.world.outcome, straight->game.world.outcome);
    assert_int_equal(loaded->game.history.nturns, straight->game.history.nturns);
    for (int t = 0; t < straight->game.history.nturns; t++)
        assert_int_equal(loaded->game.history.turns[t].hash, straight->game.history.turns[t].hash);
    assert_int_equal(loaded->nwarnings, 0);
    session_free(straight);
    session_free(before);
    session_free(loaded);
}

static void test_a_finished_game_saves_and_loads_finished(void **state)
{
    (void)state;
    Session *s = test_session("letter2025", 2);
    play_to_end(s);
    save_ok(s, path);
    Session *loaded = load_ok(path);
    assert_true(session_over(loaded));
    assert_int_equal(loaded->game.world.outcome, s->game.world.outcome);
    assert_int_equal(world_hash(&loaded->game.world), world_hash(&s->game.world));
    session_free(s);
    session_free(loaded);
}

static void test_human_sides_and_replacement_scripts_are_kept(void **state)
{
    (void)state;
    SessionConfig cfg = { .root = ".", .scenario = "jan2026", .seed = 5 };
    cfg.human[IRAN] = true;
    cfg.script[ISRAEL] = "tests/data/actors/passive.lua";
    Error err = { 0 };
    Session *s = session_open(&cfg, &err);
    assert_non_null(s);
    const char *orders[] = { "military_exercise" };
    assert_int_equal(session_set_orders(s, IRAN, orders, 1, &err), 0);
    play_turns(s, 3);
    save_ok(s, path);
    Session *loaded = load_ok(path);
    assert_true(loaded->human[IRAN]);
    assert_false(loaded->human[US]);
    assert_string_equal(loaded->script_path[ISRAEL], "tests/data/actors/passive.lua");
    assert_int_equal(world_hash(&loaded->game.world), world_hash(&s->game.world));
    session_free(s);
    session_free(loaded);
}

/* The classroom's settings travel with the game: the timer, and the PIN as
 * the window hashed it (the engine keeps the hash as given), through a save
 * and a rewind alike. */
static void test_the_classroom_settings_are_kept(void **state)
{
    (void)state;
    Session *s = saved_game();
    s->timer_s = 240;
    snprintf(s->pin_hash, sizeof s->pin_hash, "$y$j9T$somesalt$somehash");
    save_ok(s, path);
    Session *loaded = load_ok(path);
    assert_int_equal(loaded->timer_s, 240);
    assert_string_equal(loaded->pin_hash, "$y$j9T$somesalt$somehash");
    Error err = { 0 };
    Session *back = save_rewind(loaded, 1, &err);
    assert_non_null(back);
    assert_int_equal(back->timer_s, 240);
    assert_string_equal(back->pin_hash, loaded->pin_hash);
    session_free(back);
    session_free(loaded);
    session_free(s);
}

/* A legal script that keeps state in an upvalue (stateful.lua) must see the
 * same game after a load as without one. The replay feeds recorded orders
 * and never calls decide, so the script's memory of turns 1-4 is lost. */
static void test_a_loaded_game_with_a_stateful_script_plays_on_as_the_unbroken_game(void **state)
{
    (void)state;
    SessionConfig cfg = { .root = ".", .scenario = "jan2026", .seed = 7, .turns = 12 };
    cfg.script[US] = "tests/data/actors/stateful.lua";
    Error err = { 0 };
    Session *straight = session_open(&cfg, &err), *before = session_open(&cfg, &err);
    assert_non_null(straight);
    assert_non_null(before);
    play_to_end(straight);
    play_turns(before, 4);
    assert_false(session_over(before));
    save_ok(before, path);
    Session *loaded = load_ok(path);
    play_to_end(loaded);
    assert_int_equal(loaded->game.history.nturns, straight->game.history.nturns);
    for (int t = 0; t < straight->game.history.nturns; t++)
        if (loaded->game.history.turns[t].hash != straight->game.history.turns[t].hash)
            fail_msg("the loaded game parts from the unbroken one on turn %d", t + 1);
    session_free(straight);
    session_free(before);
    session_free(loaded);
}

/* ---- atomic writing ----------------------------------------------------- */

static void test_save_replaces_an_old_save_atomically(void **state)
{
    (void)state;
    Session *s = test_session("jan2026", 7);
    play_turns(s, 2);
    save_ok(s, path);
    play_turns(s, 2);
    save_ok(s, path);
    assert_true(exists(path));
    char tmp[200];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    assert_false(exists(tmp));
    assert_no_tmp_left();
    Session *loaded = load_ok(path);
    assert_int_equal(loaded->game.world.turn, 4);
    session_free(loaded);
    session_free(s);
}

static void test_save_into_a_missing_folder_fails_cleanly(void **state)
{
    (void)state;
    Session *s = test_session("jan2026", 7);
    char bad[200];
    snprintf(bad, sizeof bad, "%s/no/such/folder/game.json", dir);
    Error err = { 0 };
    assert_int_equal(save_write(s, bad, &err), -1);
    assert_int_equal(err.code, ERR_DATA);
    assert_non_null(strstr(err.msg, bad));
    session_free(s);
}

static void test_save_onto_a_folder_fails_and_leaves_no_temporary_file(void **state)
{
    (void)state;
    char sub[200];
    snprintf(sub, sizeof sub, "%s/taken", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    Session *s = test_session("jan2026", 7);
    Error err = { 0 };
    assert_int_equal(save_write(s, sub, &err), -1);
    assert_int_equal(err.code, ERR_DATA);
    assert_no_tmp_left();
    session_free(s);
}

/* ---- what the writer refuses: the previous save stays as it was ----------- */

#define HOSTILE "tests/data/hostile/mods/"

/* A game with the hostile mod `mod` (whose event writes its state on turn 1),
 * played a turn. */
static Session *game_with_mod(const char *mod)
{
    static ModSet set;
    Sandbox *manifests = sandbox_new(".", 4u << 20, SANDBOX_INSTRUCTIONS);
    memset(&set, 0, sizeof set);
    Error err = { 0 };
    char where[200];
    snprintf(where, sizeof where, HOSTILE "%s", mod);
    if (mods_add(&set, manifests, where, &err) != 0)
        fail_msg("%s: %s", mod, err.msg);
    sandbox_free(manifests);
    SessionConfig cfg = { .root = ".", .scenario = "tutorial", .seed = 5, .mods = &set };
    Session *s = session_open(&cfg, &err);
    if (!s)
        fail_msg("%s: %s", mod, err.msg);
    play_turns(s, 1);
    return s;
}

/* A save of `mod`'s game is refused with `expected`, and the save already at
 * path is left byte for byte, with no temporary beside it. */
static void assert_refused_keeping_the_old(const char *mod, const char *expected)
{
    session_free(saved_game());
    size_t before_len, after_len;
    char *before = read_all(path, &before_len);
    Session *s = game_with_mod(mod);
    Error err = { 0 };
    assert_int_equal(save_write(s, path, &err), -1);
    assert_int_equal(err.code, ERR_DATA);
    if (!strstr(err.msg, expected) || !strstr(err.msg, path))
        fail_msg("%s: expected \"%s\" and the file in: %s", mod, expected, err.msg);
    char *after = read_all(path, &after_len);
    assert_true(before_len == after_len && memcmp(before, after, before_len) == 0);
    assert_no_tmp_left();
    free(before);
    free(after);
    session_free(s);
}

static void test_a_save_the_loader_would_refuse_is_not_written(void **state)
{
    (void)state;
    assert_refused_keeping_the_old("state_nan", "the world.state() of 'state_nan', at .limit, is a number JSON cannot");
    assert_refused_keeping_the_old("state_huge", "holds more text than a save keeps (64 MB)");
    assert_refused_keeping_the_old("state_cycle", "nested deeper than a save keeps");
    assert_refused_keeping_the_old("state_values", "more values than a save keeps");
}

/* An autosave the loader would refuse moves no older autosave: the ones on
 * disk stay byte for byte, the newest still autosave.json. */
static void test_a_refused_autosave_keeps_every_autosave_as_it_was(void **state)
{
    (void)state;
    Session *good = saved_game();
    Error err = { 0 };
    char names[3][200], *before[3];
    size_t len[3];
    for (int turn = 0; turn < 3; turn++) {
        play_turns(good, 1);
        assert_int_equal(save_autosave(good, dir, &err), 0);
    }
    for (int age = 0; age < 3; age++) {
        snprintf(names[age], sizeof names[age], age ? "%s/autosave-%d.json" : "%s/autosave.json", dir, age);
        before[age] = read_all(names[age], &len[age]);
    }
    Session *bad = game_with_mod("state_nan");
    assert_int_equal(save_autosave(bad, dir, &err), -1);
    assert_non_null(strstr(err.msg, "is a number JSON cannot hold"));
    for (int age = 0; age < 3; age++) {
        size_t n;
        char *after = read_all(names[age], &n);
        assert_true(n == len[age] && memcmp(after, before[age], n) == 0);
        free(after);
        free(before[age]);
    }
    assert_no_tmp_left();
    session_free(bad);
    session_free(good);
}

/* Bytes that are not UTF-8 in a mod's state and news become U+FFFD: the save
 * and the news are valid UTF-8, and the save loads, its state checked. */
static void test_bytes_that_are_not_utf8_are_replaced_where_they_leave_a_script(void **state)
{
    (void)state;
    Session *s = game_with_mod("state_bad_utf8");
    save_ok(s, path);
    size_t len;
    char *text = read_all(path, &len);
    assert_true(sandbox_utf8_valid(text, len));
    assert_non_null(strstr(text, "caf\xef\xbf\xbd \xef\xbf\xbd\xef\xbf\xbd"));
    free(text);
    for (int i = 0; i < s->game.history.nnews; i++)
        assert_true(sandbox_utf8_valid(s->game.history.news[i].text, strlen(s->game.history.news[i].text)));
    Error err = { 0 };
    SessionConfig with = { .mods = s->sb->mods };
    Session *loaded = save_load(path, ".", &with, &err);
    if (!loaded)
        fail_msg("%s", err.msg);
    session_free(loaded);
    session_free(s);
}

/* The temporary is a file of its own, made with O_EXCL: names planted in
 * the folder (symlinks to elsewhere, the old fixed name) are never followed
 * or written through. */
static void test_planted_names_are_never_written_through(void **state)
{
    (void)state;
    char victim[200], planted[300];
    snprintf(victim, sizeof victim, "%s/victim", dir);
    write_all(victim, "untouched", 9);
    snprintf(planted, sizeof planted, "%s.tmp", path);
    assert_int_equal(symlink(victim, planted), 0);
    for (int n = 1; n <= 40; n++) {
        snprintf(planted, sizeof planted, "%s/.game.json.%ld.%d.tmp", dir, (long)getpid(), n);
        assert_int_equal(symlink(victim, planted), 0);
    }
    session_free(saved_game());
    size_t len;
    char *text = read_all(victim, &len);
    assert_true(len == 9 && memcmp(text, "untouched", 9) == 0);
    free(text);
    session_free(load_ok(path));
}

/* A temporary left by a writer that was killed is removed by the next save;
 * one of a writer still running is not. */
static void test_a_killed_writers_temporary_is_removed_by_the_next_save(void **state)
{
    (void)state;
    pid_t dead = fork();
    if (dead == 0)
        _exit(0);
    waitpid(dead, NULL, 0);
    char stale[300], live[300];
    snprintf(stale, sizeof stale, "%s/.game.json.%ld.1.tmp", dir, (long)dead);
    snprintf(live, sizeof live, "%s/.game.json.%ld.999.tmp", dir, (long)getppid());
    write_all(stale, "half a save", 11);
    write_all(live, "being written", 13);
    session_free(saved_game());
    assert_false(exists(stale));
    assert_true(exists(live));
    remove(live);
}

/* Two processes saving to one path at once: each write lands whole, the
 * last one wins, and no temporary is left. */
static void test_concurrent_saves_to_one_path_each_land_whole(void **state)
{
    (void)state;
    pid_t child[2];
    for (int k = 0; k < 2; k++) {
        child[k] = fork();
        if (child[k] == 0) {
            Session *s = test_session("jan2026", (uint64_t)(7 + k));
            play_turns(s, 2 + k);
            Error err = { 0 };
            int failures = 0;
            for (int i = 0; i < 25; i++)
                failures += save_write(s, path, &err) != 0;
            session_free(s);
            _exit(failures);
        }
    }
    for (int k = 0; k < 2; k++) {
        int status;
        waitpid(child[k], &status, 0);
        assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    Session *loaded = load_ok(path);
    assert_true(loaded->game.world.turn == 2 || loaded->game.world.turn == 3);
    session_free(loaded);
    assert_no_tmp_left();
}

/* ---- damaged and foreign files ------------------------------------------ */

static void test_truncated_saves_are_refused(void **state)
{
    (void)state;
    session_free(saved_game());
    size_t len;
    char *text = read_all(path, &len);
    char cut[200];
    snprintf(cut, sizeof cut, "%s/cut.json", dir);
    size_t last_brace = len;
    while (last_brace > 0 && text[last_brace - 1] != '}')
        last_brace--;
    assert_true(last_brace > 100);
    int tried = 0;
    for (size_t n = 0; n < last_brace - 1; n += n < 64 ? 1 : 61) {
        write_all(cut, text, n);
        load_refused(cut);
        tried++;
    }
    write_all(cut, text, last_brace - 1);   /* all but the closing brace */
    assert_non_null(strstr(load_refused(cut), "JSON"));
    assert_true(tried > 80);
    free(text);
}

/* Replace the first digit after `key` (searched from `after`) with another. */
static void change_digit(char *text, const char *after, const char *key)
{
    char *at = strstr(text, after);
    assert_non_null(at);
    at = strstr(at, key);
    assert_non_null(at);
    while (*at && (*at < '0' || *at > '9'))
        at++;
    assert_true(*at != '\0');
    *at = *at == '9' ? '1' : (char)(*at + 1);
}

static void test_a_save_with_one_changed_number_is_refused_by_the_checksum(void **state)
{
    (void)state;
    session_free(saved_game());
    size_t len;
    char *original = read_all(path, &len);
    struct { const char *after, *key; } edits[] = {
        { "\"state\"", "\"regime_stability\"" },
        { "\"state\"", "\"escalation\"" },
        { "\"orders\"", "\"turn\"" },
        { "\"game\"", "\"scenario_version\"" },
    };
    for (size_t i = 0; i < sizeof edits / sizeof *edits; i++) {
        char *text = strdup(original);
        change_digit(text, edits[i].after, edits[i].key);
        assert_true(strcmp(text, original) != 0);
        write_all(path, text, len);
        const char *msg = load_refused(path);
        if (!strstr(msg, "checksum"))
            fail_msg("editing %s: expected a checksum error, got: %s", edits[i].key, msg);
        free(text);
    }
    free(original);
}

static void test_a_save_of_another_format_version_is_refused(void **state)
{
    (void)state;
    session_free(saved_game());
    size_t len;
    char *text = read_all(path, &len);
    change_digit(text, "\"game\"", "\"format\"");
    write_all(path, text, len);
    const char *msg = load_refused(path);
    assert_non_null(strstr(msg, "format 2"));
    free(text);
}

static void test_files_that_are_not_saves_are_refused(void **state)
{
    (void)state;
    static const char *const bodies[] = {
        "", "not json at all", "{", "\x1bLua\x54\x00\x19\x93", "[1, 2, 3]", "{}", "null", "42",
        "{\"game\": \"chess\", \"format\": 1, \"checksum\": \"0\"}",
        "{\"game\": \"redline\", \"format\": \"1\", \"checksum\": \"0\"}",
        "{\"game\": \"redline\", \"format\": 1}",
    };
    char p[200];
    snprintf(p, sizeof p, "%s/other.json", dir);
    for (size_t i = 0; i < sizeof bodies / sizeof *bodies; i++) {
        write_all(p, bodies[i], strlen(bodies[i]) + (i == 3 ? 4 : 0));
        const char *msg = load_refused(p);
        assert_true(strlen(msg) > strlen(p) + 5);
    }
    snprintf(p, sizeof p, "%s/missing.json", dir);
    assert_non_null(strstr(load_refused(p), "cannot open"));
}

/* ---- forged saves (the checksum recomputed, as anyone can) --------------- */

static uint64_t checksum_of(cJSON *doc)
{
    char *text = cJSON_PrintUnformatted(doc);
    uint64_t h = hash_bytes(0, text, strlen(text));
    cJSON_free(text);
    return h;
}

/* Load `path`, let edit() change it, re-sign it and write it back. */
static void forge(void (*edit)(cJSON *doc))
{
    size_t len;
    char *text = read_all(path, &len);
    cJSON *doc = cJSON_Parse(text);
    free(text);
    assert_non_null(doc);
    cJSON_DeleteItemFromObjectCaseSensitive(doc, "checksum");
    edit(doc);
    char sum[17];
    snprintf(sum, sizeof sum, "%016" PRIx64, checksum_of(doc));
    cJSON_AddStringToObject(doc, "checksum", sum);
    char *out = cJSON_Print(doc);
    write_all(path, out, strlen(out));
    cJSON_free(out);
    cJSON_Delete(doc);
}

static void edit_nothing(cJSON *doc) { (void)doc; }

static void edit_first_order(cJSON *doc)
{
    cJSON *order = cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "orders"), 0);
    assert_non_null(order);
    cJSON_ReplaceItemInObject(order, "action", cJSON_CreateString("military_exercise"));
    cJSON_ReplaceItemInObject(order, "actor", cJSON_CreateString("iran"));
}

static void edit_unknown_action(cJSON *doc)
{
    cJSON *order = cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "orders"), 0);
    cJSON_ReplaceItemInObject(order, "action", cJSON_CreateString("launch_the_moon"));
}

static void edit_scenario_version(cJSON *doc)
{
    cJSON_ReplaceItemInObject(doc, "scenario_version", cJSON_CreateNumber(99));
}

static void edit_unknown_scenario(cJSON *doc)
{
    cJSON_ReplaceItemInObject(doc, "scenario", cJSON_CreateString("../../etc/passwd"));
}

static void edit_state_hash(cJSON *doc)
{
    cJSON_ReplaceItemInObject(doc, "state_hash", cJSON_CreateString("0123456789abcdef"));
}

static void edit_turn_beyond_log(cJSON *doc)
{
    cJSON_ReplaceItemInObject(doc, "turn", cJSON_CreateNumber(6));
}

static void edit_orders_not_a_list(cJSON *doc)
{
    cJSON_ReplaceItemInObject(doc, "orders", cJSON_CreateString("none"));
}

static void test_a_resigned_save_whose_orders_were_edited_is_refused_by_the_replay(void **state)
{
    (void)state;
    session_free(saved_game());
    forge(edit_nothing);        /* the forging itself is faithful */
    Session *s = load_ok(path);
    session_free(s);
    forge(edit_first_order);
    assert_non_null(strstr(load_refused(path), "replay"));
}

static void edit_classroom_timer(cJSON *doc)
{
    cJSON *room = cJSON_AddObjectToObject(doc, "classroom");
    cJSON_AddNumberToObject(room, "timer_s", -5);
}

static void edit_classroom_pin(cJSON *doc)
{
    cJSON *room = cJSON_AddObjectToObject(doc, "classroom");
    cJSON_AddStringToObject(room, "pin_hash", "2468");
}

/* Each forgery of a fresh save, re-signed, is refused by the loader with
 * its expected words in the message. */
typedef struct Forgery {
    void (*edit)(cJSON *);
    const char *expected;
} Forgery;

static void refuse_each(const Forgery *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        session_free(saved_game());
        forge(cases[i].edit);
        const char *msg = load_refused(path);
        if (!strstr(msg, cases[i].expected))
            fail_msg("case %zu: expected \"%s\" in: %s", i, cases[i].expected, msg);
    }
}

static void test_resigned_saves_with_bad_fields_are_refused(void **state)
{
    (void)state;
    const Forgery cases[] = {
        { edit_classroom_timer, "classroom" },
        { edit_classroom_pin, "classroom" },
        { edit_unknown_action, "launch_the_moon" },
        { edit_scenario_version, "version" },
        { edit_state_hash, "replay" },
        { edit_turn_beyond_log, "turn hashes" },
        { edit_orders_not_a_list, "order" },
    };
    refuse_each(cases, sizeof cases / sizeof *cases);
}

static void edit_turns_huge(cJSON *doc)
{
    cJSON_ReplaceItemInObject(doc, "turns", cJSON_CreateNumber(1000000));
}

/* A game has 1-200 turns (the scenario loader and --turns say so). A save
 * claiming a million would be played for a million turns, and one that also
 * claims to be at turn 1000000 makes save_load replay for ever (a re-signed
 * letter2025 save with turns = turn = 1e9 never returns). */
static void test_a_save_claiming_more_turns_than_a_game_can_have_is_refused(void **state)
{
    (void)state;
    session_free(saved_game());
    forge(edit_turns_huge);
    assert_non_null(strstr(load_refused(path), "turns"));
}

static void edit_turn_one_order(cJSON *doc)
{
    /* the first order of turn 1 becomes a military exercise by Iran */
    edit_first_order(doc);
}

/* Saves carry a hash per turn so that a divergence is caught on the turn it
 * happens (architecture.md, practice 4): an order of turn 1 edited must be
 * reported at turn 1, not only as a mismatch at the end of the replay. */
static void test_a_replay_divergence_is_reported_on_the_turn_it_happens(void **state)
{
    (void)state;
    session_free(saved_game());
    forge(edit_turn_one_order);
    const char *msg = load_refused(path);
    const char *at = strstr(msg, "turn 1");
    if (!at || (at[6] >= '0' && at[6] <= '9'))
        fail_msg("the divergence on turn 1 is not reported as such: %s", msg);
}

/* Every error names the file (architecture.md): here, the save. */
static void test_a_save_naming_an_unknown_scenario_is_refused_naming_the_save(void **state)
{
    (void)state;
    session_free(saved_game());
    forge(edit_unknown_scenario);
    assert_non_null(strstr(load_refused(path), "scenario"));
}

/* ---- junk beyond what the replay uses ------------------------------------ */

static int junk_count;

static void edit_many_orders(cJSON *doc)
{
    cJSON *orders = cJSON_GetObjectItem(doc, "orders");
    for (int i = 0; i < junk_count; i++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddNumberToObject(o, "turn", 1 + i % 4);
        cJSON_AddStringToObject(o, "actor", "us");
        cJSON_AddStringToObject(o, "action", "tighten_sanctions");
        cJSON_AddItemToArray(orders, o);
    }
}

static void edit_order_on_a_turn_not_played(cJSON *doc)
{
    cJSON *order = cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "orders"), 0);
    cJSON_ReplaceItemInObject(order, "turn", cJSON_CreateNumber(90));
}

static void edit_extra_hash(cJSON *doc)
{
    cJSON_AddItemToArray(cJSON_GetObjectItem(doc, "hashes"), cJSON_CreateString("0123456789abcdef"));
}

static void edit_intervention_later(cJSON *doc)
{
    cJSON *iv = cJSON_CreateObject();
    cJSON_AddNumberToObject(iv, "turn", 12);
    cJSON_AddStringToObject(iv, "kind", "pause");
    cJSON_AddStringToObject(iv, "text", "x");
    cJSON_AddStringToObject(iv, "reason", "x");
    cJSON_AddItemToObject(iv, "effects", cJSON_CreateArray());
    cJSON_AddItemToArray(cJSON_GetObjectItem(doc, "interventions"), iv);
}

static void edit_state_snapshot(cJSON *doc)
{
    cJSON_ReplaceItemInObject(cJSON_GetObjectItem(doc, "state"), "escalation", cJSON_CreateNumber(9.5));
}

static void edit_mod_state(cJSON *doc)
{
    cJSON *junk = cJSON_CreateObject();
    cJSON_AddStringToObject(junk, "payload", "anything at all");
    cJSON_AddItemToObject(cJSON_GetObjectItem(doc, "mod_state"), "stowaway", junk);
}

static void edit_not_utf8(cJSON *doc)
{
    cJSON_ReplaceItemInObject(doc, "scenario", cJSON_CreateString("jan2026\xff"));
}

static const char *script_named;

static void edit_script(cJSON *doc)
{
    cJSON *scripts = cJSON_GetObjectItem(doc, "scripts");
    cJSON_AddStringToObject(scripts, "us", script_named);
}

/* A re-signed save may hold nothing the replay does not use: thousands of junk
 * orders, an order or intervention on a turn not played, a hash too many,
 * a state or mods' state that is not what the replay makes. */
static void test_a_resigned_save_with_junk_beyond_the_replay_is_refused(void **state)
{
    (void)state;
    const Forgery cases[] = {
        { edit_many_orders, "more orders in the log than the turns played could have" },
        { edit_order_on_a_turn_not_played, "order 1 of the log is not understood" },
        { edit_extra_hash, "turn hashes for 4 turns played" },
        { edit_intervention_later, "an intervention of the log is on a turn not played" },
        { edit_state_snapshot, "the state the save records is not the one its replay reaches" },
        { edit_mod_state, "the mods' state the save records is not what its replay makes" },
        { edit_not_utf8, "not UTF-8" },
    };
    junk_count = 300000;
    refuse_each(cases, sizeof cases / sizeof *cases);
    /* five orders for one actor on one turn: more than an actor may give */
    junk_count = 17;
    session_free(saved_game());
    forge(edit_many_orders);
    assert_non_null(strstr(load_refused(path), "is not understood"));
}

/* A save names scripts only inside the game's folders, and what it names
 * is never read, nor quoted, when it is not one; one the caller gives is. */
static void test_a_save_runs_no_script_from_outside_the_game(void **state)
{
    (void)state;
    char folder[200], outside[250], beside[250];
    snprintf(folder, sizeof folder, "%s/elsewhere", dir);
    assert_int_equal(mkdir(folder, 0700), 0);
    snprintf(outside, sizeof outside, "%s/strategy.lua", folder);
    snprintf(beside, sizeof beside, "%s/beside.lua", dir);
    write_all(outside, "return { decide = function() return {} end } -- secret: hunter2", 62);
    write_all(beside, "return { decide = function() return {} end }", 44);
    const char *named[] = { "/etc/passwd", outside, "../../../../etc/hostname.lua", "tests/data/actors/passive.txt",
                            "/tmp/\x1b[2J\x1b]0;owned\x07.lua" };
    for (size_t i = 0; i < sizeof named / sizeof *named; i++) {
        session_free(saved_game());
        script_named = named[i];
        forge(edit_script);
        const char *msg = load_refused(path);
        if (!strstr(msg, "not a .lua file in the game's folders or beside the save") || strstr(msg, "hunter2") ||
            strstr(msg, "root:") || strchr(msg, '\x1b'))
            fail_msg("%s: %s", named[i], msg);
    }
    /* the game's own folders are fine, a script beside the save too, and one the caller gives again */
    const char *fine[] = { "tests/data/actors/passive.lua", beside };
    for (size_t i = 0; i < 2; i++) {
        session_free(saved_game());
        script_named = fine[i];
        forge(edit_script);
        session_free(load_ok(path));
    }
    script_named = outside;
    forge(edit_script);
    SessionConfig again = { 0 };
    again.script[US] = outside;
    Error err = { 0 };
    Session *s = save_load(path, ".", &again, &err);
    remove(outside);
    if (!s)
        fail_msg("%s", err.msg);
    session_free(s);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, make_dir, remove_dir)
    const struct CMUnitTest tests[] = {
        T(test_a_loaded_game_plays_on_exactly_as_the_unbroken_game),
        T(test_a_finished_game_saves_and_loads_finished),
        T(test_human_sides_and_replacement_scripts_are_kept),
        T(test_the_classroom_settings_are_kept),
        T(test_a_loaded_game_with_a_stateful_script_plays_on_as_the_unbroken_game),
        T(test_save_replaces_an_old_save_atomically),
        T(test_save_into_a_missing_folder_fails_cleanly),
        T(test_save_onto_a_folder_fails_and_leaves_no_temporary_file),
        T(test_truncated_saves_are_refused),
        T(test_a_save_with_one_changed_number_is_refused_by_the_checksum),
        T(test_a_save_of_another_format_version_is_refused),
        T(test_files_that_are_not_saves_are_refused),
        T(test_a_resigned_save_whose_orders_were_edited_is_refused_by_the_replay),
        T(test_resigned_saves_with_bad_fields_are_refused),
        T(test_a_save_naming_an_unknown_scenario_is_refused_naming_the_save),
        T(test_a_save_claiming_more_turns_than_a_game_can_have_is_refused),
        T(test_a_replay_divergence_is_reported_on_the_turn_it_happens),
        T(test_a_save_the_loader_would_refuse_is_not_written),
        T(test_a_refused_autosave_keeps_every_autosave_as_it_was),
        T(test_bytes_that_are_not_utf8_are_replaced_where_they_leave_a_script),
        T(test_planted_names_are_never_written_through),
        T(test_a_killed_writers_temporary_is_removed_by_the_next_save),
        T(test_concurrent_saves_to_one_path_each_land_whole),
        T(test_a_resigned_save_with_junk_beyond_the_replay_is_refused),
        T(test_a_save_runs_no_script_from_outside_the_game),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
