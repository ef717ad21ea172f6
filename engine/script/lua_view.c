/* The view an actor decides from: the world as that actor can know it.
 * Each decision gets a fresh, empty table whose metatable answers a read the
 * first time it is made and keeps the answer in the table, so a rule that
 * reads view.protest ten times pays for it once and nothing is built that no
 * rule reads. Values the actor cannot see are estimates (see game_estimate),
 * with the error in view.uncertainty. Everything is read-only: writes raise
 * an error, rawset is not given to scripts, and the metatables cannot be
 * reached. The actor is an upvalue of the metatable's functions. */
#include <lauxlib.h>
#include <string.h>

#include "../core/game.h"
#include "lua_view.h"
#include "suggest.h"

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

static Actor actor_of(lua_State *L)
{
    return (Actor)lua_tointeger(L, lua_upvalueindex(1));
}

/* Keep the answer to t[k] in t itself: the next read never reaches here. */
static int keep(lua_State *L)
{
    lua_pushvalue(L, 2);
    lua_pushvalue(L, -2);
    lua_rawset(L, 1);
    return 1;
}

/* The catalogue's ids as Lua strings, made once: pushing them again costs
 * no hashing. */
static int push_action_ids(lua_State *L, const Game *g)
{
    if (lua_getfield(L, LUA_REGISTRYINDEX, "redline.actionids") != LUA_TNIL)
        return lua_gettop(L);
    lua_pop(L, 1);
    lua_createtable(L, g->catalogue->count, 0);
    for (int i = 0; i < g->catalogue->count; i++) {
        lua_pushstring(L, g->catalogue->actions[i].id);
        lua_rawseti(L, -2, i + 1);
    }
    lua_pushvalue(L, -1);
    lua_setfield(L, LUA_REGISTRYINDEX, "redline.actionids");
    return lua_gettop(L);
}

static void push_available(lua_State *L, const Game *g, Actor a)
{
    int ids = push_action_ids(L, g);
    lua_createtable(L, 32, 0);
    for (int i = 0, n = 0; i < g->catalogue->count; i++)
        if (!action_blocker(g, g->world.v, a, i, 0)) {
            lua_rawgeti(L, ids, i + 1);
            lua_rawseti(L, -2, ++n);
        }
    lua_remove(L, ids);
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

static int build_list(lua_State *L, const Game *g, Actor a, void (*build)(lua_State *, const Game *, Actor))
{
    build(L, g, a);
    sandbox_readonly(L, -1);
    lua_remove(L, -2);
    return 1;
}

/* view.cost and view.track: the same for every actor and turn. */
static int catalogue_column(lua_State *L, const Game *g, const char *field)
{
    const char *key = field[0] == 'c' ? "redline.view.cost" : "redline.view.track";
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

/* view.can and view.uncertainty: tables that answer, and keep, per key. */
static void push_child(lua_State *L, const char *meta_key, Actor a)
{
    lua_createtable(L, 0, 16);    /* room for what a decision usually reads, without rehashing */
    lua_getfield(L, LUA_REGISTRYINDEX, meta_key);
    lua_rawgeti(L, -1, a + 1);
    lua_setmetatable(L, -3);
    lua_pop(L, 1);
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

static void push_field(lua_State *L, const Game *g, Actor a, int field)
{
    switch (field) {
    case F_ACTOR: lua_pushstring(L, actor_name(a)); return;
    case F_TURN: lua_pushinteger(L, g->world.turn + 1); return;
    case F_TURNS: lua_pushinteger(L, g->scenario->turns); return;
    case F_CAPITAL: lua_pushinteger(L, g->scenario->capital[a]); return;
    case F_COST: catalogue_column(L, g, "cost"); return;
    case F_TRACK: catalogue_column(L, g, "track"); return;
    case F_ACTIONS: build_list(L, g, a, push_available); return;
    case F_LAST: build_list(L, g, a, push_last); return;
    case F_CAN: push_child(L, "redline.canmeta", a); return;
    case F_UNCERTAINTY: push_child(L, "redline.uncertaintymeta", a); return;
    default: lua_pushnumber(L, game_estimate(g, a, (Var)field));
    }
}

static int view_index(lua_State *L)
{
    const Game *g = playing(L);
    int field = lookup(L, "redline.varindex", 2);
    if (field < 0)
        return no_such_field(L);
    push_field(L, g, actor_of(L), field);
    return keep(L);
}

static int uncertainty_index(lua_State *L)
{
    const Game *g = playing(L);
    int v = lookup(L, "redline.varindex", 2);
    if (v < 0 || v >= VAR_COUNT)
        return lua_pushnil(L), 1;
    lua_pushnumber(L, game_uncertainty(g, actor_of(L), (Var)v));
    return keep(L);
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
    const Game *g = playing(L);
    int i = action_index(L, g, 2);
    lua_pushboolean(L, i >= 0 && !action_blocker(g, g->world.v, actor_of(L), i, 0));
    return keep(L);
}

/* pairs over a view walks a snapshot: every field, in sorted order. */
static int view_pairs(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
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

/* One metatable per actor, its functions holding the actor as an upvalue. */
static void new_metas(lua_State *L, const char *key, lua_CFunction index, lua_CFunction pairs)
{
    lua_createtable(L, ACTOR_COUNT, 0);
    for (int a = 0; a < ACTOR_COUNT; a++) {
        lua_createtable(L, 0, 4);
        lua_pushinteger(L, a);
        lua_pushcclosure(L, index, 1);
        lua_setfield(L, -2, "__index");
        lua_pushcfunction(L, refuse_write);
        lua_setfield(L, -2, "__newindex");
        lua_pushboolean(L, 0);
        lua_setfield(L, -2, "__metatable");
        if (pairs) {
            lua_pushcfunction(L, pairs);
            lua_setfield(L, -2, "__pairs");
        }
        lua_rawseti(L, -2, a + 1);
    }
    lua_setfield(L, LUA_REGISTRYINDEX, key);
}

void view_open(lua_State *L)
{
    new_metas(L, "redline.viewmeta", view_index, view_pairs);
    new_metas(L, "redline.canmeta", can_index, NULL);
    new_metas(L, "redline.uncertaintymeta", uncertainty_index, NULL);
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
}

/* A fresh view for one decision. */
void view_push(Sandbox *sb, Actor a)
{
    push_child(sb->L, "redline.viewmeta", a);
}
