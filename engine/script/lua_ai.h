/* The `ai` module actor scripts require: ai.actor builds a decide from rules. */
#ifndef REDLINE_LUA_AI_H
#define REDLINE_LUA_AI_H

#include <lua.h>
#include <stdbool.h>

#include "../core/game.h"
#include "loader.h"
#include "lua_world.h"

/* An actor built by ai.actor has at most this many rules. */
#define AI_MAX_RULES 256

/* Where an ai actor's decide puts its orders when the session passes one as
 * decide's second argument: then it returns nothing, and no tables are built
 * only to be read back. It is a full userdata holding the orders themselves
 * (no pointer into the engine), made once per sandbox, and only good while
 * `active`: the session sets it for the one call it passes it to. Only the
 * engine's own decide (ai_is_decide) is ever given it. */
typedef struct OrderSink {
    Order out[MAX_ORDERS];
    int n;
    int rule_index_ref;         /* registry: rule id -> index in the rulebook */
    bool active, filled;
} OrderSink;

/* Push the sandbox's order sink (made on first use). */
OrderSink *ai_push_sink(lua_State *L);
/* Whether the value at idx is a decide that ai.actor built. */
bool ai_is_decide(lua_State *L, int idx);
/* If the value at idx is such a decide and every rule's when is checked in
 * C, decide for actor a of g into sink without calling Lua (no view, no
 * guarded call: nothing runs that could loop or fail) and return true;
 * otherwise false, and the decide is to be called. */
bool ai_decide_direct(lua_State *L, int idx, const Game *g, Actor a, Pcg32 *rng, OrderSink *sink);
/* The prepared rules of the decide at idx if it decides so with nothing to
 * look up in Lua (its rules know their places in the rulebook), else NULL;
 * good until a script runs (one may replace the decide, and its rules be
 * collected). ai_decide_rules then decides as ai_decide_direct does. */
const void *ai_direct_rules(lua_State *L, int idx);
void ai_decide_rules(const void *rules, const Game *g, Actor a, Pcg32 *rng, OrderSink *sink);

extern const ApiDoc ai_api[];
extern const FieldDoc temperament_fields[];

int luaopen_ai(lua_State *L);
/* The actor table at idx is complete, mods' rules and all. If ai.actor built
 * it, its rules learn their indices in the rulebook (the registry's
 * rule_index_ref: rule id -> index), and what only building needed (its
 * rules, temperament and rules_added) goes: decide and the rulebook hold all
 * they use, and a batch's check of what scripts remember then need not walk
 * every rule (fingerprint.c). */
void ai_finish(lua_State *L, int idx, int rule_index_ref);

#endif
