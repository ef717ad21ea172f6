#ifndef REDLINE_RULE_WHEN_H
#define REDLINE_RULE_WHEN_H

#include <lua.h>

#include "../core/game.h"

/* A rule's when function that is one expression over its view, such as
 *   function(v) return v.talks >= 1 and (v.turn > 3 or v.last.crackdown ~= nil) end
 * checked in C, with the values the view would give, instead of calling Lua:
 * the rule reads as the modder wrote it, and the answer is the same. */

/* One step of the expression in postfix order. */
typedef struct WhenStep {
    double number;
    int32_t op, arg;
} WhenStep;

enum { WHEN_MAX_STEPS = 64 };

/* What the deciding actor believes each variable to be, worked out once per
 * decision as the rules ask: the values its view shows. */
typedef struct Beliefs {
    double value[VAR_COUNT];
    bool known[VAR_COUNT];
} Beliefs;

double believed_value(const Game *g, Actor a, Var v, Beliefs *k);

/* The source file last read: its text waits at stack index slot (push a
 * nil there and zero path before the first when_compile). */
typedef struct WhenSource {
    int slot;
    char path[600];
} WhenSource;

/* The steps of the function at idx, read from its source file, into out
 * (room for WHEN_MAX_STEPS); how many, or 0 when it is not one expression
 * this reads (it is then called as Lua). */
int when_compile(lua_State *L, int idx, WhenSource *src, const Catalogue *c, WhenStep *out);

/* What the function the n steps came from returns, as a truth value. */
bool when_holds(const WhenStep *step, int n, const Game *g, Actor a, Beliefs *k);

#endif
