/* The `ai` module: ai.actor turns an actor's rules into its decide.
 *
 * Every rule whose condition holds votes for the actions it favours; the
 * actor's temperament adds standing leanings and a little seeded noise, so
 * it is not predictable; the best actions at or above its threshold are
 * taken, at most one per track, within its political capital and order
 * limit, and each order carries the rules that chose it.
 *
 * A rule's condition is the script's own Lua function, or a list of
 * conditions ("talks >= 1") checked here, on the values the view would show,
 * without calling Lua; a function that is one expression over the view is
 * read from its source and checked here too (conditions.c reads both, and
 * checks both), which is most of a decision's time saved. The counting is done here, so a decision runs no
 * Lua beyond the other rules' functions. What ai.actor prepares (the favours as
 * catalogue indices, the temperament) sits in a userdata of plain data that
 * deciding only reads: it leaves nothing behind, and a batch can start the
 * next game without loading the scripts again (see fingerprint.c). */
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "../core/game.h"
#include "conditions.h"
#include "fingerprint.h"
#include "loader.h"
#include "lua_ai.h"
#include "lua_view.h"
#include "sandbox.h"
#include "suggest.h"

/* A rule's vote for one action, grouped by rule in rule order and, within a
 * rule, in the order of the action ids. */
typedef struct Favour {
    double weight;
    int32_t action, rule;
} Favour;

typedef struct BrainRule {
    char id[ID_LEN];
    int32_t book;               /* its index in the session's rulebook, or -1 (ai_finish) */
    int32_t first, count;       /* its favours */
    int32_t first_step, nsteps; /* its when checked in C (conditions.c): its steps; 0: called as Lua */
    bool list;                  /* its when is a list of conditions, not a function */
} BrainRule;

/* Plain data, no pointers, zeroed before it is filled, and frozen once
 * loaded: what scripts remember is compared by its identity. The rules follow it, then the steps of the when
 * functions checked in C, then the favours (room for `room`), then each
 * action's positive favours in the order reasons() gives them. */
typedef struct Brain {
    double noise, threshold;
    double leaning[MAX_ACTIONS];
    int32_t most, nrules, nfavours, nsteps, room;
    int32_t called;             /* rules whose when is a function called as Lua */
    bool bound;                 /* the rules know their places in the rulebook (book) */
    int32_t ranked_from[MAX_ACTIONS + 1];   /* action i's: ranked[ranked_from[i] .. ranked_from[i + 1]) */
} Brain;

static BrainRule *brain_rules(const Brain *b) { return (BrainRule *)(b + 1); }
static CondStep *brain_steps(const Brain *b) { return (CondStep *)(brain_rules(b) + b->nrules); }
static Favour *brain_favours(const Brain *b) { return (Favour *)(brain_steps(b) + b->nsteps); }
static int32_t *brain_ranked(const Brain *b) { return (int32_t *)(brain_favours(b) + b->room); }

const FieldDoc temperament_fields[] = {
    { "noise", "number", false, "Uniform noise of ± this much added to every candidate's score, drawn from the "
      "actor's own seeded stream (default 0.5)." },
    { "threshold", "number", false, "The score an action needs to be taken (default 1)." },
    { "orders", "integer", false, "At most this many orders a turn (default 2, at most 4)." },
    { "leaning", "table", false, "`{ action = weight, ... }`: standing preferences added to the score of every "
      "action some rule favours." },
    { NULL, NULL, false, NULL },
};

static const Catalogue *loading_catalogue(lua_State *L)
{
    const Catalogue *c = sandbox_from(L)->catalogue;
    if (!c)
        luaL_error(L, "ai.actor: only actor scripts may build actors");
    return c;
}

static double optional_number(lua_State *L, int t, const char *key, double fallback)
{
    int type = lua_getfield(L, t, key);
    if (type != LUA_TNIL && type != LUA_TNUMBER)
        luaL_error(L, "ai.actor: temperament.%s must be a number", key);
    double x = type == LUA_TNUMBER ? lua_tonumber(L, -1) : fallback;
    lua_pop(L, 1);
    return x;
}

static void read_leaning(lua_State *L, int t, const Catalogue *c, Brain *b)
{
    if (lua_getfield(L, t, "leaning") == LUA_TNIL)
        return (void)lua_pop(L, 1);
    luaL_argexpected(L, lua_istable(L, -1), 1, "temperament.leaning as a table");
    char hint[80];
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        const char *action = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
        int i = catalogue_find(c, action);
        if (i < 0)
            luaL_error(L, "ai.actor: temperament.leaning names '%s', which is not an action%s", action,
                       suggest_hint(action, suggest_action, c, hint, sizeof hint));
        if (!lua_isnumber(L, -1))
            luaL_error(L, "ai.actor: temperament.leaning's '%s' is not a number", action);
        b->leaning[i] = lua_tonumber(L, -1);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* The temperament at index t (a table or nil) into b. */
static void read_temperament(lua_State *L, int t, const Catalogue *c, Brain *b)
{
    *b = (Brain){ .noise = 0.5, .threshold = 1, .most = 2 };
    if (lua_isnil(L, t))
        return;
    luaL_argexpected(L, lua_istable(L, t), 1, "temperament as a table");
    char hint[80];
    lua_pushnil(L);
    while (lua_next(L, t)) {
        const char *key = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
        bool known = false;
        for (const FieldDoc *f = temperament_fields; f->name; f++)
            known |= strcmp(f->name, key) == 0;
        if (!known)
            luaL_error(L, "ai.actor: temperament has no field '%s'%s", key,
                       suggest_hint(key, field_name_at, temperament_fields, hint, sizeof hint));
        lua_pop(L, 1);
    }
    b->noise = optional_number(L, t, "noise", b->noise);
    b->threshold = optional_number(L, t, "threshold", b->threshold);
    double most = optional_number(L, t, "orders", b->most);
    if (most != (int)most || most < 1 || most > MAX_ORDERS)
        luaL_error(L, "ai.actor: temperament.orders must be a whole number from 1 to %d", MAX_ORDERS);
    b->most = (int32_t)most;
    read_leaning(L, t, c, b);
}

/* ---- preparing the rules ---------------------------------------------------- */

/* The favours of rule r (the table on top) into out: those naming actions
 * of the catalogue, in id order as pairs walks them. A favour the loader
 * will refuse (not an action, not a number) is left out. Returns how many. */
static int read_favours(lua_State *L, const Catalogue *c, int r, Favour *out, int room)
{
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        int i = lua_type(L, -2) == LUA_TSTRING ? catalogue_find(c, lua_tostring(L, -2)) : -1;
        if (i >= 0 && lua_isnumber(L, -1) && n < room) {
            int at = n++;
            for (; at > 0 && strcmp(c->actions[out[at - 1].action].id, c->actions[i].id) > 0; at--)
                out[at] = out[at - 1];
            out[at] = (Favour){ .weight = lua_tonumber(L, -1), .action = i, .rule = r };
        }
        lua_pop(L, 1);
    }
    return n;
}

/* An upper bound on the favours of the rules at index rules. */
static int count_favours(lua_State *L, int rules, int nrules)
{
    int top = lua_gettop(L), n = 0;
    for (int r = 1; r <= nrules; r++) {
        if (lua_rawgeti(L, rules, r) == LUA_TTABLE && lua_getfield(L, -1, "favours") == LUA_TTABLE) {
            lua_pushnil(L);
            for (; lua_next(L, -2); lua_pop(L, 1))
                n++;
        }
        lua_settop(L, top);
    }
    return n;
}

/* Rule r of the rules at index rules into b, its condition into the list
 * at index whens (false for a list of conditions, whose steps b holds) and
 * its id into the list after it. */
static void read_rule(lua_State *L, int rules, int r, const Catalogue *c, Brain *b, int room, int whens)
{
    BrainRule *rule = &brain_rules(b)[r];
    rule->first = b->nfavours;
    if (lua_rawgeti(L, rules, r + 1) == LUA_TTABLE) {
        if (lua_getfield(L, -1, "when") == LUA_TTABLE) {
            lua_pop(L, 1);
            lua_pushboolean(L, 0);
        }
        lua_rawseti(L, whens, r + 1);
        if (lua_getfield(L, -1, "id") == LUA_TSTRING)
            snprintf(rule->id, sizeof rule->id, "%s", lua_tostring(L, -1));
        lua_pushvalue(L, -1);
        lua_rawseti(L, whens + 1, r + 1);
        if (lua_getfield(L, -2, "favours") == LUA_TTABLE)
            rule->count = read_favours(L, c, r, brain_favours(b) + b->nfavours, room - b->nfavours);
        b->nfavours += rule->count;
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
}

/* The steps of each rule's when that can be checked in C (a list of
 * conditions, or a function that is one expression), into a scratch
 * userdata pushed (COND_MAX_STEPS a rule), nsteps and list; the total. */
static int compile_whens(lua_State *L, int rules, int nrules, const Catalogue *c, int *nsteps, bool *list)
{
    int top = lua_gettop(L);
    CondStep *scratch = lua_newuserdatauv(L, (size_t)(nrules ? nrules : 1) * COND_MAX_STEPS * sizeof *scratch, 0);
    int total = 0;
    for (int r = 0; r < nrules; r++) {
        int type = lua_rawgeti(L, rules, r + 1) == LUA_TTABLE ? lua_getfield(L, -1, "when") : LUA_TNIL;
        list[r] = type == LUA_TTABLE;
        nsteps[r] = 0;
        if (type == LUA_TFUNCTION) {
            nsteps[r] = cond_compile_function(L, -1, c, scratch + r * COND_MAX_STEPS);
        } else if (type == LUA_TTABLE) {
            Prereq conditions[MAX_PREREQS];
            nsteps[r] = cond_compile_list(conditions, conditions_read(L, -1, conditions), scratch + r * COND_MAX_STEPS);
        }
        total += nsteps[r];
        lua_settop(L, top + 1);
    }
    return total;
}

/* Whether favour x goes before favour y among an order's reasons: the
 * higher weight, then the rule id first in byte order (equal ones keep the
 * rules' order). */
static bool ranks_before(const Brain *b, const Favour *x, const Favour *y)
{
    return x->weight > y->weight ||
           (x->weight == y->weight && strcmp(brain_rules(b)[x->rule].id, brain_rules(b)[y->rule].id) < 0);
}

/* Each action's favours of positive weight, best first, so that an order's
 * reasons are the first of them whose rules fired. */
static void rank_favours(Brain *b)
{
    const Favour *f = brain_favours(b);
    int32_t *ranked = brain_ranked(b), n = 0;
    for (int i = 0; i < MAX_ACTIONS; i++) {
        b->ranked_from[i] = n;
        for (int k = 0; k < b->nfavours; k++) {
            if (f[k].action != i || !(f[k].weight > 0))
                continue;
            int at = n++;
            for (; at > b->ranked_from[i] && ranks_before(b, &f[k], &f[ranked[at - 1]]); at--)
                ranked[at] = ranked[at - 1];
            ranked[at] = k;
        }
    }
    b->ranked_from[MAX_ACTIONS] = n;
}

/* Push the brain for the rules at index rules with temper's temperament,
 * then the list of the rules' conditions and the list of their ids. */
static void push_brain(lua_State *L, int rules, const Brain *temper, const Catalogue *c)
{
    rules = lua_absindex(L, rules);
    size_t nrules = lua_rawlen(L, rules);
    if (nrules > AI_MAX_RULES)
        luaL_error(L, "ai.actor: an actor has at most %d rules (this one has %d)", AI_MAX_RULES, (int)nrules);
    int room = count_favours(L, rules, (int)nrules), nsteps[AI_MAX_RULES];
    bool list[AI_MAX_RULES];
    int total = compile_whens(L, rules, (int)nrules, c, nsteps, list);
    for (int r = 0; r < (int)nrules; r++)
        total += nsteps[r] > 0;     /* each rule's steps end with cond_rule_end */
    const CondStep *scratch = lua_touserdata(L, -1);
    size_t size = sizeof(Brain) + nrules * sizeof(BrainRule) + (size_t)total * sizeof(CondStep) +
                  (size_t)room * (sizeof(Favour) + sizeof(int32_t));
    Brain *b = lua_newuserdatauv(L, size, 0);
    memory_freeze(L, -1);       /* written only here and by ai_finish, while loading */
    memset(b, 0, size);
    memcpy(b->leaning, temper->leaning, sizeof b->leaning);
    b->noise = temper->noise;
    b->threshold = temper->threshold;
    b->most = temper->most;
    b->nrules = (int32_t)nrules;
    b->nsteps = total;
    b->room = room;
    for (int r = 0, at = 0; r < (int)nrules; r++) {
        BrainRule *rule = &brain_rules(b)[r];
        rule->first_step = at;
        rule->nsteps = nsteps[r];
        rule->list = list[r];
        memcpy(brain_steps(b) + at, scratch + r * COND_MAX_STEPS, (size_t)nsteps[r] * sizeof(CondStep));
        at += nsteps[r];
        if (nsteps[r] > 0)
            brain_steps(b)[at++] = cond_rule_end(r);
    }
    lua_remove(L, -2);
    lua_createtable(L, (int)nrules, 0);
    lua_createtable(L, (int)nrules, 0);
    for (int r = 0; r < (int)nrules; r++) {
        read_rule(L, rules, r, c, b, room, lua_gettop(L) - 1);
        b->called += brain_rules(b)[r].nsteps == 0;
    }
    rank_favours(b);
}

/* ---- deciding ----------------------------------------------------------------- */

/* The actions the fired rules favour and the actor can take: their scores,
 * in the order first favoured. */
typedef struct Tally {
    double score[MAX_ACTIONS];
    int16_t order[MAX_ACTIONS];
    int n;
    signed char can[MAX_ACTIONS];   /* -1: not asked yet */
} Tally;

typedef struct Ranked {
    double value;
    const char *id;
    int key;
} Ranked;

/* Insert e into the n entries of list, kept from the highest value down
 * (ties by id); returns the new length. */
static int insert_ranked(Ranked *list, int n, Ranked e)
{
    int at = n;
    for (; at > 0 && (list[at - 1].value < e.value || (list[at - 1].value == e.value && strcmp(list[at - 1].id, e.id) > 0));
         at--)
        list[at] = list[at - 1];
    list[at] = e;
    return n + 1;
}

/* Whether rule r holds: its conditions, or its when(view) (the view at 1),
 * checked in C if it can be and the view is the actor's own (a strategy may
 * hand decide a table of its own making). */
static bool holds(lua_State *L, const Brain *b, int r, const Game *g, Actor a, Beliefs *k, bool own_view)
{
    const BrainRule *rule = &brain_rules(b)[r];
    if (rule->nsteps > 0 && (rule->list || own_view))
        return cond_holds(brain_steps(b) + rule->first_step, rule->nsteps, g, a, k);
    lua_rawgeti(L, lua_upvalueindex(2), r + 1);
    lua_pushvalue(L, 1);
    lua_call(L, 1, 1);
    bool yes = lua_toboolean(L, -1);
    lua_pop(L, 1);
    return yes;
}

static void vote(const Brain *b, int r, const Game *g, Actor a, Tally *t)
{
    const BrainRule *rule = &brain_rules(b)[r];
    const Favour *f = brain_favours(b) + rule->first;
    for (int k = 0; k < rule->count; k++) {
        int i = f[k].action;
        if (t->can[i] < 0) {
            t->can[i] = action_blocker(g, g->world.v, a, i, 0) == NULL;
            if (t->can[i]) {
                t->score[i] = 0;
                t->order[t->n++] = (int16_t)i;
            }
        }
        if (t->can[i])
            t->score[i] += f[k].weight;
    }
}

/* The (at most MAX_ORDER_RULES) fired rules that favour action most, into
 * why (their numbers); returns how many. */
static int reasons(const Brain *b, const bool *fired, int action, int *why)
{
    const Favour *f = brain_favours(b);
    const int32_t *ranked = brain_ranked(b);
    int n = 0;
    for (int k = b->ranked_from[action]; k < b->ranked_from[action + 1] && n < MAX_ORDER_RULES; k++)
        if (fired[f[ranked[k]].rule])
            why[n++] = f[ranked[k]].rule;
    return n;
}

/* The orders as decide returns them: { { action = id, rules = { id, ... } }, ... };
 * ids is the index of the list of the rules' ids. */
static void push_orders(lua_State *L, const Brain *b, int ids, const Catalogue *c, const bool *fired,
                        const int *chosen, int n)
{
    lua_createtable(L, n, 0);
    for (int k = 0; k < n; k++) {
        lua_createtable(L, 0, 2);
        lua_pushstring(L, c->actions[chosen[k]].id);
        lua_setfield(L, -2, "action");
        int why[MAX_ORDER_RULES];
        int nwhy = reasons(b, fired, chosen[k], why);
        lua_createtable(L, nwhy, 0);
        for (int w = 0; w < nwhy; w++) {
            lua_rawgeti(L, ids, why[w] + 1);
            lua_rawseti(L, -2, w + 1);
        }
        lua_setfield(L, -2, "rules");
        lua_rawseti(L, -2, k + 1);
    }
}

/* The index in the rulebook of the rule whose id is at ids[r + 1]: found
 * when the actor was finished, or looked up in the sink's index (a decide
 * that was not in the actor's table then). */
static int rule_in_book(lua_State *L, const Brain *b, int ids, int r, const OrderSink *sink)
{
    if (b->bound)
        return brain_rules(b)[r].book;
    lua_rawgeti(L, LUA_REGISTRYINDEX, sink->rule_index_ref);
    lua_rawgeti(L, ids, r + 1);
    int book = lua_rawget(L, -2) == LUA_TNUMBER ? (int)lua_tointeger(L, -1) : -1;
    lua_pop(L, 2);
    return book;
}

/* The orders straight into the session's sink, their reasons as indices
 * into its rulebook. */
static void sink_orders(lua_State *L, const Brain *b, int ids, const bool *fired, const int *chosen, int n, Actor a,
                        OrderSink *sink)
{
    sink->filled = true;
    for (sink->n = 0; sink->n < n && sink->n < MAX_ORDERS; sink->n++) {
        Order *o = &sink->out[sink->n];
        *o = (Order){ .actor = (uint8_t)a, .action = (uint16_t)chosen[sink->n] };
        int why[MAX_ORDER_RULES];
        int nwhy = reasons(b, fired, chosen[sink->n], why);
        for (int w = 0; w < nwhy; w++) {
            int book = rule_in_book(L, b, ids, why[w], sink);
            if (book >= 0)
                o->rules[o->nrules++] = (uint16_t)book;
        }
    }
}

static const char sink_meta[] = "redline.sink";        /* the registry's name of its metatable */
static const char sink_key = 0;     /* its address is the registry's key of the one sink */

OrderSink *ai_push_sink(lua_State *L)
{
    if (lua_rawgetp(L, LUA_REGISTRYINDEX, &sink_key) == LUA_TUSERDATA)
        return lua_touserdata(L, -1);
    lua_pop(L, 1);
    OrderSink *sink = lua_newuserdatauv(L, sizeof *sink, 0);
    memset(sink, 0, sizeof *sink);
    luaL_newmetatable(L, sink_meta);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    lua_pushvalue(L, -1);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &sink_key);
    return sink;
}

/* The sink passed as argument idx, if any (the one instance: no script can
 * make a userdata); one kept past its call is refused. */
static OrderSink *given_sink(lua_State *L, int idx)
{
    if (lua_type(L, idx) != LUA_TUSERDATA)
        return NULL;
    lua_rawgetp(L, LUA_REGISTRYINDEX, &sink_key);
    OrderSink *sink = lua_touserdata(L, -1);
    lua_pop(L, 1);
    if (sink != lua_touserdata(L, idx))
        return NULL;
    if (sink && !sink->active)
        luaL_error(L, "decide: an order sink is only good during the call that was given it");
    return sink;
}

/* The candidates best first: scored actions whose score, leaning and noise
 * (drawn in the order first favoured) reach the threshold. */
static int rank(const Brain *b, const Catalogue *c, Tally *t, Pcg32 *rng, Ranked *out)
{
    int n = 0;
    for (int k = 0; k < t->n; k++) {
        int i = t->order[k];
        double u = t->score[i] + b->leaning[i] + b->noise * (2 * pcg32_unit(rng) - 1);
        if (u >= b->threshold)
            n = insert_ranked(out, n, (Ranked){ u, c->actions[i].id, i });
    }
    return n;
}

/* The best candidates, at most one per track, within the capital. */
static int pick(const Brain *b, const Catalogue *c, const Ranked *cand, int ncand, int capital, int *out)
{
    int n = 0;
    for (int k = 0; k < ncand && n < b->most; k++) {
        const Action *act = &c->actions[cand[k].key];
        bool free = act->cost <= capital;
        for (int o = 0; o < n; o++)
            free &= strcmp(c->actions[out[o]].track, act->track) != 0;
        if (free) {
            capital -= act->cost;
            out[n++] = cand[k].key;
        }
    }
    return n;
}

/* Which rules hold (into fired) and the orders they choose (into chosen):
 * how many. */
static int choose(lua_State *L, const Brain *b, const Game *g, Actor a, Pcg32 *rng, bool own_view, bool *fired,
                  int *chosen)
{
    Tally t;
    t.n = 0;
    memset(t.can, -1, sizeof t.can);
    Beliefs beliefs;
    memset(beliefs.known, 0, sizeof beliefs.known);
    if (b->called == 0 && own_view)     /* every rule checked in C: in one pass */
        cond_check_rules(brain_steps(b), b->nsteps, g, a, &beliefs, fired);
    else
        for (int r = 0; r < b->nrules; r++)
            fired[r] = holds(L, b, r, g, a, &beliefs, own_view);
    for (int r = 0; r < b->nrules; r++)
        if (fired[r])
            vote(b, r, g, a, &t);
    Ranked cand[MAX_ACTIONS];
    int ncand = rank(b, g->catalogue, &t, rng, cand);
    return pick(b, g->catalogue, cand, ncand, g->scenario->capital[a], chosen);
}

/* decide(view): the rules' when functions are called in order; the orders are
 * returned, or given to the sink the session passes (see OrderSink). */
static int ai_decide(lua_State *L)
{
    Sandbox *sb = sandbox_from(L);
    const Game *g = sb->game;
    if (!g || !sb->rng)
        return luaL_error(L, "decide can only run while its actor decides");
    const Brain *b = lua_touserdata(L, lua_upvalueindex(1));
    Actor a = view_deciding(L);
    OrderSink *sink = given_sink(L, 2);
    lua_settop(L, 1);
    bool fired[AI_MAX_RULES];
    int chosen[MAX_ORDERS];
    int n = choose(L, b, g, a, sb->rng, view_is_current(L, 1), fired, chosen);
    if (sink)
        return sink_orders(L, b, lua_upvalueindex(3), fired, chosen, n, a, sink), 0;
    push_orders(L, b, lua_upvalueindex(3), g->catalogue, fired, chosen, n);
    return 1;
}

const void *ai_direct_rules(lua_State *L, int idx)
{
    if (!ai_is_decide(L, idx) || !lua_getupvalue(L, idx, 1))
        return NULL;
    const Brain *b = lua_touserdata(L, -1);
    lua_pop(L, 1);
    return b->called == 0 && b->bound ? b : NULL;
}

void ai_decide_rules(const void *rules, const Game *g, Actor a, Pcg32 *rng, OrderSink *sink)
{
    const Brain *b = rules;
    bool fired[AI_MAX_RULES];
    int chosen[MAX_ORDERS];
    int n = choose(NULL, b, g, a, rng, true, fired, chosen);     /* every rule in C: no Lua */
    sink_orders(NULL, b, 0, fired, chosen, n, a, sink);         /* bound: no Lua */
}

bool ai_decide_direct(lua_State *L, int idx, const Game *g, Actor a, Pcg32 *rng, OrderSink *sink)
{
    idx = lua_absindex(L, idx);
    if (!ai_is_decide(L, idx))
        return false;
    lua_getupvalue(L, idx, 1);
    const Brain *b = lua_touserdata(L, -1);     /* kept alive by the decide at idx */
    lua_pop(L, 1);
    if (b->called > 0)
        return false;
    lua_getupvalue(L, idx, 3);
    bool fired[AI_MAX_RULES];
    int chosen[MAX_ORDERS];
    int n = choose(L, b, g, a, rng, true, fired, chosen);
    sink_orders(L, b, lua_gettop(L), fired, chosen, n, a, sink);
    lua_pop(L, 1);
    return true;
}

/* ---- building ------------------------------------------------------------------ */

/* rules_added(): a mod's rules were appended to the actor's list; the
 * loader calls this so that decide sees them. */
static int ai_rules_added(lua_State *L)
{
    const Catalogue *c = loading_catalogue(L);
    lua_settop(L, 0);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_getupvalue(L, 1, 1);
    Brain temper = *(const Brain *)lua_touserdata(L, 2);
    push_brain(L, lua_upvalueindex(2), &temper, c);
    for (int up = 3; up >= 1; up--)
        lua_setupvalue(L, 1, up);
    return 0;
}

static int ai_actor(lua_State *L)
{
    const Catalogue *c = loading_catalogue(L);
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    if (lua_getfield(L, 1, "rules") != LUA_TTABLE)
        return luaL_error(L, "ai.actor: expected rules = { rule, ... }");
    if (lua_getfield(L, 1, "temperament") == LUA_TNIL) {
        lua_pop(L, 1);
        lua_newtable(L);
    }
    Brain temper;
    read_temperament(L, 3, c, &temper);
    lua_createtable(L, 0, 5);
    lua_getfield(L, 1, "actor");
    lua_setfield(L, 4, "actor");
    lua_pushvalue(L, 2);
    lua_setfield(L, 4, "rules");
    lua_pushvalue(L, 3);
    lua_setfield(L, 4, "temperament");
    push_brain(L, 2, &temper, c);
    lua_pushcclosure(L, ai_decide, 3);
    lua_pushvalue(L, -1);
    lua_setfield(L, 4, "decide");
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, ai_rules_added, 2);
    lua_setfield(L, 4, "rules_added");
    lua_settop(L, 4);
    return 1;
}

bool ai_is_decide(lua_State *L, int idx)
{
    return lua_tocfunction(L, idx) == ai_decide;
}

/* Each rule of the decide at idx learns its index in the rulebook (the
 * table at index): an order's reasons are then numbers from the start. */
static void find_in_rulebook(lua_State *L, int idx, int index)
{
    if (lua_getfield(L, idx, "decide") != LUA_TFUNCTION || !ai_is_decide(L, -1))
        return (void)lua_pop(L, 1);
    lua_getupvalue(L, -1, 1);
    Brain *b = lua_touserdata(L, -1);
    lua_getupvalue(L, -2, 3);
    for (int r = 0; r < b->nrules; r++) {
        lua_rawgeti(L, -1, r + 1);
        brain_rules(b)[r].book = lua_rawget(L, index) == LUA_TNUMBER ? (int32_t)lua_tointeger(L, -1) : -1;
        lua_pop(L, 1);
    }
    b->bound = true;
    lua_pop(L, 3);
}

void ai_finish(lua_State *L, int idx, int rule_index_ref)
{
    idx = lua_absindex(L, idx);
    if (lua_istable(L, idx)) {
        lua_rawgeti(L, LUA_REGISTRYINDEX, rule_index_ref);
        find_in_rulebook(L, idx, lua_gettop(L));
        lua_pop(L, 1);
    }
    if (!lua_istable(L, idx))
        return;
    lua_pushliteral(L, "rules_added");
    bool built = lua_rawget(L, idx) == LUA_TFUNCTION && lua_tocfunction(L, -1) == ai_rules_added;
    lua_pop(L, 1);
    if (!built)
        return;
    static const char *const building[] = { "rules", "temperament", "rules_added" };
    for (size_t i = 0; i < sizeof building / sizeof *building; i++) {
        lua_pushstring(L, building[i]);
        lua_pushnil(L);
        lua_rawset(L, idx);
    }
}

const ApiDoc ai_api[] = {
    { "actor", ai_actor, "ai.actor(spec: table) -> table",
      "An actor from `{ actor = ..., rules = { rule, ... }, temperament = { ... } }`: the table it returns has a "
      "`decide(view)` that checks every rule's `when` (calling it with the view, or checking its list of "
      "conditions), adds up the weights the rules that hold give each action the actor can take, adds the "
      "temperament's leaning and noise, and takes the best actions at or above the threshold, at most one per "
      "track, within `view.capital` and the order limit. Each order's `rules` are the (at most 4) fired rules "
      "that favour it most. Once the game has loaded the actor (and any mod's rules for it), the table keeps only "
      "`actor` and `decide`: the rules have been read." },
    { NULL, NULL, NULL, NULL },
};

int luaopen_ai(lua_State *L)
{
    push_module(L, ai_api);
    return 1;
}
