/* The `world` module: what scenario events see and change. Conditions read;
 * only an event's apply may write, and every write is clamped to the
 * variable's range and checked by name. */
#include <lauxlib.h>

#include "../core/game.h"
#include "lua_view.h"
#include "sandbox.h"

static Game *current_game(lua_State *L)
{
    Sandbox *sb = sandbox_from(L);
    if (!sb->game)
        luaL_error(L, "the world is not available while loading");
    return sb->game;
}

static Var check_var(lua_State *L, int arg)
{
    const char *name = luaL_checkstring(L, arg);
    int v = var_find(name);
    if (v < 0)
        luaL_argerror(L, arg, lua_pushfstring(L, "unknown variable '%s'", name));
    return (Var)v;
}

static Game *writable_game(lua_State *L, const char *fn)
{
    Game *g = current_game(L);
    if (!sandbox_from(L)->world_writable)
        luaL_error(L, "world.%s: conditions may only read the world", fn);
    return g;
}

static int world_get(lua_State *L)
{
    Game *g = current_game(L);
    lua_pushnumber(L, g->world.v[check_var(L, 1)]);
    return 1;
}

static int world_set(lua_State *L)
{
    Game *g = writable_game(L, "set");
    Var v = check_var(L, 1);
    g->world.v[v] = var_clamp(v, luaL_checknumber(L, 2));
    return 0;
}

static int world_add(lua_State *L)
{
    Game *g = writable_game(L, "add");
    Var v = check_var(L, 1);
    g->world.v[v] = var_clamp(v, g->world.v[v] + luaL_checknumber(L, 2));
    return 0;
}

static int world_news(lua_State *L)
{
    Game *g = writable_game(L, "news");
    game_news(g, NOBODY, -1, NOBODY, "%s", luaL_checkstring(L, 1));
    return 0;
}

static int world_turn(lua_State *L)
{
    lua_pushinteger(L, current_game(L)->world.turn + 1);
    return 1;
}

static int world_fired(lua_State *L)
{
    Game *g = current_game(L);
    lua_Integer i = luaL_checkinteger(L, 1);
    luaL_argcheck(L, i >= 1 && i <= MAX_EVENTS, 1, "no such event index");
    lua_pushinteger(L, g->world.event_count[i - 1]);
    return 1;
}

static const luaL_Reg world_functions[] = {
    { "get", world_get }, { "set", world_set }, { "add", world_add },
    { "news", world_news }, { "turn", world_turn }, { "fired", world_fired },
    { NULL, NULL },
};

int luaopen_world(lua_State *L)
{
    luaL_newlib(L, world_functions);
    return 1;
}

void sandbox_open_modules(Sandbox *sb)
{
    lua_State *L = sb->L;
    lua_getfield(L, LUA_REGISTRYINDEX, "redline.modules");
    luaopen_world(L);
    sandbox_readonly(L, -1);
    lua_setfield(L, -3, "world");
    lua_pop(L, 2);
    view_open(L);
}
