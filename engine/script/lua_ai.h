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

/* Where an ai actor's decide puts its orders when the session passes one,
 * as a light userdata, for decide's second argument: then it returns
 * nothing, and no tables are built only to be read back. Scripts cannot
 * make a light userdata, so only the session takes this path. */
typedef struct OrderSink {
    Order *out;
    int max, n;
    int rule_index_ref;         /* registry: rule id -> index in the rulebook */
    bool filled;
} OrderSink;

extern const ApiDoc ai_api[];
extern const FieldDoc temperament_fields[];

int luaopen_ai(lua_State *L);
/* The actor table at idx is complete, mods' rules and all. If ai.actor built
 * it, what only building needed (its rules, temperament and rules_added)
 * goes: decide and the rulebook hold all they use, and a batch's check of
 * what scripts remember then need not walk every rule (fingerprint.c). */
void ai_finish(lua_State *L, int idx);

#endif
