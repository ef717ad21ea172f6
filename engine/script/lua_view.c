/* The view an actor decides from: the world as that actor can know it.
 * A view is a userdata holding only its actor's id; every read looks the
 * answer up afresh in the game the sandbox is playing (stable ids, not
 * pointers), so one view per actor serves a whole session and deciding
 * allocates almost nothing. Values the actor cannot see are estimates (see
 * game_estimate), with the error in view.uncertainty. Everything is
 * read-only: writes raise an error and the metatables cannot be reached. */
#include <lauxlib.h>
#include <string.h>

#include "../core/game.h"
#include "lua_view.h"
#include "suggest.h"

#define VIEW_META "redline.view"
#define UNCERTAINTY_META "redline.uncertainty"
#define CAN_META "redline.can"

typedef struct ActorRef {
    int actor;
} ActorRef;

static const Game *playing(lua_State *L)
{
    const Game *g = sandbox_from(L)->game;
    if (!g)
        luaL_error(L, "a view can only be read while its actor decides");
    return g;
}

/* Name -> index, from a registry table built once per sandbox. */
static int lookup(lua_State *L, const char *registry_key, int key)
{
    lua_getfield(L, LUA_REGISTRYINDEX, registry_key);
    lua_pushvalue(L, key);
    lua_rawget(L, -2);
    int index = lua_isinteger(L, -1) ? (int)lua_tointeger(L, -1) : -1;
    lua_pop(L, 2);
    return index;
}

static int refuse_write(lua_State *L)
{
    return luaL_error(L, "the view is read-only (tried to set '%s')", luaL_tolstring(L, 2, NULL));
}

static int actor_of(lua_State *L, const char *meta)
{
    return ((ActorRef *)luaL_checkudata(L, 1, meta))->actor;
}

/* Per-actor caches of what is built once a turn (view.actions, view.last),
 * kept in the view's user value and dropped when the turn moves on. */
static void push_turn_cache(lua_State *L, const Game *g)
{
    lua_getiuservalue(L, 1, 1);
    lua_getfield(L, -1, "turn");
    bool stale = lua_tointeger(L, -1) != g->world.turn + 1;
    lua_pop(L, 1);
    if (stale) {
        lua_pop(L, 1);
        lua_createtable(L, 0, 3);
        lua_pushinteger(L, g->world.turn + 1);
        lua_setfield(L, -2, "turn");
        lua_pushvalue(L, -1);
        lua_setiuservalue(L, 1, 1);
    }
}

static void push_available(lua_State *L, const Game *g, Actor a)
{
    lua_newtable(L);
    for (int i = 0, n = 0; i < g->catalogue->count; i++)
        if (!action_blocker(g, g->world.v, a, i, 0)) {
            lua_pushstring(L, g->catalogue->actions[i].id);
            lua_rawseti(L, -2, ++n);
        }
}

/* Every public action of last turn, and this actor's own secret ones. */
static void push_last(lua_State *L, const Game *g, Actor a)
{
    lua_newtable(L);
    const History *h = &g->history;
    if (h->nturns == 0)
        return;
    const TurnRecord *t = &h->turns[h->nturns - 1];
    for (int i = 0; i < t->norders; i++) {
        const Order *o = &h->orders[t->first_order + i];
        const Action *act = &g->catalogue->actions[o->action];
        if (act->secret && o->actor != a)
            continue;
        lua_pushstring(L, actor_name((Actor)o->actor));
        lua_setfield(L, -2, act->id);
    }
}

static int cached(lua_State *L, const Game *g, Actor a, const char *field,
                  void (*build)(lua_State *, const Game *, Actor))
{
    push_turn_cache(L, g);
    if (lua_getfield(L, -1, field) == LUA_TNIL) {
        lua_pop(L, 1);
        build(L, g, a);
        sandbox_readonly(L, -1);
        lua_remove(L, -2);
        lua_pushvalue(L, -1);
        lua_setfield(L, -3, field);
    }
    return 1;
}

/* view.cost and view.track: the same for every actor and turn. */
static int catalogue_column(lua_State *L, const Game *g, const char *field)
{
    char key[48];
    snprintf(key, sizeof key, "redline.view.%s", field);
    if (lua_getfield(L, LUA_REGISTRYINDEX, key) != LUA_TNIL)
        return 1;
    lua_pop(L, 1);
    lua_createtable(L, 0, g->catalogue->count);
    for (int i = 0; i < g->catalogue->count; i++) {
        const Action *act = &g->catalogue->actions[i];
        if (field[0] == 'c')
            lua_pushinteger(L, act->cost);
        else
            lua_pushstring(L, act->track);
        lua_setfield(L, -2, act->id);
    }
    sandbox_readonly(L, -1);
    lua_remove(L, -2);
    lua_pushvalue(L, -1);
    lua_setfield(L, LUA_REGISTRYINDEX, key);
    return 1;
}

/* view.can and view.uncertainty: made once per view, kept in its second
 * user value. */
static int push_child(lua_State *L, const char *field)
{
    lua_getiuservalue(L, 1, 2);
    lua_getfield(L, -1, field);
    return 1;
}

static void new_child(lua_State *L, int children, Actor a, const char *meta, const char *field)
{
    ActorRef *ref = lua_newuserdatauv(L, sizeof *ref, 0);
    ref->actor = a;
    luaL_setmetatable(L, meta);
    lua_setfield(L, children, field);
}

/* The view's fields besides the variables, numbered after them in the
 * registry's name -> index table, so one lookup finds any field. */
enum { F_ACTOR = VAR_COUNT, F_TURN, F_TURNS, F_CAPITAL, F_COST, F_TRACK, F_ACTIONS, F_LAST, F_CAN, F_UNCERTAINTY };
static const char *const view_fields[] = {
    "actor", "turn", "turns", "capital", "cost", "track", "actions", "last", "can", "uncertainty",
};

static const char *field_at(int i, const void *ctx)
{
    (void)ctx;
    if (i < VAR_COUNT)
        return var_info[i].name;
    i -= VAR_COUNT;
    return i < (int)(sizeof view_fields / sizeof *view_fields) ? view_fields[i] : NULL;
}

/* A field the view lacks is a typo, not a nil to compare with (which would
 * fail later, further from the mistake): say so, with the nearest name. */
static int no_such_field(lua_State *L)
{
    if (lua_type(L, 2) != LUA_TSTRING)
        return lua_pushnil(L), 1;
    char hint[80];
    const char *key = lua_tostring(L, 2);
    return luaL_error(L, "the view has no field '%s'%s", key, suggest_hint(key, field_at, NULL, hint, sizeof hint));
}

static int view_index(lua_State *L)
{
    Actor a = (Actor)actor_of(L, VIEW_META);
    const Game *g = playing(L);
    int field = lookup(L, "redline.varindex", 2);
    if (field >= 0 && field < VAR_COUNT) {
        lua_pushnumber(L, game_estimate(g, a, (Var)field));
        return 1;
    }
    switch (field) {
    case F_ACTOR: lua_pushstring(L, actor_name(a)); return 1;
    case F_TURN: lua_pushinteger(L, g->world.turn + 1); return 1;
    case F_TURNS: lua_pushinteger(L, g->scenario->turns); return 1;
    case F_CAPITAL: lua_pushinteger(L, g->scenario->capital[a]); return 1;
    case F_COST: return catalogue_column(L, g, "cost");
    case F_TRACK: return catalogue_column(L, g, "track");
    case F_ACTIONS: return cached(L, g, a, "actions", push_available);
    case F_LAST: return cached(L, g, a, "last", push_last);
    case F_CAN: return push_child(L, "can");
    case F_UNCERTAINTY: return push_child(L, "uncertainty");
    }
    return no_such_field(L);
}

static int uncertainty_index(lua_State *L)
{
    Actor a = (Actor)actor_of(L, UNCERTAINTY_META);
    const Game *g = playing(L);
    int v = lookup(L, "redline.varindex", 2);
    if (v < 0 || v >= VAR_COUNT)
        return lua_pushnil(L), 1;
    lua_pushnumber(L, game_uncertainty(g, a, (Var)v));
    return 1;
}

/* Action id -> catalogue index, built on first use. */
static int action_index(lua_State *L, const Game *g, int key)
{
    if (lua_getfield(L, LUA_REGISTRYINDEX, "redline.actionindex") == LUA_TNIL) {
        lua_pop(L, 1);
        lua_createtable(L, 0, g->catalogue->count);
        for (int i = 0; i < g->catalogue->count; i++) {
            lua_pushinteger(L, i);
            lua_setfield(L, -2, g->catalogue->actions[i].id);
        }
        lua_pushvalue(L, -1);
        lua_setfield(L, LUA_REGISTRYINDEX, "redline.actionindex");
    }
    lua_pop(L, 1);
    return lookup(L, "redline.actionindex", key);
}

static int can_index(lua_State *L)
{
    Actor a = (Actor)actor_of(L, CAN_META);
    const Game *g = playing(L);
    int i = action_index(L, g, 2);
    lua_pushboolean(L, i >= 0 && !action_blocker(g, g->world.v, a, i, 0));
    return 1;
}

/* pairs over a view walks a snapshot: every field, in sorted order. */
static int view_pairs(lua_State *L)
{
    luaL_checkudata(L, 1, VIEW_META);
    lua_createtable(L, 0, VAR_COUNT + 10);
    for (size_t i = 0; i < sizeof view_fields / sizeof *view_fields; i++) {
        lua_getfield(L, 1, view_fields[i]);
        lua_setfield(L, -2, view_fields[i]);
    }
    for (int v = 0; v < VAR_COUNT; v++) {
        lua_getfield(L, 1, var_info[v].name);
        lua_setfield(L, -2, var_info[v].name);
    }
    lua_pushcfunction(L, sandbox_sorted_pairs);
    lua_insert(L, -2);
    lua_call(L, 1, 3);
    return 3;
}

static void new_meta(lua_State *L, const char *name, lua_CFunction index)
{
    luaL_newmetatable(L, name);
    lua_pushcfunction(L, index);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, refuse_write);
    lua_setfield(L, -2, "__newindex");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pushstring(L, name);
    lua_setfield(L, -2, "__name");
}

void view_open(lua_State *L)
{
    new_meta(L, VIEW_META, view_index);
    lua_pushcfunction(L, view_pairs);
    lua_setfield(L, -2, "__pairs");
    new_meta(L, UNCERTAINTY_META, uncertainty_index);
    new_meta(L, CAN_META, can_index);
    lua_pop(L, 3);
    lua_createtable(L, 0, VAR_COUNT + 10);
    for (int v = 0; v < VAR_COUNT; v++) {
        lua_pushinteger(L, v);
        lua_setfield(L, -2, var_info[v].name);
    }
    for (size_t i = 0; i < sizeof view_fields / sizeof *view_fields; i++) {
        lua_pushinteger(L, VAR_COUNT + (lua_Integer)i);
        lua_setfield(L, -2, view_fields[i]);
    }
    lua_setfield(L, LUA_REGISTRYINDEX, "redline.varindex");
    lua_createtable(L, ACTOR_COUNT, 0);
    for (int a = 0; a < ACTOR_COUNT; a++) {
        ActorRef *ref = lua_newuserdatauv(L, sizeof *ref, 2);
        ref->actor = a;
        lua_newtable(L);
        lua_setiuservalue(L, -2, 1);
        lua_createtable(L, 0, 2);
        new_child(L, lua_gettop(L), (Actor)a, CAN_META, "can");
        new_child(L, lua_gettop(L), (Actor)a, UNCERTAINTY_META, "uncertainty");
        lua_setiuservalue(L, -2, 2);
        luaL_setmetatable(L, VIEW_META);
        lua_rawseti(L, -2, a + 1);
    }
    lua_setfield(L, LUA_REGISTRYINDEX, "redline.views");
}

void view_push(Sandbox *sb, Actor a)
{
    lua_getfield(sb->L, LUA_REGISTRYINDEX, "redline.views");
    lua_rawgeti(sb->L, -1, a + 1);
    lua_remove(sb->L, -2);
}
