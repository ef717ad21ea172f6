/* Tables scripts may read but not change: sorted pairs (the one pairs
 * scripts get) and read-only proxies. */
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "sandbox.h"

/* pairs in key order: Lua 5.4 seeds string hashes at random, so raw table
 * order would differ between runs and break determinism. */
typedef struct SortKey {
    int rank;
    double num;
    const char *str;
    size_t len;
    int slot;
} SortKey;

static int key_compare(const void *a, const void *b)
{
    const SortKey *x = a, *y = b;
    if (x->rank != y->rank)
        return x->rank - y->rank;
    if (x->rank == 0)
        return (x->num > y->num) - (x->num < y->num);
    if (x->rank == 1) {
        size_t n = x->len < y->len ? x->len : y->len;
        int c = memcmp(x->str, y->str, n);
        return c ? c : (x->len > y->len) - (x->len < y->len);
    }
    if (x->rank == 2)
        return (x->num > y->num) - (x->num < y->num);
    return x->slot - y->slot;
}

/* The iterator pairs returns: upvalues are the sorted keys, the position,
 * the table, and whether table values are handed out as read-only proxies. */
static int sorted_next(lua_State *L)
{
    lua_Integer i = lua_tointeger(L, lua_upvalueindex(2)) + 1;
    lua_pushinteger(L, i);
    lua_replace(L, lua_upvalueindex(2));
    if (lua_rawgeti(L, lua_upvalueindex(1), i) == LUA_TNIL)
        return 1;
    lua_pushvalue(L, -1);
    lua_gettable(L, lua_upvalueindex(3));
    if (lua_toboolean(L, lua_upvalueindex(4)) && lua_istable(L, -1)) {
        sandbox_readonly_deep(L, -1);
        lua_remove(L, -2);
    }
    return 2;
}

static void push_sorted_keys(lua_State *L, int t)
{
    lua_newtable(L);
    int keys = lua_gettop(L);
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        lua_pushvalue(L, -1);
        lua_rawseti(L, keys, ++n);
    }
    SortKey *sk = lua_newuserdatauv(L, (size_t)(n ? n : 1) * sizeof *sk, 0);
    for (int i = 0; i < n; i++) {
        lua_rawgeti(L, keys, i + 1);
        int type = lua_type(L, -1);
        sk[i] = (SortKey){ .rank = 3, .slot = i + 1 };
        if (type == LUA_TNUMBER) {
            sk[i].rank = 0;
            sk[i].num = lua_tonumber(L, -1);
        } else if (type == LUA_TSTRING) {
            sk[i].rank = 1;
            sk[i].str = lua_tolstring(L, -1, &sk[i].len);   /* kept alive by `keys` */
        } else if (type == LUA_TBOOLEAN) {
            sk[i].rank = 2;
            sk[i].num = lua_toboolean(L, -1);
        }
        lua_pop(L, 1);
    }
    qsort(sk, (size_t)n, sizeof *sk, key_compare);
    lua_createtable(L, n, 0);
    for (int i = 0; i < n; i++) {
        lua_rawgeti(L, keys, sk[i].slot);
        lua_rawseti(L, -2, i + 1);
    }
    lua_replace(L, keys);
    lua_pop(L, 1);
}

/* Push pairs' three results for the table at t: the iterator, `state` (what
 * a script may see as the table iterated: never the data behind a proxy)
 * and nil. */
static int push_pairs(lua_State *L, int t, int state, bool deep)
{
    push_sorted_keys(L, t);
    lua_pushinteger(L, 0);
    lua_pushvalue(L, t);
    lua_pushboolean(L, deep);
    lua_pushcclosure(L, sorted_next, 4);
    lua_pushvalue(L, state);
    lua_pushnil(L);
    return 3;
}

int sandbox_sorted_pairs(lua_State *L)
{
    luaL_checkany(L, 1);
    if (luaL_getmetafield(L, 1, "__pairs") != LUA_TNIL) {
        lua_pushvalue(L, 1);
        lua_call(L, 1, 3);
        return 3;
    }
    luaL_checktype(L, 1, LUA_TTABLE);
    return push_pairs(L, 1, 1, false);
}

/* ---- read-only proxies ----------------------------------------------------
 * A proxy is an empty table whose metatable (hidden: __metatable is false)
 * keeps the data in __data. Reads go through __index; writes, rawset (which
 * scripts lack) and setmetatable are refused; next, rawget and rawlen see an
 * empty table; pairs walks the data but hands out the proxy, never the data
 * itself, as the table it iterates. */

static int readonly_newindex(lua_State *L)
{
    return luaL_error(L, "this table is read-only (tried to set '%s')", luaL_tolstring(L, 2, NULL));
}

static void push_data(lua_State *L, int proxy)
{
    lua_getmetatable(L, proxy);
    lua_getfield(L, -1, "__data");
    lua_remove(L, -2);
}

static int readonly_len(lua_State *L)
{
    push_data(L, 1);
    lua_pushinteger(L, (lua_Integer)luaL_len(L, -1));
    return 1;
}

static int readonly_pairs(lua_State *L)
{
    push_data(L, 1);
    return push_pairs(L, lua_gettop(L), 1, false);
}

static int deep_pairs(lua_State *L)
{
    push_data(L, 1);
    return push_pairs(L, lua_gettop(L), 1, true);
}

/* A read through a deep proxy: a table comes back as a read-only proxy too. */
static int deep_index(lua_State *L)
{
    push_data(L, 1);
    lua_pushvalue(L, 2);
    if (lua_gettable(L, -2) == LUA_TTABLE)
        sandbox_readonly_deep(L, -1);
    return 1;
}

static void new_proxy(lua_State *L, int data, lua_CFunction index, lua_CFunction pairs)
{
    data = lua_absindex(L, data);
    lua_newtable(L);
    lua_createtable(L, 0, 6);
    lua_pushvalue(L, data);
    lua_setfield(L, -2, "__data");
    if (index)
        lua_pushcfunction(L, index);
    else
        lua_pushvalue(L, data);     /* a plain read is a table lookup: no call */
    lua_setfield(L, -2, "__index");
    const luaL_Reg meta[] = {
        { "__newindex", readonly_newindex }, { "__len", readonly_len }, { "__pairs", pairs }, { NULL, NULL },
    };
    luaL_setfuncs(L, meta, 0);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
}

void sandbox_readonly(lua_State *L, int idx)
{
    new_proxy(L, idx, NULL, readonly_pairs);
}

void sandbox_readonly_deep(lua_State *L, int idx)
{
    new_proxy(L, idx, deep_index, deep_pairs);
}
