/* Asking the actors for their orders each turn: a human's as given (or
 * replayed from a save), a script's from its decide, which the engine's own
 * ai.actor runs in C when every rule can be checked there (lua_ai.c), and
 * otherwise through the guarded call with the actor's view. */
#include "session_decide.h"

#include <lauxlib.h>
#include <stdio.h>
#include <string.h>

#include "lua_ai.h"
#include "lua_view.h"

/* Where a decision's problems are reported: the script and its actor. */
static const char *decide_where(const Session *s, Actor a, char *buf, size_t size)
{
    snprintf(buf, size, "%s (actor %s): decide", s->script_path[a], actor_name(a));
    return buf;
}

/* What decide returned, read into orders. */
typedef struct OrderRead {
    const Session *s;
    Actor actor;
    Order *out;
    int max, n;
} OrderRead;

/* The rules an order gives as its reasons (names it does not know are left
 * out), from the list at index list. */
static void read_reasons(lua_State *L, const Session *s, int list, Order *o)
{
    lua_rawgeti(L, LUA_REGISTRYINDEX, s->rule_index_ref);
    for (lua_Integer k = 1; k <= (lua_Integer)lua_rawlen(L, list) && o->nrules < MAX_ORDER_RULES; k++) {
        lua_rawgeti(L, list, k);
        lua_rawget(L, list + 1);
        if (lua_isinteger(L, -1))
            o->rules[o->nrules++] = (uint16_t)lua_tointeger(L, -1);
        lua_pop(L, 1);
    }
    lua_settop(L, list);
}

/* decide's result ({ {action=..., rules={...}}, ... }, at 1) into orders,
 * as a protected reader. Read raw: the engine runs none of the script's
 * code (metamethods) to read what it returned. */
static int read_orders(lua_State *L, void *ud)
{
    OrderRead *r = ud;
    if (!lua_istable(L, 1))
        return luaL_error(L, "expected a list of orders back, got a %s", luaL_typename(L, 1));
    if (lua_getmetatable(L, 1))
        return luaL_error(L, "the list of orders has a metatable: return a plain list");
    for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, 1) && r->n < r->max; i++) {
        if (lua_rawgeti(L, 1, i) != LUA_TTABLE)
            return luaL_error(L, "order %d is a %s; expected { action = \"id\" }", (int)i, luaL_typename(L, -1));
        if (lua_getmetatable(L, 2))
            return luaL_error(L, "order %d has a metatable: return plain tables", (int)i);
        lua_pushliteral(L, "action");
        int type = lua_rawget(L, 2);
        int action = view_action_index(L, 3);
        if (action < 0)
            return luaL_error(L, "order %d names unknown action '%s'", (int)i,
                              type == LUA_TSTRING ? lua_tostring(L, 3) : luaL_typename(L, 3));
        Order *o = &r->out[r->n++];
        *o = (Order){ .actor = (uint8_t)r->actor, .action = (uint16_t)action };
        lua_pushliteral(L, "rules");
        if (lua_rawget(L, 2) == LUA_TTABLE)
            read_reasons(L, r->s, 4, o);
        lua_settop(L, 1);
    }
    return 0;
}

static int replayed_orders(const Session *s, int turn, Actor a, Order *out, int max)
{
    int n = 0;
    for (int i = 0; i < s->nreplay && n < max; i++)
        if (s->replay_turn[i] == turn && s->replay[i].actor == a)
            out[n++] = s->replay[i];
    return n;
}

/* Call the decide on top of the stack (popped) with actor a's view: its
 * orders into out, how many, or -1 and err. The engine's own decide writes
 * into the sink; a script's returns orders. */
static int call_decide(Session *s, const Game *g, Actor a, Order *out, int max, Error *err)
{
    lua_State *L = s->sb->L;
    s->script_ran[a] = true;
    OrderSink *sink = ai_is_decide(L, -1) ? ai_push_sink(L) : NULL;
    if (s->view_stale)
        view_begin(s->sb, g);
    s->view_stale = false;
    view_push(s->sb, a);
    if (sink) {
        lua_insert(L, -2);
        *sink = (OrderSink){ .active = true, .rule_index_ref = s->rule_index_ref };
    }
    int n = 0;
    int rc = sandbox_call(s->sb, sink ? 2 : 1, 1, NULL, err);
    s->sb->viewer = NOBODY;
    if (sink)
        sink->active = false;
    if (rc == 0 && sink && sink->filled) {
        n = sink->n < max ? sink->n : max;
        memcpy(out, sink->out, (size_t)n * sizeof *out);
        lua_pop(L, 1);
    } else if (rc == 0) {
        OrderRead r = { .s = s, .actor = a, .out = out, .max = max };
        rc = sandbox_protect(s->sb, read_orders, &r, 1, 0, NULL, err);
        n = r.n;
    }
    return rc == 0 ? n : -1;
}

static void push_decide(Session *s, Actor a)
{
    lua_State *L = s->sb->L;
    lua_rawgeti(L, LUA_REGISTRYINDEX, s->actor_ref[a]);
    lua_pushliteral(L, "decide");
    lua_rawget(L, -2);
    lua_remove(L, -2);
}

/* The rules actor a decides by in C with nothing to look up in Lua
 * (ai_direct_rules), or NULL: remembered until a script runs, which may
 * change the actor's decide. */
static const void *direct_rules(Session *s, Actor a)
{
    if (s->direct_calls != s->sb->calls) {
        memset(s->direct, 0, sizeof s->direct);
        s->direct_calls = s->sb->calls;
    }
    if (!s->direct[a]) {
        push_decide(s, a);
        s->direct[a] = ai_direct_rules(s->sb->L, -1);
        lua_pop(s->sb->L, 1);
    }
    return s->direct[a];
}

int session_decide(void *ctx, const Game *g, Actor a, Order *out, int max)
{
    Session *s = ctx;
    int turn = g->world.turn + 1;
    bool replaying = turn <= s->replay_until;
    if (replaying && s->human[a])
        return replayed_orders(s, turn, a, out, max);
    if (s->human[a] && !replaying) {
        int n = s->npending[a] < max ? s->npending[a] : max;
        memcpy(out, s->pending[a], (size_t)n * sizeof *out);
        s->npending[a] = 0;
        return n;
    }
    lua_State *L = s->sb->L;
    Pcg32 rng;
    game_actor_rng(g, a, &rng);
    s->sb->rng = &rng;
    OrderSink direct = { .rule_index_ref = s->rule_index_ref };
    Error err;
    int n = 0;
    const void *rules = direct_rules(s, a);
    if (rules) {
        ai_decide_rules(rules, g, a, &rng, &direct);
    } else {
        push_decide(s, a);
        if (ai_decide_direct(L, -1, g, a, &rng, &direct)) {
            lua_pop(L, 1);
        } else if ((n = call_decide(s, g, a, out, max, &err)) < 0) {
            char where[400], msg[sizeof err.msg];
            memcpy(msg, err.msg, sizeof msg);
            error_set(&err, ERR_DATA, "%s: %.600s", decide_where(s, a, where, sizeof where), msg);
        }
    }
    if (direct.filled) {
        n = direct.n < max ? direct.n : max;
        memcpy(out, direct.out, (size_t)n * sizeof *out);
    }
    s->sb->rng = NULL;
    /* A replay still asks the script, so that whatever it remembers grows as
     * it did in the recorded game; the recorded orders are what count. */
    if (replaying)
        return replayed_orders(s, turn, a, out, max);
    if (n < 0) {
        /* A broken script costs its actor the turn, never the game. */
        session_warn(s, err.msg);
        game_news((Game *)g, a, -1, NOBODY, "%s passes this turn: its script failed.", actor_title(a));
        return 0;
    }
    return n;
}

/* The views are refreshed when the turn's first is handed out: a turn in
 * which every actor decides in C (ai_decide_direct) needs none. */
void session_orders(void *ctx, const Game *g)
{
    (void)g;
    ((Session *)ctx)->view_stale = true;
}
