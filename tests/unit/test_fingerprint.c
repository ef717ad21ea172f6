/* The fingerprint of what scripts can reach: the same memory gives the same
 * fingerprint, any change a script can make gives another, and what cannot
 * be looked into gives FINGERPRINT_UNKNOWN. */
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

static void test_reading_leaves_the_fingerprint_as_it_was(void **state)
{
    (void)state;
    int ref;
    lua_State *L = with_chunk(module, &ref);
    uint64_t before = fingerprint(L, &ref, 1);
    assert_true(before != FINGERPRINT_UNKNOWN);
    call(L, ref, "read");
    assert_true(fingerprint(L, &ref, 1) == before);
    call(L, ref, "tick");
    call(L, ref, "untick");
    assert_true(fingerprint(L, &ref, 1) == before);
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
        uint64_t before = fingerprint(L, &ref, 1);
        call(L, ref, changes[i]);
        uint64_t after = fingerprint(L, &ref, 1);
        if (after == before)
            fail_msg("'%s' changed the memory but not its fingerprint", changes[i]);
        lua_close(L);
    }
}

static void test_what_cannot_be_looked_into_is_unknown(void **state)
{
    (void)state;
    int ref;
    lua_State *L = with_chunk(module, &ref);
    call(L, ref, "hold_coroutine");
    assert_true(fingerprint(L, &ref, 1) == FINGERPRINT_UNKNOWN);
    lua_close(L);
}

/* The engine's userdata (ai.actor's prepared rules) hold plain data: their
 * bytes and user values are part of the fingerprint. */
static void test_a_userdata_is_known_by_its_bytes_and_user_values(void **state)
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
    uint64_t before = fingerprint(L, &ref, 1);
    assert_true(before != FINGERPRINT_UNKNOWN);
    assert_true(fingerprint(L, &ref, 1) == before);
    data[1] = 2;
    uint64_t changed = fingerprint(L, &ref, 1);
    assert_true(changed != before);
    lua_getfield(L, -1, "brain");
    lua_getiuservalue(L, -1, 1);
    lua_pushboolean(L, 1);
    lua_setfield(L, -2, "seen");
    assert_true(fingerprint(L, &ref, 1) != changed);
    lua_close(L);
}

static void test_a_structure_too_deep_is_unknown(void **state)
{
    (void)state;
    int ref;
    lua_State *L = with_chunk("local t = {} local top = t\n"
                              "for i = 1, 1000 do t.next = {} t = t.next end\n"
                              "return top", &ref);
    assert_true(fingerprint(L, &ref, 1) == FINGERPRINT_UNKNOWN);
    lua_close(L);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reading_leaves_the_fingerprint_as_it_was),
        cmocka_unit_test(test_every_kind_of_change_is_seen),
        cmocka_unit_test(test_what_cannot_be_looked_into_is_unknown),
        cmocka_unit_test(test_a_userdata_is_known_by_its_bytes_and_user_values),
        cmocka_unit_test(test_a_structure_too_deep_is_unknown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
