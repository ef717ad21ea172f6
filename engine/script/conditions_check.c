/* The conditions' checker: runs the steps conditions.c reads (see
 * conditions.h) on the values the deciding actor's view shows. */
#include "conditions.h"
#include "conditions_steps.h"

#include <math.h>

#include "lua_view.h"

double believed_value(const Game *g, Actor a, Var v, Beliefs *k)
{
    if (!k->known[v]) {
        k->value[v] = game_estimate(g, a, v);
        k->known[v] = true;
    }
    return k->value[v];
}

/* x compared with y by comparison `which` (as comparisons lists them). */
static inline double compared(int which, double x, double y)
{
    switch (which) {
    case 0: return x < y;
    case 1: return x <= y;
    case 2: return x > y;
    case 3: return x >= y;
    case 4: return x == y;
    default: return x != y;
    }
}

/* x and y by step op (C_ADD ... C_NE). */
static double combined(int op, double x, double y)
{
    switch (op) {
    case C_ADD: return x + y;
    case C_SUB: return x - y;
    case C_MUL: return x * y;
    case C_DIV: return x / y;
    case C_MOD: {       /* as Lua's luai_nummod: the result has the divisor's sign */
        double m = fmod(x, y);
        return (m > 0) ? (y < 0 ? m + y : m) : (m < 0 && y != m ? m + y : m);
    }
    default: return compared(op - C_LT, x, y);
    }
}

/* One loop, one switch: the steps of nearly every rule are a value, a
 * comparison with a number and an and or an or. With fired, the steps are
 * many rules' (see cond_check_rules). */
static inline bool run(const CondStep *step, int n, const Game *g, Actor a, Beliefs *k, bool *fired)
{
    double stack[COND_MAX_STEPS], *top = stack;     /* top: past the value on top */
    for (const CondStep *s = step, *end = step + n; s < end; s++) {
        switch (s->op) {
        case C_NUMBER: *top++ = s->number; break;
        case C_VAR: *top++ = g->world.v[s->arg]; break;
        case C_BELIEF: *top++ = believed_value(g, a, (Var)s->arg, k); break;
        case C_UNCERTAINTY: *top++ = game_uncertainty(g, a, (Var)s->arg); break;
        case C_TURN: *top++ = g->world.turn + 1; break;
        case C_TURNS: *top++ = g->scenario->turns; break;
        case C_CAPITAL: *top++ = g->scenario->capital[a]; break;
        case C_SEEN: *top++ = view_saw_last(g, a, s->arg); break;
        case C_VAR_K: *top++ = compared(s->cmp, g->world.v[s->arg], s->number); break;
        case C_BELIEF_K: *top++ = compared(s->cmp, believed_value(g, a, (Var)s->arg, k), s->number); break;
        case C_VAR_K_AND:       /* C_VAR_K, then C_AND (see below) in the same step */
            if (!compared(s->cmp, g->world.v[s->arg], s->number)) {
                *top++ = 0;
                s += s->jump - 1;
            }
            break;
        case C_VAR_K_OR:
            if (compared(s->cmp, g->world.v[s->arg], s->number)) {
                *top++ = 1;
                s += s->jump - 1;
            }
            break;
        case C_BELIEF_K_AND:
            if (!compared(s->cmp, believed_value(g, a, (Var)s->arg, k), s->number)) {
                *top++ = 0;
                s += s->jump - 1;
            }
            break;
        case C_BELIEF_K_OR:
            if (compared(s->cmp, believed_value(g, a, (Var)s->arg, k), s->number)) {
                *top++ = 1;
                s += s->jump - 1;
            }
            break;
        case C_LT_K: top[-1] = top[-1] < s->number; break;
        case C_LE_K: top[-1] = top[-1] <= s->number; break;
        case C_GT_K: top[-1] = top[-1] > s->number; break;
        case C_GE_K: top[-1] = top[-1] >= s->number; break;
        case C_EQ_K: top[-1] = top[-1] == s->number; break;
        case C_NE_K: top[-1] = top[-1] != s->number; break;
        case C_AND:     /* false is the answer, the right side skipped; true: the right side is */
            if (top[-1] == 0)
                s += s->jump - 1;
            else
                top--;
            break;
        case C_OR:      /* the same the other way round */
            if (top[-1] != 0)
                s += s->jump - 1;
            else
                top--;
            break;
        case C_NEG: top[-1] = -top[-1]; break;
        case C_NOT: top[-1] = !top[-1]; break;
        case C_RULE:
            fired[s->arg] = top == stack + 1 && stack[0] != 0;
            top = stack;
            break;
        default:        /* the two on top into one */
            top--;
            top[-1] = combined(s->op, top[-1], *top);
        }
    }
    return top == stack + 1 && stack[0] != 0;
}

bool cond_holds(const CondStep *step, int n, const Game *g, Actor a, Beliefs *k)
{
    return run(step, n, g, a, k, NULL);
}

void cond_check_rules(const CondStep *step, int n, const Game *g, Actor a, Beliefs *k, bool *fired)
{
    run(step, n, g, a, k, fired);
}

CondStep cond_rule_end(int rule)
{
    return (CondStep){ .op = C_RULE, .arg = rule };
}
