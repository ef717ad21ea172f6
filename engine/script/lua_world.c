/* The `world` module: what scenario events see and change. Conditions read;
 * only an event's apply may write, and every write is clamped to the
 * variable's range and checked by name. */
#include <lauxlib.h>
#include <string.h>

#include "../core/game.h"
#include "lua_view.h"
#include "lua_world.h"
#include "sandbox.h"

/* The game, while an event (or a scenario's function) runs: a strategy's
 * or an actor's decide sees the world only through its view, estimates and
 * all, so world.get there would be a look past the fog of war. */
static Game *current_game(lua_State *L)
{
    Sandbox *sb = sandbox_from(L);
    if (!sb->game)
        luaL_error(L, "the world is not available while loading");
    if (!sb->owner)
        luaL_error(L, "the world module is for events and scenarios; a strategy decides from its view");
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
    size_t len;
    const char *text = luaL_checklstring(L, 1, &len);
    char line[NEWS_LEN];
    sandbox_text(line, sizeof line, text, len, true);   /* valid UTF-8, cut between characters */
    game_news(g, NOBODY, -1, NOBODY, "%s", line);
    return 0;
}

static int world_turn(lua_State *L)
{
    lua_pushinteger(L, current_game(L)->world.turn + 1);
    return 1;
}

static int world_scenario(lua_State *L)
{
    lua_pushstring(L, current_game(L)->scenario->id);
    return 1;
}

/* world.raise(name, data): the events with on = name run after this one,
 * this turn, with data. The session keeps the queue (redline.raised). */
static int world_raise(lua_State *L)
{
    writable_game(L, "raise");
    const char *name = luaL_checkstring(L, 1);
    luaL_argcheck(L, *name && strlen(name) < 40, 1, "an event name of 1-39 characters");
    if (lua_getfield(L, LUA_REGISTRYINDEX, "redline.raised") != LUA_TTABLE)
        return luaL_error(L, "world.raise: events cannot be raised here");
    lua_Integer n = luaL_len(L, -1);
    if (n >= WORLD_MAX_RAISED)
        return luaL_error(L, "world.raise: more than %d events raised in one turn (do two events raise each other?)",
                          WORLD_MAX_RAISED);
    lua_createtable(L, 2, 0);
    lua_pushvalue(L, 1);
    lua_rawseti(L, -2, 1);
    lua_pushvalue(L, 2);
    lua_rawseti(L, -2, 2);
    lua_rawseti(L, -2, n + 1);
    return 0;
}

/* world.state(): a table the running mod (or scenario) keeps from turn to
 * turn and that is saved with the game. Read-only inside conditions. */
static int world_state(lua_State *L)
{
    Sandbox *sb = sandbox_from(L);
    current_game(L);
    if (!sb->owner)
        return luaL_error(L, "world.state: only events have state");
    if (lua_getfield(L, LUA_REGISTRYINDEX, "redline.state") != LUA_TTABLE)
        return luaL_error(L, "world.state: no state here");
    if (lua_getfield(L, -1, sb->owner) != LUA_TTABLE) {
        lua_pop(L, 1);
        lua_newtable(L);
        lua_pushvalue(L, -1);
        lua_setfield(L, -3, sb->owner);
    }
    if (!sb->world_writable) {
        sandbox_readonly_deep(L, -1);
        lua_remove(L, -2);
    }
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

/* The module, documented where it is defined: `redline api` prints these. */
const ApiDoc world_api[] = {
    { "get", world_get, "world.get(name: string) -> number",
      "The true value of a variable (events see the world as it is, not an estimate)." },
    { "set", world_set, "world.set(name: string, value: number)",
      "Set a variable, clamped to its range. In apply only." },
    { "add", world_add, "world.add(name: string, delta: number)",
      "Add to a variable, clamped to its range. In apply only." },
    { "news", world_news, "world.news(text: string)",
      "A news line everyone reads this turn. In apply only." },
    { "turn", world_turn, "world.turn() -> integer",
      "The turn being played, from 1." },
    { "fired", world_fired, "world.fired(index: integer) -> integer",
      "How many times event number index (in the order events are listed: the scenario's, then each mod's) has "
      "fired this game." },
    { "scenario", world_scenario, "world.scenario() -> string",
      "The id of the scenario being played." },
    { "raise", world_raise, "world.raise(name: string, data?: table)",
      "Raise a custom event: after this event, every event with on = name runs its apply(world, data), this "
      "turn, in load order. In apply only; at most 64 a turn." },
    { "state", world_state, "world.state() -> table",
      "A table the running mod (or scenario) keeps from turn to turn, saved with the game. Keep numbers, strings, "
      "booleans and tables of them in it. Read-only in when." },
    { NULL, NULL, NULL, NULL },
};

void push_module(lua_State *L, const ApiDoc *fns)
{
    lua_newtable(L);
    for (const ApiDoc *f = fns; f->name; f++) {
        lua_pushcfunction(L, f->fn);
        lua_setfield(L, -2, f->name);
    }
}

int luaopen_world(lua_State *L)
{
    push_module(L, world_api);
    return 1;
}

static int world_refuse_write(lua_State *L)
{
    return luaL_error(L, "the world module is read-only (tried to set '%s')", luaL_tolstring(L, 2, NULL));
}

/* The world every script sees: a userdata whose functions are read through
 * a hidden metatable, so there is no table to walk with pairs or next, to
 * write to or to share: one object for all, that nobody can change. */
static void push_world_object(lua_State *L)
{
    lua_newuserdatauv(L, 0, 0);
    lua_createtable(L, 0, 3);
    luaopen_world(L);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, world_refuse_write);
    lua_setfield(L, -2, "__newindex");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
}

void sandbox_open_modules(Sandbox *sb)
{
    lua_State *L = sb->L;
    lua_getfield(L, LUA_REGISTRYINDEX, "redline.modules");
    push_world_object(L);
    lua_setfield(L, -2, "world");
    lua_pop(L, 1);
    view_open(L);
}
