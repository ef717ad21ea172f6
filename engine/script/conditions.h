#ifndef REDLINE_CONDITIONS_H
#define REDLINE_CONDITIONS_H

#include <lua.h>

#include "../core/game.h"

/* The conditions the engine checks without calling Lua, read by one reader
 * (conditions.c) and checked by one checker (conditions_check.c):
 *   - clauses, as actions' requires and the when lists of rules and events
 *     write them: "talks >= 1" (and the effect clauses "sanctions += 1");
 *   - a rule's when function that is one expression over its view, such as
 *       function(v) return v.talks >= 1 and (v.turn > 3 or v.last.crackdown ~= nil) end
 *     and an event's over the world, such as
 *       function(w) return w.turn() % 6 == 0 and w.get("protest") < 3 end
 *     read from the text Lua compiled: they read as the modder wrote them,
 *     and the answer is Lua's. */

/* One step of a condition, in the order it is checked. */
typedef struct CondStep {
    double number;
    int32_t op, arg;
    int32_t jump;               /* and / or: how many steps ahead the right side ends */
    int32_t cmp;                /* a comparison made in the same step: which */
} CondStep;

enum { COND_MAX_STEPS = 64 };

/* What the deciding actor believes each variable to be, worked out once per
 * decision as the rules ask: the values its view shows. */
typedef struct Beliefs {
    double value[VAR_COUNT];
    bool known[VAR_COUNT];
} Beliefs;

double believed_value(const Game *g, Actor a, Var v, Beliefs *k);

/* The steps of the when function at idx, read from the text its file was
 * compiled from (sandbox_load keeps it), into out (room for
 * COND_MAX_STEPS); how many, or 0 when it is not one expression this reads
 * (it is then called as Lua). */
int cond_compile_function(lua_State *L, int idx, const Catalogue *c, CondStep *out);

/* The same for an event's when function, in the world's words: one
 * expression over w.get("NAME") (the true value) and w.turn(). Checked with
 * no actor (NOBODY) and no beliefs. */
int cond_compile_event(lua_State *L, int idx, CondStep *out);

/* The steps that check all n conditions, on the values the view shows, into
 * out (room for COND_MAX_STEPS); how many. */
int cond_compile_list(const Prereq *p, int n, CondStep *out);

/* Whether the n steps hold for actor a of g. */
bool cond_holds(const CondStep *step, int n, const Game *g, Actor a, Beliefs *k);

/* An actor's rules checked in one pass: each rule's steps followed by
 * cond_rule_end(r), all n steps in a row; fired[r] is whether rule r holds. */
void cond_check_rules(const CondStep *step, int n, const Game *g, Actor a, Beliefs *k, bool *fired);
CondStep cond_rule_end(int rule);

#endif
