/* The Lua sandbox: every forbidden global, require's limits, the string
 * metatable, isolation between scripts, the instruction budget, the memory
 * cap, text-only loading, error messages, sorted pairs and read-only proxies.
 * The scripts are under tests/data/sandbox/. */
#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "support.h"

#define DIR "tests/data/sandbox/"
#define TEST_CAP (16u << 20)
#define TEST_BUDGET 1000000L

static Sandbox *sb;

static int new_sandbox(void **state)
{
    (void)state;
    sb = sandbox_new(".", TEST_CAP, TEST_BUDGET);
    return sb ? 0 : -1;
}

static int free_sandbox(void **state)
{
    (void)state;
    sandbox_free(sb);
    sb = NULL;
    return 0;
}

/* Run a script that must succeed; its result is left on the stack. */
static void run_ok(const char *file)
{
    Error err = { 0 };
    if (sandbox_dofile(sb, file, &err) != 0)
        fail_msg("%s failed: %s", file, err.msg);
}

/* Run a script that must fail; returns the message. */
static const char *run_fails(const char *file, Error *err)
{
    int top = lua_gettop(sb->L);
    memset(err, 0, sizeof *err);
    if (sandbox_dofile(sb, file, err) == 0)
        fail_msg("%s should have failed", file);
    assert_int_equal(err->code, ERR_DATA);
    assert_int_equal(lua_gettop(sb->L), top);      /* nothing left behind */
    return err->msg;
}

static void assert_contains(const char *text, const char *needle)
{
    if (!text)
        fail_msg("expected \"%s\" in a message, got none", needle);
    else if (!strstr(text, needle))
        fail_msg("expected \"%s\" in: %s", needle, text);
}

/* Field `key` of the table on top of the stack, as a string. */
static const char *field(const char *key)
{
    lua_getfield(sb->L, -1, key);
    const char *s = luaL_tolstring(sb->L, -1, NULL);
    lua_pop(sb->L, 2);
    return s;   /* kept alive by the table while it stays on the stack */
}

/* ---- forbidden globals -------------------------------------------------- */

static const char *probe(const char *path)
{
    run_ok(DIR "globals.lua");
    lua_getfield(sb->L, -1, "probe");
    lua_pushstring(sb->L, path);
    Error err;
    if (sandbox_call(sb, 1, 1, "probe", &err) != 0)
        fail_msg("probe failed: %s", err.msg);
    static char type[32];
    snprintf(type, sizeof type, "%s", lua_tostring(sb->L, -1));
    lua_pop(sb->L, 2);
    return type;
}

static void assert_absent(const char *path)
{
    const char *type = probe(path);
    if (strcmp(type, "nil") != 0)
        fail_msg("a script can reach %s (a %s)", path, type);
}

#define FORBIDDEN(fn, path) \
    static void test_forbidden_##fn##_is_nil(void **state) { (void)state; assert_absent(path); }
FORBIDDEN(io, "io")
FORBIDDEN(os, "os")
FORBIDDEN(package, "package")
FORBIDDEN(debug, "debug")
FORBIDDEN(load, "load")
FORBIDDEN(loadfile, "loadfile")
FORBIDDEN(loadstring, "loadstring")
FORBIDDEN(dofile, "dofile")
FORBIDDEN(collectgarbage, "collectgarbage")
FORBIDDEN(coroutine, "coroutine")
FORBIDDEN(rawset, "rawset")
FORBIDDEN(string_dump, "string.dump")
FORBIDDEN(math_randomseed, "math.randomseed")
FORBIDDEN(G_io, "_G.io")
FORBIDDEN(G_os, "_G.os")
FORBIDDEN(G_debug, "_G.debug")
FORBIDDEN(G_load, "_G.load")

/* The control: the probe does find what scripts are given. */
static void test_allowed_globals_are_present(void **state)
{
    (void)state;
    static const char *const present[] = {
        "pairs", "ipairs", "pcall", "xpcall", "error", "assert", "setmetatable", "getmetatable", "rawget",
        "tostring", "tonumber", "type", "select", "next", "require", "print", "string.format", "string.rep",
        "table.sort", "table.concat", "math.floor", "math.random", "utf8.char", "world.get",
    };
    for (size_t i = 0; i < sizeof present / sizeof *present; i++)
        if (strcmp(probe(present[i]), "function") != 0)
            fail_msg("scripts should have %s", present[i]);
    assert_string_equal(probe("_G"), "table");
}

/* ---- require ------------------------------------------------------------ */

static void test_require_loads_only_modules_from_scripts_lib(void **state)
{
    (void)state;
    run_ok(DIR "require_paths.lua");
    assert_string_equal(field("baseline"), "ok:table");
    static const char *const refused[] = { "dotdot", "slash", "absolute", "dotted", "upper", "empty" };
    for (size_t i = 0; i < sizeof refused / sizeof *refused; i++) {
        const char *r = field(refused[i]);
        if (strncmp(r, "error:", 6) != 0)
            fail_msg("require accepted the %s name: %s", refused[i], r);
        assert_contains(r, "module names");
    }
    const char *missing = field("missing");
    assert_true(strncmp(missing, "error:", 6) == 0);
    assert_contains(missing, "scripts/lib/no_such_module.lua");
    lua_pop(sb->L, 1);
}

/* ---- the string metatable and isolation --------------------------------- */

static void test_getmetatable_of_a_string_does_not_give_the_string_metatable(void **state)
{
    (void)state;
    run_ok(DIR "string_metatable.lua");
    assert_string_not_equal(field("mt"), "table");
    assert_string_equal(field("index"), "nil");
    assert_string_equal(field("dump"), "nil");     /* not through the methods either */
    assert_string_equal(field("upper"), "ABC");    /* the methods still work */
    lua_pop(sb->L, 1);
}

static void test_a_script_cannot_change_another_scripts_libraries_or_globals(void **state)
{
    (void)state;
    run_ok(DIR "tamper_string.lua");
    assert_string_equal(field("upper"), "nil");    /* it did change its own copy */
    lua_pop(sb->L, 1);
    run_ok(DIR "after_tamper.lua");
    assert_string_equal(field("upper"), "function");
    assert_string_equal(field("rep"), "abab");
    assert_string_equal(field("concat"), "function");
    assert_string_equal(field("floor"), "function");
    assert_string_equal(field("leaked"), "nil");
    assert_string_equal(field("method"), "xxx");
    lua_pop(sb->L, 1);
}

static void test_setmetatable_refuses_finalizers_and_protected_metatables(void **state)
{
    (void)state;
    run_ok(DIR "metatables.lua");
    assert_string_equal(field("plain_ok"), "true");
    assert_string_equal(field("inherited"), "1");
    assert_string_equal(field("gc_ok"), "false");
    assert_contains(field("gc_err"), "__gc");
    assert_string_equal(field("relock_ok"), "false");
    assert_contains(field("relock_err"), "protected metatable");
    lua_pop(sb->L, 1);
}

static void test_math_random_is_refused_while_loading(void **state)
{
    (void)state;
    Error err;
    assert_contains(run_fails(DIR "random_while_loading.lua", &err), "math.random is not available");
}

/* ---- the instruction budget --------------------------------------------- */

static void test_endless_loop_is_stopped_by_the_budget(void **state)
{
    (void)state;
    Error err;
    const char *msg = run_fails(DIR "loop.lua", &err);
    assert_contains(msg, "instruction budget");
    assert_contains(msg, DIR "loop.lua");
    /* and the sandbox works afterwards */
    run_ok(DIR "small.lua");
    lua_pop(sb->L, 1);
}

/* The message must say which line was running (3-5 of loop.lua), as every
 * other script error does, not only which file was called. */
static void test_budget_message_names_the_running_line(void **state)
{
    (void)state;
    Error err;
    const char *msg = run_fails(DIR "loop.lua", &err);
    if (!strstr(msg, "loop.lua:3:") && !strstr(msg, "loop.lua:4:") && !strstr(msg, "loop.lua:5:"))
        fail_msg("the message does not say which line was running: %s", msg);
}

/* Run the function `file` returns with a tick() that gives up after `rounds`
 * calls: a script that should be stopped but is not fails the test quickly
 * ("still running") instead of hanging it. Returns the error message. */
static int ticks, tick_limit;

static int give_up_tick(lua_State *L)
{
    if (++ticks > tick_limit)
        return luaL_error(L, "still running after %d rounds", tick_limit);
    return 0;
}

static const char *run_with_tick(const char *file, int rounds, Error *err)
{
    run_ok(file);
    lua_pushcfunction(sb->L, give_up_tick);
    ticks = 0;
    tick_limit = rounds;
    if (sandbox_call(sb, 1, 0, file, err) == 0)
        fail_msg("%s returned normally", file);
    if (strstr(err->msg, "still running"))
        fail_msg("%s swallowed the stop and kept going: %s", file, err->msg);
    return err->msg;
}

static void test_pcall_cannot_swallow_the_budget(void **state)
{
    (void)state;
    Error err;
    assert_contains(run_with_tick(DIR "pcall_loop.lua", 50, &err), "instruction budget");
    assert_int_equal(ticks, 0);     /* stopped inside the very first pcall */
    assert_contains(run_with_tick(DIR "xpcall_loop.lua", 50, &err), "instruction budget");
    assert_int_equal(ticks, 0);
    /* and the sandbox works afterwards */
    run_ok(DIR "small.lua");
    assert_int_equal(lua_tointeger(sb->L, -1), 200);
    lua_pop(sb->L, 1);
}

/* The budget is per call: many calls that each use part of it all succeed. */
static void test_the_budget_is_renewed_for_every_call(void **state)
{
    (void)state;
    run_ok(DIR "counter.lua");
    for (int i = 0; i < 10; i++) {
        lua_pushvalue(sb->L, -1);
        lua_pushinteger(sb->L, 150000);
        Error err;
        if (sandbox_call(sb, 1, 1, "counter", &err) != 0)
            fail_msg("call %d: %s", i, err.msg);
        assert_int_equal(lua_tointeger(sb->L, -1), (lua_Integer)150000 * 150001 / 2);
        lua_pop(sb->L, 1);
    }
    /* while one call that needs more than the budget is stopped */
    lua_pushinteger(sb->L, 10 * TEST_BUDGET);
    Error err;
    assert_int_equal(sandbox_call(sb, 1, 1, "counter", &err), -1);
    assert_contains(err.msg, "instruction budget");
    assert_contains(err.msg, "counter");
}

/* Library calls do work the instruction count does not see: s:upper() on a
 * megabyte is one instruction. A loop of them must still be stopped soon,
 * not after the ~10^5 iterations (minutes) the bare count would allow. The
 * test's tick() gives up after HEAVY_MAX iterations so the test stays fast. */
#define HEAVY_MAX 2000
static int heavy_ticks;

static int heavy_tick(lua_State *L)
{
    if (++heavy_ticks > HEAVY_MAX)
        return luaL_error(L, "still running after %d iterations of 1 MB of work each", HEAVY_MAX);
    return 0;
}

static void test_budget_counts_work_done_inside_library_calls(void **state)
{
    (void)state;
    run_ok(DIR "heavy_loop.lua");
    lua_pushcfunction(sb->L, heavy_tick);
    heavy_ticks = 0;
    Error err;
    assert_int_equal(sandbox_call(sb, 1, 0, "heavy_loop", &err), -1);
    if (heavy_ticks > HEAVY_MAX)
        fail_msg("a loop doing 1 MB of string work per iteration ran %d iterations without being stopped (%s)",
                 HEAVY_MAX, err.msg);
    assert_contains(err.msg, "stopped");
}

/* An error object whose __tostring loops is still stopped, and a table
 * error still gives a message. */
static void test_error_objects_cannot_hang_or_blank_the_message(void **state)
{
    (void)state;
    Error err;
    const char *msg = run_fails(DIR "error_object_loop.lua", &err);
    assert_true(msg[0] != '\0');
    assert_contains(msg, DIR "error_object_loop.lua");
    msg = run_fails(DIR "error_object_table.lua", &err);
    assert_contains(msg, "table");
    run_ok(DIR "small.lua");
    lua_pop(sb->L, 1);
}

/* A script cannot hide where it failed or blame another file: the engine
 * puts the place of the failing line first. */
static void test_error_messages_always_start_with_the_failing_place(void **state)
{
    (void)state;
    Error err;
    const char *msg = run_fails(DIR "spoof_place.lua", &err);
    assert_contains(msg, DIR "spoof_place.lua:2: scripts/actors/iran.lua:12: not me");
    /* an error blamed on a caller that is on the stack is left as it is */
    msg = run_fails(DIR "error_level2.lua", &err);
    assert_contains(msg, DIR "error_level2.lua: " DIR "error_level2.lua:3: check failed");
    /* and the engine's own stop does not get its place twice */
    msg = run_fails(DIR "loop.lua", &err);
    int places = 0;
    for (const char *at = strstr(msg, "loop.lua:"); at; at = strstr(at + 1, "loop.lua:"))
        places += at[9] >= '0' && at[9] <= '9';
    if (places != 1)
        fail_msg("expected the line once: %s", msg);
}

/* Lua runs a message handler with hooks off when the error came from a hook
 * (the budget's stop): a handler that loops must not run then, and one that
 * loops on an ordinary error is stopped like any loop. */
static void test_a_looping_message_handler_is_stopped(void **state)
{
    (void)state;
    Error err;
    assert_contains(run_fails(DIR "xpcall_handler_loop.lua", &err), "instruction budget");
    assert_contains(run_fails(DIR "xpcall_stop_handler_loop.lua", &err), DIR "xpcall_stop_handler_loop.lua:");
    run_ok(DIR "small.lua");
    lua_pop(sb->L, 1);
}

/* ---- the memory cap ----------------------------------------------------- */

static void assert_memory_stopped(const char *file)
{
    Error err;
    const char *msg = run_fails(file, &err);
    if (!strstr(msg, "memory"))
        fail_msg("%s: expected a memory error, got: %s", file, msg);
    assert_contains(msg, file);
    assert_true(sb->used <= sb->cap);
    /* everything it grabbed is given back, and the sandbox goes on working */
    assert_true(sb->used < sb->cap / 4);
    run_ok(DIR "small.lua");
    assert_int_equal(lua_tointeger(sb->L, -1), 200);
    lua_pop(sb->L, 1);
}

static void test_growing_table_is_stopped_by_the_memory_cap(void **state)
{
    (void)state;
    assert_memory_stopped(DIR "memory_table.lua");
}

static void test_one_huge_string_is_refused_before_it_is_built(void **state)
{
    (void)state;
    Error err;
    assert_contains(run_fails(DIR "memory_rep.lua", &err),
                    DIR "memory_rep.lua:2: string.rep: the result would be longer than the 64 KB");
    assert_true(sb->used < sb->cap / 4);
}

static void test_a_string_longer_than_the_cap_is_refused_naming_the_line(void **state)
{
    (void)state;
    Error err;
    assert_contains(run_fails(DIR "string_cap.lua", &err), DIR "string_cap.lua:3: stopped: a string longer than the 64 KB");
    /* the memory cap's message names the line too */
    assert_contains(run_fails(DIR "memory_table.lua", &err), DIR "memory_table.lua:");
}

static void test_pcall_cannot_swallow_the_memory_cap(void **state)
{
    (void)state;
    Error err;
    const char *msg = run_with_tick(DIR "memory_pcall.lua", 2000, &err);
    assert_contains(msg, "memory");
    assert_true(sb->used < sb->cap / 4);
    run_ok(DIR "small.lua");
    lua_pop(sb->L, 1);
}

/* ---- the library's bounded functions ------------------------------------ */

/* A small deterministic generator of subjects and patterns. */
static unsigned next_random(unsigned *state)
{
    *state = *state * 1103515245u + 12345u;
    return (*state >> 16) & 0x7fff;
}

static void random_pattern(unsigned *seed, char *out, size_t size)
{
    static const char *const items[] = {
        "a", "b", ".", "%a", "%d", "%s", "%w", "%W", "[ab]", "[^a]", "[a-c]", "[%d.]", "%(", "%%", "x", " ", "[]]",
        "[^]a]", "-", "1",
    };
    static const char *const repeats[] = { "", "", "*", "+", "-", "?" };
    static const char *const extras[] = {
        "(", ")", "()", "^", "$", "%b()", "%f[%w]", "%1", "%2", "%", "[a", "%b", "%f", "%g", "%0",
    };
    size_t n = 0;
    int parts = 1 + (int)(next_random(seed) % 6);
    for (int i = 0; i < parts && n + 16 < size; i++) {
        const char *piece;
        if (next_random(seed) % 5 == 0) {
            piece = extras[next_random(seed) % (sizeof extras / sizeof *extras)];
            n += (size_t)snprintf(out + n, size - n, "%s", piece);
        } else {
            piece = items[next_random(seed) % (sizeof items / sizeof *items)];
            n += (size_t)snprintf(out + n, size - n, "%s%s", piece,
                                  repeats[next_random(seed) % (sizeof repeats / sizeof *repeats)]);
        }
    }
    out[n] = '\0';
}

static void random_subject(unsigned *seed, char *out, size_t size)
{
    static const char alphabet[] = "aab(b)c 1.x%]";
    size_t n = next_random(seed) % (size - 1);
    for (size_t i = 0; i < n; i++)
        out[i] = alphabet[next_random(seed) % (sizeof alphabet - 1)];
    out[n] = '\0';
}

/* Call the comparator on top of L's stack for one case; the result is copied. */
static void compare_case(lua_State *L, bool guarded, const char *fn, const char *subject, const char *pattern,
                         int init, int which, char *out, size_t size)
{
    lua_pushvalue(L, -1);
    lua_pushstring(L, fn);
    lua_pushstring(L, subject);
    lua_pushstring(L, pattern);
    lua_pushinteger(L, init);
    lua_pushinteger(L, which);
    Error err;
    int rc = guarded ? sandbox_call(sb, 5, 1, "compare", &err) : lua_pcall(L, 5, 1, 0);
    if (rc != 0)
        fail_msg("the comparator failed on %s('%s', '%s'): %s", fn, subject, pattern,
                 guarded ? err.msg : lua_tostring(L, -1));
    snprintf(out, size, "%s", lua_tostring(L, -1));
    lua_pop(L, 1);
}

/* The bounded matcher gives what Lua's own gives: the same matches,
 * captures, positions, replacements and errors. */
static void test_the_bounded_matcher_agrees_with_luas_own(void **state)
{
    (void)state;
    lua_State *ref = luaL_newstate();
    luaL_openlibs(ref);
    if (luaL_dofile(ref, DIR "pattern_compare.lua") != LUA_OK)
        fail_msg("%s", lua_tostring(ref, -1));
    run_ok(DIR "pattern_compare.lua");
    static const char *const fns[] = { "find", "match", "gmatch", "gsub" };
    unsigned seed = 2026;
    int compared = 0;
    for (int i = 0; i < 4000; i++) {
        char pattern[128], subject[24], ours[600], theirs[600];
        random_pattern(&seed, pattern, sizeof pattern);
        random_subject(&seed, subject, sizeof subject);
        int init = (int)(next_random(&seed) % 7) - 2;
        for (size_t f = 0; f < 4; f++) {
            compare_case(sb->L, true, fns[f], subject, pattern, init, i, ours, sizeof ours);
            compare_case(ref, false, fns[f], subject, pattern, init, i, theirs, sizeof theirs);
            if (strcmp(ours, theirs) != 0)
                fail_msg("string.%s('%s', '%s', %d), case %d:\n  bounded: %s\n  Lua's:   %s", fns[f], subject, pattern,
                         init, i, ours, theirs);
            compared++;
        }
    }
    assert_int_equal(compared, 16000);
    lua_pop(sb->L, 1);
    lua_close(ref);
}

/* ---- loading ------------------------------------------------------------ */

static void test_a_file_starting_like_bytecode_is_refused(void **state)
{
    (void)state;
    Error err;
    assert_contains(run_fails(DIR "bytecode.luac", &err), "binary");
}

/* Every error names the file (architecture.md), this one included. */
static void test_bytecode_refusal_names_the_file(void **state)
{
    (void)state;
    Error err;
    assert_contains(run_fails(DIR "bytecode.luac", &err), DIR "bytecode.luac");
}

static int write_chunk(lua_State *L, const void *p, size_t size, void *ud)
{
    (void)L;
    return fwrite(p, 1, size, ud) == size ? 0 : 1;
}

/* Genuine bytecode, compiled by a plain Lua state: it would run if allowed. */
static void test_real_compiled_bytecode_is_refused(void **state)
{
    (void)state;
    char path[] = "/tmp/redline-bytecode-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "wb");
    lua_State *L = luaL_newstate();
    assert_int_equal(luaL_loadstring(L, "return 42"), LUA_OK);
    assert_int_equal(lua_dump(L, write_chunk, f, 0), 0);
    lua_close(L);
    fclose(f);
    Error err = { 0 };
    int rc = sandbox_dofile(sb, path, &err);
    unlink(path);       /* before any assertion can end the test */
    if (rc == 0)
        fail_msg("compiled bytecode was loaded and run");
    const char *msg = err.msg;
    assert_int_equal(err.code, ERR_DATA);
    assert_contains(msg, "binary");
    assert_contains(msg, "mode is 't'");
}

static void test_syntax_error_names_file_and_line(void **state)
{
    (void)state;
    Error err;
    assert_contains(run_fails(DIR "syntax_error.lua", &err), DIR "syntax_error.lua:3:");
}

static void test_runtime_error_names_file_and_line(void **state)
{
    (void)state;
    Error err;
    const char *msg = run_fails(DIR "runtime_error.lua", &err);
    assert_contains(msg, DIR "runtime_error.lua:4:");
    assert_true(strchr(msg, '\n') == NULL);     /* one line; the traceback is not in it */
}

static void test_missing_file_is_a_data_error(void **state)
{
    (void)state;
    Error err;
    assert_contains(run_fails(DIR "no_such_file.lua", &err), "cannot open");
}

/* ---- pairs -------------------------------------------------------------- */

static int compare_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void test_pairs_iterates_in_sorted_key_order(void **state)
{
    (void)state;
    /* numbers ascending, then strings bytewise, then false and true */
    static char kbuf[40][8];
    const char *strings[60];
    int n = 0;
    const char *named[] = { "zeta", "alpha", "Beta", "b", "aa", "a" };
    for (size_t i = 0; i < sizeof named / sizeof *named; i++)
        strings[n++] = named[i];
    for (int i = 1; i <= 40; i++) {
        snprintf(kbuf[i - 1], sizeof kbuf[0], "k%d", i * 7919 % 97);
        strings[n++] = kbuf[i - 1];
    }
    qsort(strings, (size_t)n, sizeof *strings, compare_str);
    char expected[1000] = "-1.5,1,2,10";
    for (int i = 0; i < n; i++) {
        strcat(expected, ",");
        strcat(expected, strings[i]);
    }
    strcat(expected, ",false,true");
    /* the same in fresh states, whose string hashes are seeded differently */
    for (int round = 0; round < 3; round++) {
        if (round > 0) {
            free_sandbox(NULL);
            new_sandbox(NULL);
        }
        run_ok(DIR "sorted_pairs.lua");
        assert_string_equal(lua_tostring(sb->L, -1), expected);
        lua_pop(sb->L, 1);
    }
}

/* ---- read-only proxies -------------------------------------------------- */

/* Call readonly.lua's function `fn` with a read-only proxy of
 * { a = 1, 10, 20, 30, inner = read-only { x = 0 } }. */
static int call_on_proxy_of(const char *fn, bool deep, Error *err);
static int call_on_proxy(const char *fn, Error *err)
{
    return call_on_proxy_of(fn, false, err);
}

/* The same with a deep proxy of { a = 1, 10, 20, 30, inner = { x = 0 } }. */
static int call_on_deep_proxy(const char *fn, Error *err)
{
    return call_on_proxy_of(fn, true, err);
}

static int call_on_proxy_of(const char *fn, bool deep, Error *err)
{
    lua_State *L = sb->L;
    run_ok(DIR "readonly.lua");
    lua_getfield(L, -1, fn);
    lua_remove(L, -2);
    lua_newtable(L);
    lua_pushinteger(L, 1);
    lua_setfield(L, -2, "a");
    for (int i = 1; i <= 3; i++) {
        lua_pushinteger(L, 10 * i);
        lua_rawseti(L, -2, i);
    }
    lua_newtable(L);
    lua_pushinteger(L, 0);
    lua_setfield(L, -2, "x");
    if (!deep) {
        sandbox_readonly(L, -1);
        lua_remove(L, -2);
    }
    lua_setfield(L, -2, "inner");
    if (deep)
        sandbox_readonly_deep(L, -1);
    else
        sandbox_readonly(L, -1);
    lua_remove(L, -2);
    return sandbox_call(sb, 1, 1, fn, err);
}

static void test_readonly_proxy_reads_through(void **state)
{
    (void)state;
    Error err;
    assert_int_equal(call_on_proxy("read", &err), 0);
    assert_int_equal(lua_tointeger(sb->L, -1), 1);
    lua_pop(sb->L, 1);
    assert_int_equal(call_on_proxy("len", &err), 0);
    assert_int_equal(lua_tointeger(sb->L, -1), 3);
    lua_pop(sb->L, 1);
    assert_int_equal(call_on_proxy("keys", &err), 0);
    assert_string_equal(lua_tostring(sb->L, -1), "1,2,3,a,inner");
    lua_pop(sb->L, 1);
    assert_int_equal(call_on_proxy("getmt", &err), 0);
    assert_string_equal(lua_tostring(sb->L, -1), "false");     /* the metatable is hidden */
    lua_pop(sb->L, 1);
    assert_int_equal(call_on_proxy("rawget", &err), 0);
    assert_string_equal(lua_tostring(sb->L, -1), "nil");       /* the proxy itself is empty */
    lua_pop(sb->L, 1);
}

static void test_readonly_proxy_refuses_writes_and_setmetatable(void **state)
{
    (void)state;
    static const char *const refused[] = { "write", "write_new", "nested_write" };
    for (size_t i = 0; i < sizeof refused / sizeof *refused; i++) {
        Error err;
        if (call_on_proxy(refused[i], &err) == 0)
            fail_msg("%s went through a read-only proxy", refused[i]);
        assert_contains(err.msg, "read-only");
    }
    Error err;
    assert_int_equal(call_on_proxy("setmt", &err), -1);
    assert_contains(err.msg, "protected metatable");
    /* and the write did not land */
    assert_int_equal(call_on_proxy("read", &err), 0);
    assert_int_equal(lua_tointeger(sb->L, -1), 1);
    lua_pop(sb->L, 1);
}

/* pairs, next, rawget and rawlen hand out nothing of the data behind a
 * proxy (pairs gave it away as its second result: a strategy rewrote the
 * world module for every script that way). */
static void test_readonly_stays_read_only_under_pairs_next_and_raw_access(void **state)
{
    (void)state;
    Error err;
    assert_int_equal(call_on_proxy("pairs_state", &err), 0);
    assert_string_equal(lua_tostring(sb->L, -1), "true,false");
    lua_pop(sb->L, 1);
    assert_int_equal(call_on_proxy("raw_view", &err), 0);
    assert_string_equal(lua_tostring(sb->L, -1), "nil,0");
    lua_pop(sb->L, 1);
    assert_int_equal(call_on_proxy("read", &err), 0);
    assert_int_equal(lua_tointeger(sb->L, -1), 1);
    lua_pop(sb->L, 1);
}

/* A deep proxy (world.state() in an event's when) keeps every table under
 * it read-only, read directly or walked by pairs. */
static void test_a_deep_proxy_is_read_only_all_the_way_down(void **state)
{
    (void)state;
    Error err;
    assert_int_equal(call_on_deep_proxy("deep_read", &err), 0);
    assert_string_equal(lua_tostring(sb->L, -1), "0,3");
    lua_pop(sb->L, 1);
    static const char *const refused[] = { "deep_write", "deep_pairs_write", "write" };
    for (size_t i = 0; i < sizeof refused / sizeof *refused; i++) {
        if (call_on_deep_proxy(refused[i], &err) == 0)
            fail_msg("%s went through a deep read-only proxy", refused[i]);
        assert_contains(err.msg, "read-only");
    }
    assert_int_equal(call_on_deep_proxy("deep_read", &err), 0);
    assert_string_equal(lua_tostring(sb->L, -1), "0,3");
    lua_pop(sb->L, 1);
}

static void test_the_world_module_is_read_only(void **state)
{
    (void)state;
    run_ok(DIR "world_module.lua");
    assert_string_equal(field("ok"), "false");
    assert_contains(field("err"), "read-only");
    lua_pop(sb->L, 1);
    /* another script still has the real world.get */
    assert_string_equal(probe("world.get"), "function");
}

#define T(f) cmocka_unit_test_setup_teardown(f, new_sandbox, free_sandbox)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_forbidden_io_is_nil),
        T(test_forbidden_os_is_nil),
        T(test_forbidden_package_is_nil),
        T(test_forbidden_debug_is_nil),
        T(test_forbidden_load_is_nil),
        T(test_forbidden_loadfile_is_nil),
        T(test_forbidden_loadstring_is_nil),
        T(test_forbidden_dofile_is_nil),
        T(test_forbidden_collectgarbage_is_nil),
        T(test_forbidden_coroutine_is_nil),
        T(test_forbidden_rawset_is_nil),
        T(test_forbidden_string_dump_is_nil),
        T(test_forbidden_math_randomseed_is_nil),
        T(test_forbidden_G_io_is_nil),
        T(test_forbidden_G_os_is_nil),
        T(test_forbidden_G_debug_is_nil),
        T(test_forbidden_G_load_is_nil),
        T(test_allowed_globals_are_present),
        T(test_require_loads_only_modules_from_scripts_lib),
        T(test_getmetatable_of_a_string_does_not_give_the_string_metatable),
        T(test_a_script_cannot_change_another_scripts_libraries_or_globals),
        T(test_setmetatable_refuses_finalizers_and_protected_metatables),
        T(test_math_random_is_refused_while_loading),
        T(test_endless_loop_is_stopped_by_the_budget),
        T(test_budget_message_names_the_running_line),
        T(test_pcall_cannot_swallow_the_budget),
        T(test_the_budget_is_renewed_for_every_call),
        T(test_budget_counts_work_done_inside_library_calls),
        T(test_error_objects_cannot_hang_or_blank_the_message),
        T(test_error_messages_always_start_with_the_failing_place),
        T(test_a_looping_message_handler_is_stopped),
        T(test_growing_table_is_stopped_by_the_memory_cap),
        T(test_a_string_longer_than_the_cap_is_refused_naming_the_line),
        T(test_one_huge_string_is_refused_before_it_is_built),
        T(test_pcall_cannot_swallow_the_memory_cap),
        T(test_the_bounded_matcher_agrees_with_luas_own),
        T(test_a_file_starting_like_bytecode_is_refused),
        T(test_bytecode_refusal_names_the_file),
        T(test_real_compiled_bytecode_is_refused),
        T(test_syntax_error_names_file_and_line),
        T(test_runtime_error_names_file_and_line),
        T(test_missing_file_is_a_data_error),
        T(test_pairs_iterates_in_sorted_key_order),
        T(test_readonly_proxy_reads_through),
        T(test_readonly_proxy_refuses_writes_and_setmetatable),
        T(test_readonly_stays_read_only_under_pairs_next_and_raw_access),
        T(test_a_deep_proxy_is_read_only_all_the_way_down),
        T(test_the_world_module_is_read_only),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
