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

static int sorted_next(lua_State *L)
{
    lua_Integer i = lua_tointeger(L, lua_upvalueindex(2)) + 1;
    lua_pushinteger(L, i);
    lua_replace(L, lua_upvalueindex(2));
    if (lua_rawgeti(L, lua_upvalueindex(1), i) == LUA_TNIL)
        return 1;
    lua_pushvalue(L, -1);
    lua_gettable(L, lua_upvalueindex(3));
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

int sandbox_sorted_pairs(lua_State *L)
{
    luaL_checkany(L, 1);
    if (luaL_getmetafield(L, 1, "__pairs") != LUA_TNIL) {
        lua_pushvalue(L, 1);
        lua_call(L, 1, 3);
        return 3;
    }
    luaL_checktype(L, 1, LUA_TTABLE);
    push_sorted_keys(L, 1);
    lua_pushinteger(L, 0);
    lua_pushvalue(L, 1);
    lua_pushcclosure(L, sorted_next, 3);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

static int readonly_newindex(lua_State *L)
{
    return luaL_error(L, "this table is read-only (tried to set '%s')", luaL_tolstring(L, 2, NULL));
}

/* What a read-only table stands for: its metatable's __index. */
static void push_readonly_data(lua_State *L)
{
    lua_getmetatable(L, 1);
    lua_getfield(L, -1, "__index");
    lua_remove(L, -2);
}

static int readonly_len(lua_State *L)
{
    push_readonly_data(L);
    lua_pushinteger(L, (lua_Integer)luaL_len(L, -1));
    return 1;
}

static int readonly_pairs(lua_State *L)
{
    lua_pushcfunction(L, sandbox_sorted_pairs);
    push_readonly_data(L);
    lua_call(L, 1, 3);
    return 3;
}

void sandbox_readonly(lua_State *L, int idx)
{
    idx = lua_absindex(L, idx);
    lua_newtable(L);
    lua_createtable(L, 0, 5);
    lua_pushvalue(L, idx);
    lua_setfield(L, -2, "__index");
    static const luaL_Reg meta[] = {
        { "__newindex", readonly_newindex }, { "__len", readonly_len }, { "__pairs", readonly_pairs }, { NULL, NULL },
    };
    luaL_setfuncs(L, meta, 0);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
}
