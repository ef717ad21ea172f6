/* The view an actor decides from: the world as that actor can know it.
 *
 * The tables are made once per sandbox and reused: each actor's view is an
 * empty, read-only proxy whose reads fall through, by plain table lookups,
 * to the public values that every actor shares (one lookup: most reads are
 * these) and then to this turn's answers for the actor deciding.
 * view_begin refreshes the public values in place once per orders phase and
 * empties each actor's table of its own answers; an
 * answer that depends on the actor (an estimate, the actions open to it) is
 * worked out by view_miss the first time it is read and kept there, so
 * nothing is built that no rule reads. view.last answers from the game's
 * history as it is read: no table is made for it.
 * Values the actor cannot see are estimates (see game_estimate), with the
 * error in view.uncertainty. Writes raise an error, rawset is not given to
 * scripts, and the metatables cannot be reached. */
#include <lauxlib.h>
#include <string.h>

#include "../core/game.h"
#include "lua_view.h"
#include "suggest.h"

/* The view's fields besides the variables, numbered after them. */
enum { F_ACTOR = VAR_COUNT, F_TURN, F_TURNS, F_CAPITAL, F_COST, F_TRACK, F_ACTIONS, F_LAST, F_CAN, F_UNCERTAINTY,
       F_COUNT };
static const char *const view_fields[] = {
    "actor", "turn", "turns", "capital", "cost", "track", "actions", "last", "can", "uncertainty",
};

/* Slots of the table, kept in the registry and as the functions' upvalue,
 * that holds the view's machinery. */
enum {
    S_FIELD = 1,    /* field name -> number */
    S_NAME,         /* number -> field name */
    S_ACTION,       /* action id -> catalogue index */
    S_ID,           /* catalogue index + 1 -> action id */
    S_PUBLIC,       /* what every actor sees: public variables, turn, turns, cost, track */
    S_PUBLICMETA,   /* its metatable: falls through to the deciding actor's S_KNOWN */
    S_KNOWNMETA,    /* the metatable of the actors' own tables: falls through to view_miss */
    S_VIEW,         /* actor + 1 -> its proxy */
    S_CANMETA,      /* actor + 1 -> metatable of view.can */
    S_UNCMETA,      /* actor + 1 -> metatable of view.uncertainty */
    S_ACTIONSVIEW,  /* actor + 1 -> its view.actions */
    S_ACTORNAME,    /* actor + 1 -> its name */
    S_KNOWN,        /* actor + 1 -> this turn's answers for it (its proxy's __index) */
    S_SHOWN,        /* a Shown */
    S_COUNT
};

/* What the public table holds, as view_begin last wrote it, so that a turn
 * writes only the values that changed; and which actors' tables of answers
 * may hold something, so that a turn empties only those. */
typedef struct Shown {
    double value[VAR_COUNT];
    bool written;                   /* value is what the public table holds */
    bool answered[ACTOR_COUNT];     /* the actor's view was handed out since its table was emptied */
} Shown;

static const char state_key = 0;    /* its address is the registry key */

static void push_state(lua_State *L)
{
    lua_rawgetp(L, LUA_REGISTRYINDEX, &state_key);
}

static Shown *shown(lua_State *L, int state)
{
    lua_rawgeti(L, state, S_SHOWN);
    Shown *sh = lua_touserdata(L, -1);
    lua_pop(L, 1);
    return sh;
}

/* The game, while an actor decides (its view is only good during that call). */
static const Game *playing(lua_State *L)
{
    const Sandbox *sb = sandbox_from(L);
    if (!sb->game || sb->viewer < 0 || sb->viewer >= ACTOR_COUNT)
        luaL_error(L, "a view can only be read while its actor decides");
    return sb->game;
}

Actor view_deciding(lua_State *L)
{
    playing(L);
    return (Actor)sandbox_from(L)->viewer;
}

/* The integer that table slot `slot` of the state maps key to, or -1. */
static int lookup(lua_State *L, int state, int slot, int key)
{
    lua_rawgeti(L, state, slot);
    lua_pushvalue(L, key);
    lua_rawget(L, -2);
    int found = lua_isinteger(L, -1) ? (int)lua_tointeger(L, -1) : -1;
    lua_pop(L, 2);
    return found;
}

static int refuse_write(lua_State *L)
{
    return luaL_error(L, "the view is read-only (tried to set '%s')", luaL_tolstring(L, 2, NULL));
}

/* Keep the value on top as t[k] (t at index 1, k at 2) and return it. */
static int keep(lua_State *L, int t)
{
    lua_pushvalue(L, 2);
    lua_pushvalue(L, -2);
    lua_rawset(L, t);
    return 1;
}

/* The actions open to actor a now, in catalogue order. */
static void push_available(lua_State *L, int state, const Game *g, Actor a)
{
    lua_rawgeti(L, state, S_ID);
    lua_createtable(L, 32, 0);
    for (int i = 0, n = 0; i < g->catalogue->count; i++)
        if (!action_blocker(g, g->world.v, a, i, 0)) {
            lua_rawgeti(L, -2, i + 1);
            lua_rawseti(L, -2, ++n);
        }
    lua_remove(L, -2);
}

/* Whether `who` (an actor, or NOBODY) sees order o of last turn: a public
 * one, or a secret one of its own. */
static bool sees(const Game *g, const Order *o, int who)
{
    return !g->catalogue->actions[o->action].secret || o->actor == who;
}

static const Order *last_orders(const Game *g, int *n)
{
    const History *h = &g->history;
    const TurnRecord *t = h->nturns > 0 ? &h->turns[h->nturns - 1] : NULL;
    *n = t ? t->norders : 0;
    return t ? &h->orders[t->first_order] : NULL;
}

/* The moves of last turn that `who` sees: action id -> the actor who took it. */
static void push_moves(lua_State *L, int state, const Game *g, int who)
{
    int n;
    const Order *orders = last_orders(g, &n);
    lua_createtable(L, 0, n);
    lua_rawgeti(L, state, S_ID);
    lua_rawgeti(L, state, S_ACTORNAME);
    for (int i = 0; i < n; i++)
        if (sees(g, &orders[i], who)) {
            lua_rawgeti(L, -2, orders[i].action + 1);
            lua_rawgeti(L, -2, orders[i].actor + 1);
            lua_rawset(L, -5);
        }
    lua_pop(L, 2);
}

/* view.last[id]: the actor who took action id last turn, if the viewer saw
 * it (a public move, or a secret one of its own), else nil. */
int view_last_actor(const Game *g, int viewer, int action)
{
    int n, who = -1;
    const Order *orders = last_orders(g, &n);
    for (int i = 0; i < n; i++)
        if (orders[i].action == action && sees(g, &orders[i], viewer))
            who = orders[i].actor;
    return who;
}

bool view_saw_last(const Game *g, int viewer, int action)
{
    const History *h = &g->history;
    if (g->catalogue->actions[action].secret)
        return view_last_actor(g, viewer, action) >= 0;
    return h->nturns > 0 && (h->turns[h->nturns - 1].taken[action / 64] >> (action % 64) & 1);
}

static int last_index(lua_State *L)
{
    const Game *g = playing(L);
    int state = lua_upvalueindex(1);
    int who = view_last_actor(g, sandbox_from(L)->viewer, lookup(L, state, S_ACTION, 2));
    if (who < 0)
        return lua_pushnil(L), 1;
    lua_rawgeti(L, state, S_ACTORNAME);
    lua_rawgeti(L, -1, who + 1);
    return 1;
}

/* pairs(view.last) walks what the viewer saw, in sorted order. */
static int last_pairs(lua_State *L)
{
    lua_pushcfunction(L, sandbox_sorted_pairs);
    push_moves(L, lua_upvalueindex(1), playing(L), sandbox_from(L)->viewer);
    lua_call(L, 1, 3);
    return 3;
}

/* Actor a's read-only view.actions: the proxy is made once and reused, and
 * this turn's actions put behind it. */
static void push_actions(lua_State *L, int state, const Game *g, Actor a)
{
    push_available(L, state, g, a);
    lua_rawgeti(L, state, S_ACTIONSVIEW);
    lua_rawgeti(L, -1, a + 1);
    lua_replace(L, -2);
    lua_getmetatable(L, -1);
    lua_rotate(L, -3, -1);
    lua_setfield(L, -2, "__index");
    lua_pop(L, 1);
}

/* view.can and view.uncertainty: tables that answer, and keep, per key. */
static void push_child(lua_State *L, int state, int meta_slot, Actor a)
{
    lua_createtable(L, 0, 16);    /* room for what a decision usually reads, without rehashing */
    lua_rawgeti(L, state, meta_slot);
    lua_rawgeti(L, -1, a + 1);
    lua_setmetatable(L, -3);
    lua_pop(L, 1);
}

/* A field the view lacks is a typo, not a nil to compare with (which would
 * fail later, further from the mistake): say so, with the nearest name. */
static const char *field_at(int i, const void *ctx)
{
    (void)ctx;
    if (i < VAR_COUNT)
        return var_info[i].name;
    i -= VAR_COUNT;
    return i < F_COUNT - VAR_COUNT ? view_fields[i] : NULL;
}

static int no_such_field(lua_State *L)
{
    if (lua_type(L, 2) != LUA_TSTRING)
        return lua_pushnil(L), 1;
    char hint[80];
    const char *key = lua_tostring(L, 2);
    return luaL_error(L, "the view has no field '%s'%s", key, suggest_hint(key, field_at, NULL, hint, sizeof hint));
}

/* public[name] = the value on top (popped), past the table's refusal of writes. */
static void set_public(lua_State *L, int public, const char *name)
{
    lua_pushstring(L, name);
    lua_insert(L, -2);
    lua_rawset(L, public);
}

/* The catalogue's ids both ways, and its cost and track columns, made when
 * the first turn begins: the catalogue is fixed for a sandbox's life. */
static void add_catalogue(lua_State *L, int state, int public, const Catalogue *c)
{
    if (lua_rawgeti(L, state, S_ACTION) != LUA_TNIL)
        return (void)lua_pop(L, 1);
    lua_pop(L, 1);
    lua_createtable(L, 0, c->count);
    lua_createtable(L, c->count, 0);
    lua_createtable(L, 0, c->count);
    lua_createtable(L, 0, c->count);
    for (int i = 0; i < c->count; i++) {
        const Action *act = &c->actions[i];
        lua_pushstring(L, act->id);
        lua_pushvalue(L, -1);
        lua_rawseti(L, -5, i + 1);
        lua_pushvalue(L, -1);
        lua_pushinteger(L, i);
        lua_rawset(L, -7);
        lua_pushvalue(L, -1);
        lua_pushinteger(L, act->cost);
        lua_rawset(L, -5);
        lua_pushstring(L, act->track);
        lua_rawset(L, -3);
    }
    sandbox_readonly(L, -1);
    set_public(L, public, "track");
    lua_pop(L, 1);
    sandbox_readonly(L, -1);
    set_public(L, public, "cost");
    lua_pop(L, 1);
    lua_rawseti(L, state, S_ID);
    lua_rawseti(L, state, S_ACTION);
}

/* Empty the table at t, keeping the room it has. */
static void clear(lua_State *L, int t)
{
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        lua_pushvalue(L, -1);
        lua_pushnil(L);
        lua_rawset(L, t);
    }
}

/* The table of this turn's answers for actor a. */
static int push_known(lua_State *L, int state, Actor a)
{
    lua_rawgeti(L, state, S_KNOWN);
    lua_rawgeti(L, -1, a + 1);
    lua_replace(L, -2);
    return lua_gettop(L);
}

/* A read no table answered: the public values are in place (view_begin),
 * so this is an answer of the actor whose view is read, worked out now and
 * kept in its own table for the rest of the turn. */
static int view_miss(lua_State *L)
{
    const Game *g = playing(L);
    Actor a = sandbox_from(L)->viewer;
    int state = lua_upvalueindex(1);
    int field = lookup(L, state, S_FIELD, 2);
    if (field < 0)
        return no_such_field(L);
    if (field == F_TURN || field == F_TURNS || field == F_COST || field == F_TRACK)
        return luaL_error(L, "the view was read before its turn began (view_begin)");
    int known = push_known(L, state, a);
    switch (field) {
    case F_ACTOR:
        lua_rawgeti(L, state, S_ACTORNAME);
        lua_rawgeti(L, -1, a + 1);
        lua_remove(L, -2);
        break;
    case F_CAPITAL: lua_pushinteger(L, g->scenario->capital[a]); break;
    case F_ACTIONS: push_actions(L, state, g, a); break;
    case F_CAN: push_child(L, state, S_CANMETA, a); break;
    case F_UNCERTAINTY: push_child(L, state, S_UNCMETA, a); break;
    default: lua_pushnumber(L, game_estimate(g, a, (Var)field));
    }
    return keep(L, known);
}

static Actor actor_of(lua_State *L)
{
    return (Actor)lua_tointeger(L, lua_upvalueindex(2));
}

static int uncertainty_index(lua_State *L)
{
    const Game *g = playing(L);
    int v = lookup(L, lua_upvalueindex(1), S_FIELD, 2);
    if (v < 0 || v >= VAR_COUNT)
        return lua_pushnil(L), 1;
    lua_pushnumber(L, game_uncertainty(g, actor_of(L), (Var)v));
    return keep(L, 1);
}

static int can_index(lua_State *L)
{
    const Game *g = playing(L);
    int i = lookup(L, lua_upvalueindex(1), S_ACTION, 2);
    lua_pushboolean(L, i >= 0 && !action_blocker(g, g->world.v, actor_of(L), i, 0));
    return keep(L, 1);
}

/* pairs over a view walks a snapshot: every field, in sorted order. */
static int view_pairs(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_createtable(L, 0, F_COUNT);
    for (int i = 0; i < F_COUNT; i++) {
        const char *name = field_at(i, NULL);
        lua_getfield(L, 1, name);
        lua_setfield(L, -2, name);
    }
    lua_pushcfunction(L, sandbox_sorted_pairs);
    lua_insert(L, -2);
    lua_call(L, 1, 3);
    return 3;
}

static void set_closure(lua_State *L, int state, lua_CFunction fn, int actor, const char *event)
{
    lua_pushvalue(L, state);
    lua_pushinteger(L, actor);
    lua_pushcclosure(L, fn, 2);
    lua_setfield(L, -2, event);
}

/* One metatable per actor in slot `slot`, for view.can or view.uncertainty. */
static void new_child_metas(lua_State *L, int state, int slot, lua_CFunction index)
{
    lua_createtable(L, ACTOR_COUNT, 0);
    for (int a = 0; a < ACTOR_COUNT; a++) {
        lua_createtable(L, 0, 3);
        set_closure(L, state, index, a, "__index");
        lua_pushcfunction(L, refuse_write);
        lua_setfield(L, -2, "__newindex");
        lua_pushboolean(L, 0);
        lua_setfield(L, -2, "__metatable");
        lua_rawseti(L, -2, a + 1);
    }
    lua_rawseti(L, state, slot);
}

/* Each actor's proxy, and behind it the table of its own answers. */
static void new_views(lua_State *L, int state)
{
    lua_createtable(L, ACTOR_COUNT, 0);
    lua_createtable(L, ACTOR_COUNT, 0);
    for (int a = 0; a < ACTOR_COUNT; a++) {
        lua_createtable(L, 0, 8);   /* this turn's answers, emptied as each turn begins */
        lua_rawgeti(L, state, S_KNOWNMETA);
        lua_setmetatable(L, -2);
        lua_newtable(L);
        lua_createtable(L, 0, 4);
        lua_pushcfunction(L, refuse_write);
        lua_setfield(L, -2, "__newindex");
        lua_pushcfunction(L, view_pairs);
        lua_setfield(L, -2, "__pairs");
        lua_pushboolean(L, 0);
        lua_setfield(L, -2, "__metatable");
        lua_rawgeti(L, state, S_PUBLIC);
        lua_setfield(L, -2, "__index");
        lua_setmetatable(L, -2);
        lua_rawseti(L, -4, a + 1);
        lua_rawseti(L, -2, a + 1);
    }
    lua_rawseti(L, state, S_KNOWN);
    lua_rawseti(L, state, S_VIEW);
}

static void new_lists(lua_State *L, int state)
{
    lua_createtable(L, ACTOR_COUNT, 0);
    for (int i = 1; i <= ACTOR_COUNT; i++) {
        lua_newtable(L);
        sandbox_readonly(L, -1);
        lua_rawseti(L, -3, i);
        lua_pop(L, 1);
    }
    lua_rawseti(L, state, S_ACTIONSVIEW);
}

/* view.last: one read-only proxy that every view shares, answering for
 * whichever actor reads it. */
static void new_last(lua_State *L, int state, int public)
{
    lua_newtable(L);
    lua_createtable(L, 0, 4);
    static const luaL_Reg meta[] = {
        { "__index", last_index }, { "__pairs", last_pairs }, { "__newindex", refuse_write }, { NULL, NULL },
    };
    lua_pushvalue(L, state);
    luaL_setfuncs(L, meta, 1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    set_public(L, public, "last");
}

/* The public table, whose metatable view_push points at the deciding
 * actor's own table, and the metatable that lets those fall through to
 * view_miss. A read of a public value takes one lookup past the proxy. */
static void new_public(lua_State *L, int state)
{
    lua_createtable(L, 0, VAR_COUNT + 4);
    lua_createtable(L, 0, 2);
    lua_pushcfunction(L, refuse_write);
    lua_setfield(L, -2, "__newindex");
    lua_pushvalue(L, -1);
    lua_rawseti(L, state, S_PUBLICMETA);
    lua_setmetatable(L, -2);
    new_last(L, state, lua_gettop(L));
    lua_rawseti(L, state, S_PUBLIC);
    lua_createtable(L, 0, 1);
    lua_pushvalue(L, state);
    lua_pushcclosure(L, view_miss, 1);
    lua_setfield(L, -2, "__index");
    lua_rawseti(L, state, S_KNOWNMETA);
}

static void new_names(lua_State *L, int state)
{
    lua_createtable(L, ACTOR_COUNT, 0);
    for (int a = 0; a < ACTOR_COUNT; a++) {
        lua_pushstring(L, actor_name((Actor)a));
        lua_rawseti(L, -2, a + 1);
    }
    lua_rawseti(L, state, S_ACTORNAME);
    lua_createtable(L, 0, F_COUNT);
    lua_createtable(L, F_COUNT, 0);
    for (int i = 0; i < F_COUNT; i++) {
        lua_pushstring(L, field_at(i, NULL));
        lua_pushvalue(L, -1);
        lua_rawseti(L, -3, i + 1);
        lua_pushinteger(L, i);
        lua_rawset(L, -4);
    }
    lua_rawseti(L, state, S_NAME);
    lua_rawseti(L, state, S_FIELD);
}

void view_open(lua_State *L)
{
    lua_createtable(L, S_COUNT, 0);
    int state = lua_gettop(L);
    new_names(L, state);
    new_public(L, state);
    new_views(L, state);
    new_lists(L, state);
    new_child_metas(L, state, S_CANMETA, can_index);
    new_child_metas(L, state, S_UNCMETA, uncertainty_index);
    memset(lua_newuserdatauv(L, sizeof(Shown), 0), 0, sizeof(Shown));
    lua_rawseti(L, state, S_SHOWN);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &state_key);
}

int view_action_index(lua_State *L, int idx)
{
    idx = lua_absindex(L, idx);
    push_state(L);
    int i = lookup(L, lua_gettop(L), S_ACTION, idx);
    lua_pop(L, 1);
    return i;
}

void view_begin(Sandbox *sb, const Game *g)
{
    lua_State *L = sb->L;
    push_state(L);
    int state = lua_gettop(L);
    Shown *sh = shown(L, state);
    lua_rawgeti(L, state, S_PUBLIC);
    int public = state + 1;
    add_catalogue(L, state, public, g->catalogue);
    lua_rawgeti(L, state, S_NAME);
    /* compared bit for bit: a value that only looks equal (-0 for 0) is written */
    for (int v = 0; v < VAR_COUNT; v++)
        if (var_info[v].visibility == PUBLIC &&
            (!sh->written || memcmp(&sh->value[v], &g->world.v[v], sizeof sh->value[v]) != 0)) {
            lua_rawgeti(L, -1, v + 1);
            lua_pushnumber(L, g->world.v[v]);
            lua_rawset(L, public);
        }
    memcpy(sh->value, g->world.v, sizeof sh->value);
    sh->written = true;
    lua_pop(L, 1);
    lua_pushinteger(L, g->world.turn + 1);
    set_public(L, public, "turn");
    lua_pushinteger(L, g->scenario->turns);
    set_public(L, public, "turns");
    /* every actor starts the turn knowing nothing of its own yet */
    for (int a = 0; a < ACTOR_COUNT; a++)
        if (sh->answered[a]) {
            clear(L, push_known(L, state, a));
            sh->answered[a] = false;
        }
    lua_settop(L, state - 1);
}

bool view_is_current(lua_State *L, int idx)
{
    idx = lua_absindex(L, idx);
    push_state(L);
    lua_rawgeti(L, -1, S_VIEW);
    lua_rawgeti(L, -1, sandbox_from(L)->viewer + 1);
    bool same = lua_rawequal(L, idx, -1);
    lua_pop(L, 3);
    return same;
}

void view_push(Sandbox *sb, Actor a)
{
    lua_State *L = sb->L;
    sb->viewer = a;
    push_state(L);
    int state = lua_gettop(L);
    shown(L, state)->answered[a] = true;
    lua_rawgeti(L, state, S_PUBLICMETA);
    push_known(L, state, a);
    lua_setfield(L, -2, "__index");
    lua_pop(L, 1);
    lua_rawgeti(L, -1, S_VIEW);
    lua_rawgeti(L, -1, a + 1);
    lua_replace(L, -3);
    lua_pop(L, 1);
}
