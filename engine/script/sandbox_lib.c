/* The standard library as scripts get it: each function whose work grows
 * with an argument rather than with memory it allocates is charged for that
 * work before it starts, so that no library call can run unbounded where
 * the instruction count cannot see (table.move({}, 1, 1e15, 2) looped for
 * days, (''):rep(math.maxinteger) for ever). Work that allocates is charged
 * by the allocator, and strings are capped there; pattern matching is
 * sandbox_pattern.c. The originals are kept as upvalues and do the work. */
#include <lauxlib.h>
#include <limits.h>

#include "sandbox.h"

/* Charge n units (a count that may be huge or negative: none). */
static void charge(lua_State *L, lua_Integer first, lua_Integer last)
{
    if (last < first)
        return;
    lua_Unsigned n = (lua_Unsigned)last - (lua_Unsigned)first + 1u;
    sandbox_charge(L, n > (lua_Unsigned)(LONG_MAX / 2) ? LONG_MAX / 2 : (long)n);
}

/* Call the original (upvalue 1) with the arguments as they now are. */
static int call_original(lua_State *L)
{
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* string.rep: the result's length is known before any work: one longer than
 * a script may hold is refused, and an empty one is not built n times. */
static int bounded_rep(lua_State *L)
{
    size_t l, lsep;
    luaL_checklstring(L, 1, &l);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &lsep);
    if (n <= 0 || l + lsep == 0) {
        lua_pushliteral(L, "");
        return 1;
    }
    if ((lua_Unsigned)n > (SANDBOX_STRING_CAP + lsep) / (l + lsep))
        return luaL_error(L, "string.rep: the result would be longer than the %d KB a string in a script may hold",
                          (int)(SANDBOX_STRING_CAP >> 10));
    return call_original(L);
}

/* The end of a span given at argument idx, or the length of the table at 1. */
static lua_Integer span_end(lua_State *L, int idx)
{
    return lua_isnoneornil(L, idx) ? luaL_len(L, 1) : luaL_checkinteger(L, idx);
}

/* A position in a string of len bytes as Lua reads it (negative: from the
 * end), clamped to 0..len. */
static lua_Integer absolute(lua_Integer pos, size_t len)
{
    if (pos >= 0)
        return pos < (lua_Integer)len ? pos : (lua_Integer)len;
    return pos < -(lua_Integer)len ? 0 : (lua_Integer)len + pos + 1;
}

/* string.byte(s, i, j) and utf8.codepoint(s, i, j): a value per character. */
static int bounded_slice(lua_State *L)
{
    size_t l;
    luaL_checklstring(L, 1, &l);
    lua_Integer i = luaL_optinteger(L, 2, 1);
    charge(L, absolute(i, l), absolute(luaL_optinteger(L, 3, i), l));
    return call_original(L);
}

/* utf8.len and utf8.offset: a walk over the string. */
static int bounded_walk(lua_State *L)
{
    size_t l;
    luaL_checklstring(L, 1, &l);
    sandbox_charge(L, 1 + (long)(l / 16));
    return call_original(L);
}

/* table.concat(list, sep, i, j) and table.unpack(list, i, j): a step per item. */
static int bounded_items(lua_State *L, int first)
{
    if (!lua_istable(L, 1))
        return call_original(L);
    lua_Integer i = luaL_optinteger(L, first, 1), j = span_end(L, first + 1);
    charge(L, i, j);
    lua_settop(L, first + 1);
    lua_pushinteger(L, j);
    lua_replace(L, first + 1);
    return call_original(L);
}

static int bounded_concat(lua_State *L) { return bounded_items(L, 3); }
static int bounded_unpack(lua_State *L) { return bounded_items(L, 2); }

/* table.insert(t, pos, v): the items from pos on move up. */
static int bounded_insert(lua_State *L)
{
    if (lua_istable(L, 1) && lua_gettop(L) == 3 && lua_isinteger(L, 2))
        charge(L, lua_tointeger(L, 2), luaL_len(L, 1));
    return call_original(L);
}

/* table.remove(t, pos): the items after pos move down. */
static int bounded_remove(lua_State *L)
{
    if (lua_istable(L, 1) && lua_isinteger(L, 2))
        charge(L, lua_tointeger(L, 2), luaL_len(L, 1));
    return call_original(L);
}

/* table.move(a1, f, e, t, a2): e - f + 1 items. */
static int bounded_move(lua_State *L)
{
    charge(L, luaL_checkinteger(L, 2), luaL_checkinteger(L, 3));
    return call_original(L);
}

/* table.sort: about n log n comparisons. */
static int bounded_sort(lua_State *L)
{
    if (lua_istable(L, 1)) {
        lua_Integer n = luaL_len(L, 1), depth = 1;
        for (lua_Integer k = n; k > 1; k >>= 1)
            depth++;
        charge(L, 1, n > 0 && n < LUA_MAXINTEGER / depth ? n * depth : n);
    }
    return call_original(L);
}

/* string.unpack: a value per item of its format. */
static int bounded_unpack_format(lua_State *L)
{
    size_t l;
    luaL_checklstring(L, 1, &l);
    sandbox_charge(L, 1 + (long)l);
    return call_original(L);
}

static void wrap(lua_State *L, int lib, const char *name, lua_CFunction bounded)
{
    lua_getfield(L, lib, name);
    lua_pushcclosure(L, bounded, 1);
    lua_setfield(L, lib, name);
}

void sandbox_bound_libraries(lua_State *L)
{
    lua_getglobal(L, "string");
    int string = lua_gettop(L);
    wrap(L, string, "rep", bounded_rep);
    wrap(L, string, "byte", bounded_slice);
    wrap(L, string, "unpack", bounded_unpack_format);
    sandbox_bound_patterns(L, string);
    lua_getglobal(L, "table");
    int table = lua_gettop(L);
    wrap(L, table, "concat", bounded_concat);
    wrap(L, table, "unpack", bounded_unpack);
    wrap(L, table, "insert", bounded_insert);
    wrap(L, table, "remove", bounded_remove);
    wrap(L, table, "move", bounded_move);
    wrap(L, table, "sort", bounded_sort);
    lua_getglobal(L, "utf8");
    int utf8 = lua_gettop(L);
    wrap(L, utf8, "codepoint", bounded_slice);
    wrap(L, utf8, "len", bounded_walk);
    wrap(L, utf8, "offset", bounded_walk);
    lua_pop(L, 3);
}
