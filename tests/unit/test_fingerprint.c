/* The record of what scripts can reach: the same memory is found unchanged,
 * any change a script can make is found, and what cannot be looked into is
 * never found unchanged. */
#include <lauxlib.h>
#include <lualib.h>

#include "support.h"
#include "../../engine/script/fingerprint.h"

/* A state whose chunk `setup` returned a table, referenced by *ref. Like a
 * sandboxed script, the chunk sees only a few globals (the full globals hold
 * userdata: the files of io). */
static lua_State *with_chunk(const char *setup, int *ref)
{
    lua_State *L = luaL_newstate();
    luaL_openlibs(L);
    if (luaL_loadstring(L, setup) != LUA_OK)
        fail_msg("setup: %s", lua_tostring(L, -1));
    lua_newtable(L);
    lua_getglobal(L, "setmetatable");
    lua_setfield(L, -2, "setmetatable");
    lua_getglobal(L, "coroutine");
    lua_setfield(L, -2, "coroutine");
    lua_setupvalue(L, -2, 1);
    if (lua_pcall(L, 0, 1, 0) != LUA_OK)
        fail_msg("setup: %s", lua_tostring(L, -1));
    *ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return L;
}

/* Call the function `name` of the referenced table. */
static void call(lua_State *L, int ref, const char *name)
{
    lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
    lua_getfield(L, -1, name);
    if (lua_pcall(L, 0, 0, 0) != LUA_OK)
        fail_msg("%s: %s", name, lua_tostring(L, -1));
    lua_pop(L, 1);
}

static const char module[] =
    "local count, note = 0, 'quiet'\n"
    "local rules = { { id = 'a', favours = { x = 1 } }, { id = 'b', favours = { y = 2.5 } } }\n"
    "local M = { rules = rules }\n"
    "function M.read() return count + #rules end\n"
    "function M.tick() count = count + 1 end\n"
    "function M.untick() count = count - 1 end\n"
    "function M.weigh() rules[2].favours.y = 3 end\n"
    "function M.rename() note = 'loud' end\n"
    "function M.global() seen = true end\n"
    "function M.meta() setmetatable(rules, { __index = function() return 0 end }) end\n"
    "function M.swap() rules[1] = { id = 'a', favours = { x = 1 } } end\n"
    "function M.hold_coroutine() M.co = coroutine.create(M.read) end\n"
    "function M.note() return note end\n"
    "return M\n";

/* Whether the memory reachable from ref is as recorded in m. */
static bool unchanged(lua_State *L, int ref, const ScriptMemory *m)
{
    return memory_unchanged(L, &ref, 1, m, NULL);
}

static void test_reading_leaves_the_memory_as_it_was(void **state)
{
    (void)state;
    int ref;
    lua_State *L = with_chunk(module, &ref);
    ScriptMemory m;
    assert_true(memory_record(L, &ref, 1, &m));
    assert_true(unchanged(L, ref, &m));
    call(L, ref, "read");
    assert_true(unchanged(L, ref, &m));
    call(L, ref, "tick");
    call(L, ref, "untick");
    lua_gc(L, LUA_GCCOLLECT);
    assert_true(unchanged(L, ref, &m));
    memory_release(L, &m);
    lua_close(L);
}

/* Each change a script can make to what it keeps, from a fresh state. */
static void test_every_kind_of_change_is_seen(void **state)
{
    (void)state;
    static const char *const changes[] = { "tick", "weigh", "rename", "global", "meta", "swap" };
    for (size_t i = 0; i < sizeof changes / sizeof *changes; i++) {
        int ref;
        lua_State *L = with_chunk(module, &ref);
        ScriptMemory m;
        memory_record(L, &ref, 1, &m);
        call(L, ref, changes[i]);
        lua_gc(L, LUA_GCCOLLECT);
        if (unchanged(L, ref, &m))
            fail_msg("'%s' changed the memory but it was found unchanged", changes[i]);
        memory_release(L, &m);
        lua_close(L);
    }
}

static void test_what_cannot_be_looked_into_is_never_unchanged(void **state)
{
    (void)state;
    int ref;
    lua_State *L = with_chunk(module, &ref);
    call(L, ref, "hold_coroutine");
    ScriptMemory m;
    assert_false(memory_record(L, &ref, 1, &m));
    assert_false(unchanged(L, ref, &m));
    memory_release(L, &m);
    lua_close(L);
}

/* A userdata is known by its bytes and user values (a string iterator keeps
 * its place in its bytes), unless the engine froze it: then by its identity
 * alone (ai.actor's prepared rules, written only while loading). */
static void test_a_userdata_is_known_by_its_bytes_unless_frozen(void **state)
{
    (void)state;
    int ref;
    lua_State *L = with_chunk("return {}", &ref);
    lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
    double *data = lua_newuserdatauv(L, 2 * sizeof *data, 1);
    data[0] = data[1] = 1;
    lua_newtable(L);
    lua_setiuservalue(L, -2, 1);
    lua_setfield(L, -2, "brain");
    ScriptMemory m;
    assert_true(memory_record(L, &ref, 1, &m));
    data[1] = 2;
    assert_false(unchanged(L, ref, &m));
    memory_release(L, &m);
    lua_getfield(L, -1, "brain");
    memory_freeze(L, -1);
    lua_pop(L, 1);
    memory_record(L, &ref, 1, &m);
    data[1] = 3;
    assert_true(unchanged(L, ref, &m));
    lua_getfield(L, -1, "brain");
    lua_getiuservalue(L, -1, 1);
    lua_pushboolean(L, 1);
    lua_setfield(L, -2, "seen");
    lua_pop(L, 2);
    assert_false(unchanged(L, ref, &m));
    memory_release(L, &m);
    lua_close(L);
}

/* A string or a function is known by its identity: the record keeps what it
 * names alive, so a new one can never take the old one's place unseen
 * (here the old one is let go and collected first, so that the allocator
 * would hand its memory to the new one if the record did not hold it). */
static void test_a_new_string_or_function_in_an_old_place_is_seen(void **state)
{
    (void)state;
    int ref;
    lua_State *L = with_chunk("local M = { s = ('x'):rep(50) .. 'a', f = function() return 1 end }\n"
                              "function M.drop_string() M.s = nil end\n"
                              "function M.restring() M.s = ('x'):rep(50) .. 'b' end\n"
                              "function M.drop_function() M.f = nil end\n"
                              "function M.refunction() M.f = function() return 2 end end\n"
                              "return M", &ref);
    static const char *const changes[][2] = { { "drop_string", "restring" }, { "drop_function", "refunction" } };
    for (size_t i = 0; i < sizeof changes / sizeof *changes; i++) {
        ScriptMemory m;
        memory_record(L, &ref, 1, &m);
        call(L, ref, changes[i][0]);
        lua_gc(L, LUA_GCCOLLECT);
        call(L, ref, changes[i][1]);
        if (unchanged(L, ref, &m))
            fail_msg("'%s' was found unchanged", changes[i][1]);
        memory_release(L, &m);
    }
    lua_close(L);
}

static void test_a_structure_too_deep_is_never_unchanged(void **state)
{
    (void)state;
    int ref;
    lua_State *L = with_chunk("local t = {} local top = t\n"
                              "for i = 1, 1000 do t.next = {} t = t.next end\n"
                              "return top", &ref);
    ScriptMemory m;
    assert_false(memory_record(L, &ref, 1, &m));
    assert_false(unchanged(L, ref, &m));
    memory_release(L, &m);
    lua_close(L);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reading_leaves_the_memory_as_it_was),
        cmocka_unit_test(test_every_kind_of_change_is_seen),
        cmocka_unit_test(test_what_cannot_be_looked_into_is_never_unchanged),
        cmocka_unit_test(test_a_userdata_is_known_by_its_bytes_unless_frozen),
        cmocka_unit_test(test_a_new_string_or_function_in_an_old_place_is_seen),
        cmocka_unit_test(test_a_structure_too_deep_is_never_unchanged),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
