/* The view an actor decides from: the world as that actor can know it.
 * Values it cannot see are estimates drawn from its own stream, with the
 * error it has about them in view.uncertainty. Everything is read-only. */
#include <lauxlib.h>

#include "../core/game.h"
#include "lua_view.h"

static void set_readonly_field(lua_State *L, int table, const char *key)
{
    sandbox_readonly(L, -1);
    lua_setfield(L, table, key);
    lua_pop(L, 1);
}

static void push_values(lua_State *L, const Game *g, Actor a, Pcg32 *rng, int view)
{
    lua_createtable(L, 0, VAR_COUNT);
    int uncertainty = lua_gettop(L);
    for (int v = 0; v < VAR_COUNT; v++) {
        lua_pushnumber(L, game_estimate(g, a, (Var)v, rng));
        lua_setfield(L, view, var_info[v].name);
        lua_pushnumber(L, game_uncertainty(g, a, (Var)v));
        lua_setfield(L, uncertainty, var_info[v].name);
    }
    set_readonly_field(L, view, "uncertainty");
}

static void push_actions(lua_State *L, const Game *g, Actor a, int view)
{
    const Catalogue *c = g->catalogue;
    lua_newtable(L);
    int list = lua_gettop(L);
    lua_newtable(L);
    int can = lua_gettop(L);
    lua_newtable(L);
    int cost = lua_gettop(L);
    lua_newtable(L);
    int track = lua_gettop(L);
    int n = 0;
    for (int i = 0; i < c->count; i++) {
        if (action_blocker(g, g->world.v, a, i, 0))
            continue;
        lua_pushstring(L, c->actions[i].id);
        lua_rawseti(L, list, ++n);
        lua_pushboolean(L, 1);
        lua_setfield(L, can, c->actions[i].id);
        lua_pushinteger(L, c->actions[i].cost);
        lua_setfield(L, cost, c->actions[i].id);
        lua_pushstring(L, c->actions[i].track);
        lua_setfield(L, track, c->actions[i].id);
    }
    lua_pushvalue(L, track);
    set_readonly_field(L, view, "track");
    lua_pushvalue(L, cost);
    set_readonly_field(L, view, "cost");
    lua_pushvalue(L, can);
    set_readonly_field(L, view, "can");
    lua_pushvalue(L, list);
    set_readonly_field(L, view, "actions");
    lua_pop(L, 4);
}

/* What happened last turn that this actor could see: every public action,
 * and its own secret ones. */
static void push_last(lua_State *L, const Game *g, Actor a, int view)
{
    lua_newtable(L);
    const History *h = &g->history;
    if (h->nturns > 0) {
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
    set_readonly_field(L, view, "last");
}

void view_push(Sandbox *sb, const Game *g, Actor a, Pcg32 *rng)
{
    lua_State *L = sb->L;
    lua_createtable(L, 0, VAR_COUNT + 12);
    int view = lua_gettop(L);
    lua_pushstring(L, actor_name(a));
    lua_setfield(L, view, "actor");
    lua_pushinteger(L, g->world.turn + 1);
    lua_setfield(L, view, "turn");
    lua_pushinteger(L, g->scenario->turns);
    lua_setfield(L, view, "turns");
    lua_pushinteger(L, g->scenario->capital[a]);
    lua_setfield(L, view, "capital");
    push_values(L, g, a, rng, view);
    push_actions(L, g, a, view);
    push_last(L, g, a, view);
    sandbox_readonly(L, view);
    lua_remove(L, view);
}
